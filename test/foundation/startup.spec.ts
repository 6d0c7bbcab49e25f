import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAIN = join(__dirname, '../../dist/src/main.js');

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  startedInMs: number;
}

/** Runs the built service exactly as `npm start` does, on its own embedded database directory. */
async function start(dataDir: string, env: Record<string, string> = {}): Promise<Started> {
  const began = Date.now();
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /"url":"(http:\/\/[^"]+)","msg":"Passerelle is listening"/.exec(out);
      if (match) {
        clearInterval(timer);
        resolve(match[1]);
      } else if (child.exitCode !== null || Date.now() - began > 30_000) {
        clearInterval(timer);
        reject(new Error(`service did not start:\n${out}`));
      }
    }, 50);
  });
  // The banner with keys is written right after the listening line.
  await new Promise((r) => setTimeout(r, 200));
  return { child, url, output: () => out, startedInMs: Date.now() - began };
}

async function stop(s: Started): Promise<number | null> {
  s.child.kill('SIGTERM');
  return new Promise((resolve) => s.child.once('exit', (code) => resolve(code)));
}

const get = (url: string, key?: string) => fetch(url, { headers: key ? { authorization: `Bearer ${key}` } : {} });

describe('npm start on an embedded database', () => {
  let dataDir: string;
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: npm test builds it first (npm run build)`);
    dataDir = mkdtempSync(join(tmpdir(), 'passerelle-start-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts, prints a working admin key once, and keeps data across restarts', async () => {
    const first = await start(dataDir);
    expect(first.startedInMs).toBeLessThan(20_000);
    expect((await get(`${first.url}/health`)).status).toBe(200);
    expect((await get(`${first.url}/ready`)).status).toBe(200);
    const key = /Platform admin API key.*\n\s+(pas_adm_\S+)/.exec(first.output())?.[1];
    expect(key).toBeDefined();
    const listed = await get(`${first.url}/v1/associations`, key);
    expect(listed.status).toBe(200);
    const demo = (await listed.json()) as { data: { slug: string }[] };
    expect(demo.data.map((a) => a.slug)).toContain('demo-ecole');
    expect(first.output()).toMatch(/"applied":\["CreateFoundationTables\d+"/);
    expect(await stop(first)).toBe(0);

    const second = await start(dataDir);
    expect(second.output()).not.toContain('Platform admin API key');
    expect(second.output()).not.toContain('Demo recruiter org key');
    expect(second.output()).toContain('no pending migrations');
    const again = await get(`${second.url}/v1/associations`, key);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { data: unknown[] }).data).toHaveLength(demo.data.length);
    expect(await stop(second)).toBe(0);
  }, 90_000);

  it('installs ADMIN_API_KEY and refuses an invalid configuration naming the variable', async () => {
    const adminKey = `pas_adm_${'k'.repeat(16)}_${'s'.repeat(43)}`;
    const s = await start(dataDir, { ADMIN_API_KEY: adminKey });
    expect((await get(`${s.url}/v1/associations`, adminKey)).status).toBe(200);
    expect(await stop(s)).toBe(0);

    const bad = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: 'abc' } });
    let err = '';
    bad.stderr.on('data', (d) => (err += d));
    const code = await new Promise((resolve) => bad.once('exit', resolve));
    expect(code).toBe(1);
    expect(err).toContain('PORT must be an integer');
  }, 60_000);
});
