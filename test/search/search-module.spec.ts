import { randomUUID } from 'node:crypto';
import { MeilisearchSearchAdapter } from '../../src/search/meilisearch-search.adapter';
import { PostgresSearchAdapter } from '../../src/search/postgres-search.adapter';
import { SEARCH_ENGINE, SEARCH_INDEXER, SearchEngine, SearchIndexer } from '../../src/search/search.port';
import { FakeMeilisearch } from '../fakes/fake-meilisearch';
import { createTestApp, TestApp } from '../support/test-app';
import { doc } from './search-contract';

describe('SearchModule', () => {
  it('uses PostgreSQL search without MEILI_URL', async () => {
    const t = await createTestApp();
    try {
      expect(t.app.get(SEARCH_ENGINE)).toBeInstanceOf(PostgresSearchAdapter);
      expect(t.app.get(SEARCH_INDEXER)).toBe(t.app.get(SEARCH_ENGINE));
      const ready = await t.http().get('/ready').expect(200);
      expect(ready.body.checks).toEqual({ database: 'ok' });
    } finally {
      await t.close();
    }
  });

  describe('with MEILI_URL', () => {
    let fake: FakeMeilisearch;
    let t: TestApp;
    beforeAll(async () => {
      fake = new FakeMeilisearch();
      await fake.start();
      t = await createTestApp({ env: { MEILI_URL: fake.url, MEILI_API_KEY: fake.masterKey } });
    });
    afterAll(async () => {
      await t?.close();
      await fake?.stop().catch(() => undefined);
    });

    it('uses Meilisearch, syncs through the running worker, and checks it in /ready', async () => {
      const engine = t.app.get<SearchEngine>(SEARCH_ENGINE);
      const indexer = t.app.get<SearchIndexer>(SEARCH_INDEXER);
      expect(engine).toBeInstanceOf(MeilisearchSearchAdapter);
      const ready = await t.http().get('/ready').expect(200);
      expect(ready.body.checks).toEqual({ database: 'ok', search: 'ok' });

      const d = doc({ headline: 'Worker sync' });
      await t.dataSource.transaction((m) => indexer.upsertDocument(m, d));
      const scope = { orgId: randomUUID(), associationIds: [d.associationId] };
      const deadline = Date.now() + 10_000;
      let hits: string[] = [];
      while (Date.now() < deadline) {
        // Until the worker has created the index, the engine answers search_unavailable.
        hits = await engine
          .search({ q: 'worker sync' }, scope)
          .then((r) => r.hits.map((h) => h.alumnusId))
          .catch((error: { code?: string }) => {
            if (error.code !== 'search_unavailable') throw error;
            return [];
          });
        if (hits.length > 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(hits).toEqual([d.alumnusId]);

      await fake.stop();
      const down = await t.http().get('/ready').expect(503);
      expect(down.body.checks).toMatchObject({ search: 'failing' });
      await expect(engine.search({ q: 'x' }, scope)).rejects.toMatchObject({ code: 'search_unavailable' });
    });
  });
});
