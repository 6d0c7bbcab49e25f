import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { ADVISORY_LOCKS } from '../../src/database/advisory-locks';
import { dataSourceOptions } from '../../src/database/data-source';
import { MEILI_SETTINGS, MeilisearchSearchAdapter } from '../../src/search/meilisearch-search.adapter';
import { SearchOutboxWorker } from '../../src/search/search-outbox.worker';
import { rawPool } from '../../src/search/search-projection.repository';
import { FakeMeilisearch } from '../fakes/fake-meilisearch';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { ContractSubject, doc, searchContract } from './search-contract';

let db: TestDatabase;
let dataSource: DataSource;
let fake: FakeMeilisearch;
let adapter: MeilisearchSearchAdapter;
let worker: SearchOutboxWorker;
let subject: ContractSubject;

beforeAll(async () => {
  fake = new FakeMeilisearch();
  await fake.start();
  db = await createTestDatabase();
  dataSource = new DataSource(dataSourceOptions(db.url, 10));
  await dataSource.initialize();
  adapter = new MeilisearchSearchAdapter({
    host: fake.url,
    apiKey: fake.masterKey,
    indexUid: 'alumni',
    taskTimeoutMs: 2000,
    recheckPool: rawPool(dataSource),
  });
  worker = new SearchOutboxWorker(dataSource, adapter, { backoffBaseMs: 10 });
  subject = { engine: adapter, indexer: adapter, dataSource, sync: async () => void (await worker.drain()) };
});
afterAll(async () => {
  await worker?.stop();
  await dataSource?.destroy();
  await db?.drop();
  await fake?.stop();
});

searchContract('Meilisearch (fake server)', () => subject, { typos: false, orOperator: false });

const pending = async () => (await dataSource.query(`SELECT count(*)::int AS n FROM search_outbox WHERE done_at IS NULL`))[0].n as number;
const upsert = (d: ReturnType<typeof doc>) => dataSource.transaction((m) => adapter.upsertDocument(m, d));
const remove = (id: string) => dataSource.transaction((m) => adapter.removeDocument(m, id));

describe('Meilisearch adapter and outbox', () => {
  it('applies the index settings and indexes only non-identifying fields', async () => {
    await upsert(doc({ headline: 'Settings check' }));
    await worker.drain();
    const settings = await new Meilisearch({ host: fake.url, apiKey: fake.masterKey }).index('alumni').getSettings();
    expect(settings).toMatchObject(MEILI_SETTINGS);
    const keys = new Set([...fake.documents('alumni').values()].flatMap((d) => Object.keys(d)));
    expect([...keys].sort()).toEqual(
      [
        'associationId',
        'blockedOrgIds',
        'city',
        'country',
        'degreeLevel',
        'graduationYear',
        'headline',
        'id',
        'industry',
        'languages',
        'lastConfirmedAt',
        'openToWork',
        'program',
        'seniority',
        'skills',
        'yearsOfExperience',
      ].sort(),
    );
  });

  it('the fake refuses unknown settings and malformed filters, as Meilisearch does', async () => {
    const client = new Meilisearch({ host: fake.url, apiKey: fake.masterKey });
    await expect(client.index('alumni').updateSettings({ colour: 'blue' } as never)).rejects.toThrow(/Unknown field `colour`/);
    await expect(client.index('alumni').search('', { filter: ['city = "unterminated'] })).rejects.toThrow(/unterminated/);
    await expect(client.index('alumni').search('', { filter: ['email = "x"'] })).rejects.toThrow(/not filterable/);
    await expect(client.index('alumni').search('', { sort: ['headline:asc'] })).rejects.toThrow(/not sortable/);
  });

  it('reports a failed task, retries with backoff, then delivers', async () => {
    await worker.drain();
    const d = doc({ headline: 'Retry please', city: 'Pau' });
    await upsert(d);
    fake.failNextTasks(1);
    expect(await worker.processBatch()).toBe(-1);
    const [row] = await dataSource.query(
      `SELECT attempts, last_error, done_at, available_at > now() AS later FROM search_outbox WHERE alumnus_id = $1`,
      [d.alumnusId],
    );
    expect(row).toMatchObject({ attempts: 1, done_at: null });
    expect(row.last_error).toMatch(/injected failure/);
    expect(fake.documents('alumni').has(d.alumnusId)).toBe(false);
    await new Promise((r) => setTimeout(r, 50));
    await worker.drain();
    expect(fake.documents('alumni').get(d.alumnusId)).toMatchObject({ city: 'Pau' });
    expect(await pending()).toBe(0);
  });

  it('records a hanging Meilisearch as a failed attempt and delivers once it answers', async () => {
    await worker.drain();
    const d = doc({ headline: 'Patience', city: 'Tarbes' });
    await upsert(d);
    let hanging = true;
    fake.beforeRequest = ({ method, path }) =>
      hanging && method === 'POST' && path.endsWith('/documents') ? new Promise(() => undefined) : undefined;
    const impatient = new MeilisearchSearchAdapter({ host: fake.url, apiKey: fake.masterKey, requestTimeoutMs: 300, taskTimeoutMs: 300 });
    const w = new SearchOutboxWorker(dataSource, impatient, { backoffBaseMs: 10 });
    expect(await w.processBatch()).toBe(-1);
    const [row] = await dataSource.query(`SELECT attempts, done_at, last_error FROM search_outbox WHERE alumnus_id = $1`, [d.alumnusId]);
    expect(row).toMatchObject({ attempts: 1, done_at: null });
    expect(row.last_error).toBeTruthy();
    hanging = false;
    fake.beforeRequest = undefined;
    await new Promise((r) => setTimeout(r, 50));
    await w.drain();
    expect(fake.documents('alumni').get(d.alumnusId)).toMatchObject({ city: 'Tarbes' });
    expect(await pending()).toBe(0);
  });

  it('a worker that dies mid-batch loses nothing: a restart converges to the final state', async () => {
    await worker.drain();
    const docs = Array.from({ length: 30 }, () => doc({ headline: 'Crash test', city: 'Dijon' }));
    for (const d of docs) await upsert(d);
    for (const d of docs.slice(0, 10)) await upsert({ ...d, city: 'Metz' });
    for (const d of docs.slice(10, 15)) await remove(d.alumnusId);
    expect(await pending()).toBe(45);

    // The first document request reaches Meilisearch and is applied, but the worker's database
    // session dies before it can mark its rows done (as a killed process would).
    const crashingSource = new DataSource(dataSourceOptions(db.url, 2));
    await crashingSource.initialize();
    let killed = 0;
    fake.beforeRequest = async ({ method, path }) => {
      if (killed === 0 && method === 'POST' && path.endsWith('/documents')) {
        const [{ n }] = await dataSource.query(
          `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted`,
          [ADVISORY_LOCKS.searchOutbox],
        );
        killed = n;
      }
    };
    const crashing = new SearchOutboxWorker(crashingSource, adapter, { batchSize: 7, backoffBaseMs: 10 });
    await expect(crashing.drain()).rejects.toThrow();
    fake.beforeRequest = undefined;
    await crashingSource.destroy().catch(() => undefined);
    expect(killed).toBe(1);
    expect(await pending()).toBe(45);
    // Part of the batch did reach the index before the crash.
    expect([...fake.documents('alumni').keys()].some((id) => docs.some((d) => d.alumnusId === id))).toBe(true);

    const restarted = new SearchOutboxWorker(dataSource, adapter, { batchSize: 7, backoffBaseMs: 10 });
    await restarted.drain();
    expect(await pending()).toBe(0);
    const indexed = fake.documents('alumni');
    docs.forEach((d, i) => {
      if (i >= 10 && i < 15) expect(indexed.has(d.alumnusId)).toBe(false);
      else expect(indexed.get(d.alumnusId)).toMatchObject({ city: i < 10 ? 'Metz' : 'Dijon' });
    });
  });

  it('hides a withdrawn or blocking alumnus before the outbox has delivered', async () => {
    const { randomUUID } = await import('node:crypto');
    const org = randomUUID();
    const gone = doc({ headline: 'Funambule' });
    const blocker = doc({ headline: 'Funambule', associationId: gone.associationId });
    await upsert(gone);
    await upsert(blocker);
    await worker.drain();
    const scope = { orgId: org, associationIds: [gone.associationId] };
    expect((await adapter.search({ q: 'funambule' }, scope)).hits).toHaveLength(2);
    await remove(gone.alumnusId);
    await upsert({ ...blocker, blockedOrgIds: [org] });
    // Not delivered yet: Meilisearch still has both, the re-check hides them.
    expect(fake.documents('alumni').has(gone.alumnusId)).toBe(true);
    expect((await adapter.search({ q: 'funambule' }, scope)).hits).toEqual([]);
    await worker.drain();
    expect(fake.documents('alumni').has(gone.alumnusId)).toBe(false);
  });

  it('sends the API key: without it, or with another, the server refuses', async () => {
    const { randomUUID } = await import('node:crypto');
    const scope = { orgId: randomUUID(), associationIds: [randomUUID()] };
    await expect(new Meilisearch({ host: fake.url }).index('alumni').getSettings()).rejects.toThrow(/Authorization header is missing/);
    await expect(new Meilisearch({ host: fake.url, apiKey: 'not-the-key' }).index('alumni').getSettings()).rejects.toThrow(
      /API key is invalid/,
    );
    const wrong = new MeilisearchSearchAdapter({ host: fake.url, apiKey: 'not-the-key', requestTimeoutMs: 2000 });
    await expect(wrong.search({ q: 'anything' }, scope)).rejects.toMatchObject({ code: 'search_unavailable' });
    await expect(adapter.search({ q: 'anything' }, scope)).resolves.toMatchObject({ hits: [] });
  });

  it('answers the readiness check through /health', async () => {
    await expect(adapter.health()).resolves.toBeUndefined();
    const down = new MeilisearchSearchAdapter({ host: 'http://127.0.0.1:9', requestTimeoutMs: 500 });
    await expect(down.health()).rejects.toThrow();
  });
});
