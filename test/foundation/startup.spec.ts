import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAIN = join(__dirname, '../../dist/src/main.js');

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Every child this file starts, so that afterEach stops any a failed assertion left running. */
const children = new Set<ChildProcess>();

/** Runs the built service exactly as `npm start` does, on its own embedded database directory. */
async function start(dataDir: string, env: Record<string, string> = {}): Promise<Started> {
  const began = Date.now();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      EMBEDDED_PG_SHARED_BUFFERS_MB: '32',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /"url":"(http:\/\/[^"]+)","msg":"Passerelle is listening"/.exec(out);
      if (match) {
        clearInterval(timer);
        resolve(match[1]);
      } else if (child.exitCode !== null || Date.now() - began > 90_000) {
        // A deadline against a hung start, not a speed check (start-up time is in bench/).
        clearInterval(timer);
        reject(new Error(`service did not start:\n${out}`));
      }
    }, 50);
  });
  // The banner with keys is written right after the listening line.
  await new Promise((r) => setTimeout(r, 200));
  return { child, url, output: () => out };
}

function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill(signal);
  return exited;
}

const get = (url: string, key?: string) => fetch(url, { headers: key ? { authorization: `Bearer ${key}` } : {} });

describe('npm start on an embedded database', () => {
  let dataDir: string;
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: npm test builds it first (npm run build)`);
    dataDir = mkdtempSync(join(tmpdir(), 'passerelle-start-'));
  });
  // SIGTERM, not SIGKILL: the service then stops its embedded PostgreSQL too.
  afterEach(async () => {
    for (const child of [...children]) await stop(child);
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts, prints a working admin key once, and keeps data across restarts', async () => {
    const first = await start(dataDir);
    expect((await get(`${first.url}/health`)).status).toBe(200);
    expect((await get(`${first.url}/ready`)).status).toBe(200);
    const key = /Platform admin API key.*\n\s+(pas_adm_\S+)/.exec(first.output())?.[1];
    expect(key).toBeDefined();
    const listed = await get(`${first.url}/v1/associations`, key);
    expect(listed.status).toBe(200);
    const demo = (await listed.json()) as { data: { slug: string }[] };
    expect(demo.data.map((a) => a.slug)).toContain('demo-ecole');
    expect(first.output()).toMatch(/"applied":\["CreateFoundationTables\d+"/);
    expect(await stop(first.child)).toBe(0);

    const second = await start(dataDir);
    expect(second.output()).not.toContain('Platform admin API key');
    expect(second.output()).not.toContain('Demo recruiter org key');
    expect(second.output()).toContain('no pending migrations');
    const again = await get(`${second.url}/v1/associations`, key);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { data: unknown[] }).data).toHaveLength(demo.data.length);
    expect(await stop(second.child)).toBe(0);
  }, 240_000);

  it('installs ADMIN_API_KEY and refuses an invalid configuration naming the variable', async () => {
    const adminKey = `pas_adm_${'k'.repeat(16)}_${'s'.repeat(43)}`;
    const s = await start(dataDir, { ADMIN_API_KEY: adminKey });
    expect((await get(`${s.url}/v1/associations`, adminKey)).status).toBe(200);
    expect(await stop(s.child)).toBe(0);

    const bad = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: 'abc' } });
    children.add(bad);
    let err = '';
    bad.stderr.on('data', (d) => (err += d));
    const code = await new Promise((resolve) => bad.once('exit', resolve));
    expect(code).toBe(1);
    expect(err).toContain('PORT must be an integer');
  }, 180_000);
});
