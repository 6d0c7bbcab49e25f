import { newOrg } from '../support/factories';
import { bearer, createTestApp, TestApp } from '../support/test-app';

/** Waits until the current fixed window has at least `seconds` left, so a test stays inside it. */
async function awayFromWindowEdge(windowSeconds: number, seconds: number) {
  const left = windowSeconds - ((Date.now() / 1000) % windowSeconds);
  if (left < seconds) await new Promise((r) => setTimeout(r, left * 1000 + 50));
}

describe('rate limits', () => {
  describe('two API processes sharing one database', () => {
    let a: TestApp;
    let b: TestApp;
    const env = {
      RATE_LIMIT_STORE: 'postgres',
      RATE_LIMIT_DEFAULT: '10/60',
      RATE_LIMIT_PUBLIC: '4/60',
    };
    beforeAll(async () => {
      a = await createTestApp({ env });
      b = await createTestApp({ env, database: a.db });
    });
    afterAll(async () => {
      await b.close();
      await a.close();
    });

    it('admits exactly the configured number of requests per key across both processes, then 429s', async () => {
      const org = await newOrg(a);
      await awayFromWindowEdge(60, 15);
      const statuses: number[] = [];
      const remaining: string[] = [];
      for (let i = 0; i < 14; i++) {
        const res = await (i % 2 === 0 ? a : b).http().get('/v1/recruiter-orgs/me').set(bearer(org.key));
        statuses.push(res.status);
        remaining.push(res.headers['ratelimit']);
        expect(res.headers['ratelimit-policy']).toBe('"default";q=10;w=60');
        if (res.status === 429) {
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(res.body.code).toBe('rate_limited');
          expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
          expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
        }
      }
      expect(statuses).toEqual([...Array(10).fill(200), ...Array(4).fill(429)]);
      expect(remaining[0]).toMatch(/^"default";r=9;t=\d+$/);
      expect(remaining[9]).toMatch(/^"default";r=0;t=\d+$/);
    });

    it('admits the configured number under concurrency, no more', async () => {
      const org = await newOrg(a);
      await awayFromWindowEdge(60, 15);
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).http().get('/v1/recruiter-orgs/me').set(bearer(org.key))),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(10);
      expect(results.filter((r) => r.status === 429)).toHaveLength(20);
    });

    it('counts keys separately', async () => {
      const first = await newOrg(a);
      const second = await newOrg(a);
      await awayFromWindowEdge(60, 15);
      for (let i = 0; i < 10; i++) await a.http().get('/v1/recruiter-orgs/me').set(bearer(first.key)).expect(200);
      await a.http().get('/v1/recruiter-orgs/me').set(bearer(first.key)).expect(429);
      await b.http().get('/v1/recruiter-orgs/me').set(bearer(second.key)).expect(200);
    });

    it('never throttles health probes', async () => {
      for (let i = 0; i < 12; i++) await a.http().get('/health').expect(200);
    });
  });

  describe('two processes, a limit large enough to reserve hits ahead (200/60: 4 at a time)', () => {
    let a: TestApp;
    let b: TestApp;
    const env = { RATE_LIMIT_STORE: 'postgres', RATE_LIMIT_DEFAULT: '200/60' };
    beforeAll(async () => {
      a = await createTestApp({ env });
      b = await createTestApp({ env, database: a.db });
    });
    afterAll(async () => {
      await b.close();
      await a.close();
    });

    const counted = async (keyId: string): Promise<number> => {
      const rows = await a.dataSource.query(`SELECT hits FROM rate_limit_counters WHERE bucket = $1 ORDER BY window_start DESC LIMIT 1`, [
        `default:key:${keyId}`,
      ]);
      return rows[0]?.hits ?? 0;
    };

    it('writes one counter update per reservation, not per request, and reports exact remaining hits', async () => {
      const org = await newOrg(a);
      await awayFromWindowEdge(60, 20);
      const remaining: string[] = [];
      for (let i = 0; i < 9; i++) {
        const res = await a.http().get('/v1/recruiter-orgs/me').set(bearer(org.key)).expect(200);
        remaining.push(res.headers['ratelimit']);
      }
      // Nine requests took three reservations of four.
      expect(await counted(org.keyId)).toBe(12);
      expect(remaining.map((r) => /r=(\d+)/.exec(r)![1])).toEqual(['199', '198', '197', '196', '195', '194', '193', '192', '191']);
    });

    it('never admits more than the limit across processes, and refuses at most one reservation per process early', async () => {
      const org = await newOrg(a);
      await awayFromWindowEdge(60, 20);
      const statuses: number[] = [];
      for (let round = 0; round < 10; round++) {
        const results = await Promise.all(
          Array.from({ length: 25 }, (_, i) => ((i + round) % 2 ? a : b).http().get('/v1/recruiter-orgs/me').set(bearer(org.key))),
        );
        statuses.push(...results.map((r) => r.status));
      }
      const admitted = statuses.filter((s) => s === 200).length;
      expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
      expect(admitted).toBeLessThanOrEqual(200);
      expect(admitted).toBeGreaterThanOrEqual(200 - 2 * 4);
      // Once full, a process answers from memory: the counter stops growing.
      const full = await counted(org.keyId);
      await a.http().get('/v1/recruiter-orgs/me').set(bearer(org.key)).expect(429);
      await b.http().get('/v1/recruiter-orgs/me').set(bearer(org.key)).expect(429);
      expect(await counted(org.keyId)).toBe(full);
    });
  });

  describe('in one process with the in-memory store', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ env: { RATE_LIMIT_STORE: 'memory', RATE_LIMIT_DEFAULT: '3/60' } });
    });
    afterAll(() => t.close());

    it('admits the configured rate and answers 429 after', async () => {
      const org = await newOrg(t);
      await awayFromWindowEdge(60, 10);
      for (let i = 0; i < 3; i++) await t.http().get('/v1/recruiter-orgs/me').set(bearer(org.key)).expect(200);
      const res = await t.http().get('/v1/recruiter-orgs/me').set(bearer(org.key)).expect(429);
      expect(res.headers['retry-after']).toBeDefined();
    });
  });
});
