import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateApiKey } from '../../src/api-keys/api-key-format';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const MAIN = join(__dirname, '../../dist/src/main.js');

/** Two separate API processes (the built service, as deployed) behind one database. */
describe('rate limits across two API processes', () => {
  let db: TestDatabase;
  const adminKey = generateApiKey('adm').token;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: npm test builds it first`);
    db = await createTestDatabase();
  });
  afterAll(async () => {
    for (const child of children) {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    }
    await db.drop();
  });

  async function start(): Promise<string> {
    const child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: db.url,
        PORT: '0',
        HOST: '127.0.0.1',
        ADMIN_API_KEY: adminKey,
        ACCESS_LOG: 'false',
        BACKGROUND_JOBS: 'false',
        RATE_LIMIT_STORE: 'postgres',
        RATE_LIMIT_DEFAULT: '10/60',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const began = Date.now();
    return new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /"url":"(http:\/\/[^"]+)","msg":"Passerelle is listening"/.exec(out);
        if (match) {
          clearInterval(timer);
          resolve(match[1]);
        } else if (child.exitCode !== null || Date.now() - began > 30_000) {
          clearInterval(timer);
          reject(new Error(`API did not start:\n${out}`));
        }
      }, 25);
    });
  }

  it('admits exactly the configured rate per key, then answers 429 with Retry-After', async () => {
    // Started one after the other: the first applies the migrations.
    const first = await start();
    const second = await start();
    const headers = { authorization: `Bearer ${adminKey}` };
    // Stay inside one fixed 60 s window.
    const left = 60 - ((Date.now() / 1000) % 60);
    if (left < 15) await new Promise((r) => setTimeout(r, left * 1000 + 50));
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 14; i++) {
      const res = await fetch(`${i % 2 ? second : first}/v1/associations`, { headers });
      statuses.push(res.status);
      expect(res.headers.get('ratelimit-policy')).toBe('"default";q=10;w=60');
      if (res.status === 429) {
        retryAfter = res.headers.get('retry-after');
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      }
      await res.arrayBuffer();
    }
    expect(statuses).toEqual([...Array(10).fill(200), ...Array(4).fill(429)]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  }, 90_000);
});
