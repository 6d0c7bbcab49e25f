import { generateApiKey } from '../../src/api-keys/api-key-format';
import { ApiProcess, startApiProcess, stopApiProcess } from '../support/api-process';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/** Two separate API processes (the built service, as deployed) behind one database. */
describe('rate limits across two API processes', () => {
  let db: TestDatabase;
  const adminKey = generateApiKey('adm').token;
  const processes: ApiProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    for (const api of processes) await stopApiProcess(api);
    await db.drop();
  });

  async function start(): Promise<string> {
    const api = await startApiProcess({
      DATABASE_URL: db.url,
      ADMIN_API_KEY: adminKey,
      ACCESS_LOG: 'false',
      BACKGROUND_JOBS: 'false',
      RATE_LIMIT_STORE: 'postgres',
      RATE_LIMIT_DEFAULT: '10/60',
    });
    processes.push(api);
    return api.url;
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
