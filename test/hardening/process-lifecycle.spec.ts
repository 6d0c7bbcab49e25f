import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiProcess, MAIN, startApiProcess, stopApiProcess } from '../support/api-process';

const ADMIN_KEY = `pas_adm_${'p'.repeat(16)}_${'q'.repeat(43)}`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** One POST over its own connection; resolves with the status or the network error's code. */
function post(url: string, path: string, body: unknown, key: string, sent?: () => void): Promise<number | string> {
  return new Promise((resolve) => {
    const payload = JSON.stringify(body);
    const req = httpRequest(
      `${url}${path}`,
      {
        method: 'POST',
        agent: false,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
        res.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    req.on('finish', () => sent?.());
    req.end(payload);
  });
}

const exitOf = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

/** The postmaster named by postmaster.pid, if it runs, and its parent. */
function postmasterOf(dataDir: string): { pid: number; ppid: number } | null {
  const pidFile = join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return { pid, ppid: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) };
  } catch {
    return null;
  }
}

/**
 * `npm start` on the embedded default, as an operator meets it: a crash (SIGKILL) under load must
 * not need manual steps before the next start, and SIGTERM must drain before PostgreSQL stops.
 */
describe('the service process on its embedded PostgreSQL', () => {
  let dataDir: string;
  let port: number;
  const running: ApiProcess[] = [];
  const env = () => ({
    DATA_DIR: dataDir,
    PORT: String(port),
    ADMIN_API_KEY: ADMIN_KEY,
    DEMO_DATA: 'false',
    ACCESS_LOG: 'false',
    EMBEDDED_PG_SHARED_BUFFERS_MB: '32',
    RATE_LIMIT_DEFAULT: '1000000/60',
  });
  const start = async () => {
    const api = await startApiProcess(env(), 90_000);
    running.push(api);
    return api;
  };

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: npm test builds it first (npm run build)`);
    dataDir = mkdtempSync(join(tmpdir(), 'passerelle-lifecycle-'));
    port = await freePort();
  });
  afterAll(async () => {
    for (const api of running) await stopApiProcess(api, 'SIGKILL');
    // A server a failed test left behind is stopped by the next start's reclaim: do that once.
    try {
      const last = await startApiProcess(env(), 90_000);
      await stopApiProcess(last);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('comes back after kill -9 under load, three times in a row, with its data and one server', async () => {
    let api = await start();
    const created = await post(api.url, '/v1/associations', { name: 'Before the crashes', slug: 'before-crashes' }, ADMIN_KEY);
    expect(created).toBe(201);
    for (let round = 1; round <= 3; round++) {
      // Writers keep creating associations; the kill lands after 40 answers, mid-stream.
      let answered = 0;
      let stop = false;
      let killed!: () => void;
      const killPoint = new Promise<void>((r) => (killed = r));
      const writers = Array.from({ length: 8 }, async (_, w) => {
        for (let i = 0; !stop; i++) {
          const status = await post(
            api.url,
            '/v1/associations',
            { name: `Load ${round}-${w}-${i}`, slug: `load-${round}-${w}-${i}` },
            ADMIN_KEY,
          );
          if (typeof status !== 'number') return;
          if (++answered === 40) killed();
        }
      });
      await killPoint;
      api.child.kill('SIGKILL');
      await exitOf(api.child);
      stop = true;
      await Promise.all(writers);
      // The crashed process's PostgreSQL is still running on the directory.
      expect(postmasterOf(dataDir)).not.toBeNull();

      api = await start();
      const health = await fetch(`${api.url}/health`);
      expect(health.status).toBe(200);
      const listed = await fetch(`${api.url}/v1/associations?limit=100`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
      expect(listed.status).toBe(200);
      expect(((await listed.json()) as { data: { slug: string }[] }).data.map((a) => a.slug)).toContain('before-crashes');
      // Exactly one server: the one the new process started.
      expect(postmasterOf(dataDir)?.ppid).toBe(api.child.pid);
      expect(api.output()).toContain('left running by a previous process');
    }
    expect(await stopApiProcess(api)).toBe(0);
  }, 300_000);

  it('drains 100 in-flight requests on SIGTERM: no 5xx, no reset, exit code 0, PostgreSQL stopped last', async () => {
    const api = await start();
    const created = await new Promise<{ key: string; id: string }>((resolve, reject) => {
      const req = httpRequest(
        `${api.url}/v1/associations`,
        { method: 'POST', headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' } },
        (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => {
            const parsed = JSON.parse(body);
            resolve({ key: parsed.apiKey.secret, id: parsed.association.id });
          });
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ name: 'Drain', slug: 'drain-assoc' }));
    });
    // Imports of 150 rows keep the server busy for a while on this machine, so SIGTERM lands
    // while most of them are still running.
    const rows = (n: number) =>
      Array.from({ length: 150 }, (_, i) => ({
        externalId: `drain-${n}-${i}`,
        firstName: 'Ana',
        lastName: 'Lima',
        email: `drain-${n}-${i}@alumni.example`,
        graduationYear: 2019,
      }));
    let written = 0;
    let allSent!: () => void;
    const sent = new Promise<void>((r) => (allSent = r));
    const requests = Array.from({ length: 100 }, (_, n) =>
      post(api.url, `/v1/associations/${created.id}/alumni/import`, rows(n), created.key, () => ++written === 100 && allSent()),
    );
    await sent;
    api.child.kill('SIGTERM');
    const statuses = await Promise.all(requests);
    const code = await exitOf(api.child);
    const tally = statuses.reduce<Record<string, number>>((acc, s) => ({ ...acc, [String(s)]: (acc[String(s)] ?? 0) + 1 }), {});
    expect(tally).toEqual({ '200': 100 });
    expect(code).toBe(0);
    expect(api.output()).toMatch(/"code":0,"msg":"shut down"/);
    expect(postmasterOf(dataDir)).toBeNull();
  }, 180_000);

  it('refuses to start on a directory a live server holds, naming who holds it', async () => {
    const held = mkdtempSync(join(tmpdir(), 'passerelle-held-'));
    // This test process plays the running Passerelle that owns the directory.
    const { startEmbeddedPostgres } = await import('../../src/database/embedded-postgres');
    const server = await startEmbeddedPostgres({ dataDir: held, sharedBuffersMb: 16 });
    const attempt = async () => {
      const child = spawn(process.execPath, [MAIN], {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env(), DATA_DIR: held, PORT: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout!.on('data', (d) => (out += d));
      child.stderr!.on('data', (d) => (out += d));
      try {
        return { code: await exitOf(child), out };
      } finally {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    };
    try {
      const ours = await attempt();
      expect(ours.code).toBe(1);
      expect(ours.out).toContain(`is in use by another running Passerelle process (pid ${process.pid})`);
      // Without the owner record it is someone else's server: still refused, never stopped.
      unlinkSync(join(held, 'postgres.owner'));
      const theirs = await attempt();
      expect(theirs.code).toBe(1);
      expect(theirs.out).toMatch(/is held by a running PostgreSQL server \(pid \d+\) that this service did not start/);
      expect(postmasterOf(held)?.ppid).toBe(process.pid);
    } finally {
      await server.stop();
      rmSync(held, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('the embedded PostgreSQL under root', () => {
  it('finds the first folder on the way to a path that another account may not enter', async () => {
    const { blockedAncestor } = await import('../../src/database/embedded-postgres');
    const outer = mkdtempSync(join(tmpdir(), 'passerelle-private-'));
    try {
      const stranger = { uid: 54_321, gid: 54_321 };
      chmodSync(outer, 0o700);
      expect(blockedAncestor(join(outer, 'data', 'pg'), stranger)).toEqual({ dir: outer, mode: 0o700, owner: process.getuid!() });
      chmodSync(outer, 0o701);
      expect(blockedAncestor(join(outer, 'data', 'pg'), stranger)).toBeNull();
    } finally {
      rmSync(outer, { recursive: true, force: true });
    }
  });

  // Only as root does the server run as another account (postgres); as any other user it runs as
  // that user, who can always enter the folders it created.
  const asRoot = process.getuid?.() === 0;
  (asRoot ? it : it.skip)('names the folder the postgres account cannot enter instead of failing inside initdb', async () => {
    const { startEmbeddedPostgres } = await import('../../src/database/embedded-postgres');
    const outer = mkdtempSync(join(tmpdir(), 'passerelle-private-'));
    try {
      chmodSync(outer, 0o700);
      const dataDir = join(outer, 'data');
      await expect(startEmbeddedPostgres({ dataDir, sharedBuffersMb: 16 })).rejects.toThrow(
        `that account cannot enter ${outer} (mode 700, owner uid 0), which holds ${dataDir}. Allow it (chmod o+x ${outer})`,
      );
    } finally {
      rmSync(outer, { recursive: true, force: true });
    }
  });
});
