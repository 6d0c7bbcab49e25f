import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SearchDocument, SearchEngine, SearchIndexer, SearchQuery, SearchScope } from '../../src/search/search.port';

export interface ContractSubject {
  engine: SearchEngine;
  indexer: SearchIndexer;
  dataSource: DataSource;
  /** Waits until the engine reflects every committed change (drains the outbox for Meilisearch). */
  sync(): Promise<void>;
}

/**
 * What an adapter supports beyond the common contract, known when the tests are declared: a case
 * an adapter does not support is not declared for it at all (it would pass without asserting).
 */
export interface ContractSupport {
  /** Typo tolerance through the dictionary (PostgreSQL); the fake Meilisearch does not model typos. */
  typos: boolean;
  /** `a or b` in the query text (websearch syntax); Meilisearch reads "or" as a word. */
  orOperator: boolean;
}

const ASSOC_A = randomUUID();
const ASSOC_B = randomUUID();
const ASSOC_HIDDEN = randomUUID();
const ORG = randomUUID();
const OTHER_ORG = randomUUID();

let n = 0;
export function doc(fields: Partial<SearchDocument> = {}): SearchDocument {
  n++;
  return {
    alumnusId: randomUUID(),
    associationId: ASSOC_A,
    blockedOrgIds: [],
    headline: 'Consultant',
    industry: 'Conseil',
    seniority: 'senior',
    yearsOfExperience: 5,
    city: 'Paris',
    country: 'FR',
    skills: [],
    languages: ['fr'],
    program: 'Master Finance',
    degreeLevel: 'master',
    graduationYear: 2010 + (n % 10),
    openToWork: false,
    lastConfirmedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000),
    ...fields,
  };
}

/**
 * The behaviour every search adapter must have. Run by postgres-search.spec.ts and
 * meilisearch-search.spec.ts against their adapter.
 */
export function searchContract(name: string, subject: () => ContractSubject, support: ContractSupport): void {
  const scope: SearchScope = { orgId: ORG, associationIds: [ASSOC_A, ASSOC_B] };
  const ids: Record<string, string> = {};

  const put = async (key: string, d: SearchDocument) => {
    const s = subject();
    await s.dataSource.transaction((m) => s.indexer.upsertDocument(m, d));
    ids[key] = d.alumnusId;
  };
  const search = async (q: SearchQuery, sc: SearchScope = scope) => {
    const s = subject();
    return s.engine.search(q, sc);
  };
  const found = async (q: SearchQuery, sc?: SearchScope) => (await search(q, sc)).hits.map((h) => h.alumnusId);

  describe(`${name}: search contract`, () => {
    beforeAll(async () => {
      await put('ecole', doc({ headline: 'Directrice École Polytechnique', skills: ['Management'], city: 'Besançon' }));
      await put('socgen', doc({ headline: 'Analyste Société Générale', skills: ['Excel', 'VBA'], industry: 'Banque' }));
      await put(
        'js',
        doc({
          headline: 'Développeur',
          skills: ['JavaScript', 'TypeScript'],
          city: 'Lyon',
          program: 'MSc Computer Science',
          openToWork: true,
          graduationYear: 2018,
        }),
      );
      await put(
        'js2',
        doc({
          headline: 'Lead dev',
          skills: ['JavaScript'],
          city: 'Lyon',
          program: 'MSc Computer Science',
          graduationYear: 2012,
          associationId: ASSOC_B,
        }),
      );
      await put(
        'py',
        doc({
          headline: 'Data scientist',
          skills: ['Python', 'SQL'],
          city: 'Nantes',
          program: 'MSc Data',
          graduationYear: 2020,
          languages: ['fr', 'en'],
        }),
      );
      await put('hidden', doc({ headline: 'Développeur caché', skills: ['JavaScript'], city: 'Lyon', associationId: ASSOC_HIDDEN }));
      await put(
        'blocked',
        doc({ headline: 'Développeur bloquant', skills: ['JavaScript'], city: 'Lyon', blockedOrgIds: [OTHER_ORG, ORG] }),
      );
      for (let i = 0; i < 25; i++) {
        await put(
          `bulk${i}`,
          doc({
            headline: `Ingénieur projet ${i}`,
            skills: ['Gestion'],
            city: i % 2 ? 'Marseille' : 'Toulouse',
            program: 'Mastère Projet',
          }),
        );
      }
      await subject().sync();
    });

    it('matches regardless of accents and case', async () => {
      expect(await found({ q: 'ecole' })).toEqual([ids.ecole]);
      expect(await found({ q: 'ÉCOLE polytechnique' })).toEqual([ids.ecole]);
      expect(await found({ q: 'societe generale' })).toEqual([ids.socgen]);
      expect(await found({ q: 'Société Générale' })).toEqual([ids.socgen]);
      expect(await found({ q: 'besancon' })).toEqual([ids.ecole]);
    });

    it('matches the last word as a prefix', async () => {
      expect(await found({ q: 'directrice ecol' })).toEqual([ids.ecole]);
    });

    // The fake Meilisearch matches words exactly; the real server's typo tolerance is its own.
    const typos = support.typos ? it : undefined;
    typos?.('tolerates a typo through the word dictionary', async () => {
      expect((await found({ q: 'javscript ' })).sort()).toEqual([ids.js, ids.js2].sort());
      expect(await found({ q: 'pyhton ' })).toEqual([ids.py]);
    });

    it('combines filters with AND across fields and OR within a field', async () => {
      expect((await found({ filters: { cities: ['Lyon', 'Nantes'] } })).sort()).toEqual([ids.js, ids.js2, ids.py].sort());
      expect(await found({ filters: { cities: ['Lyon', 'Nantes'], programs: ['MSc Data'] } })).toEqual([ids.py]);
      expect(await found({ filters: { cities: ['Lyon'], openToWork: true } })).toEqual([ids.js]);
      expect(await found({ filters: { cities: ['Lyon'], graduationYearMin: 2015 } })).toEqual([ids.js]);
      expect(await found({ filters: { cities: ['Lyon'], graduationYearMax: 2015 } })).toEqual([ids.js2]);
      expect(await found({ filters: { languages: ['en', 'de'] } })).toEqual([ids.py]);
      expect(await found({ q: 'developpeur', filters: { cities: ['Lyon'] } })).toEqual([ids.js]);
    });

    it('requires every skill to match', async () => {
      expect((await found({ filters: { skills: ['JavaScript'] } })).sort()).toEqual([ids.js, ids.js2].sort());
      expect(await found({ filters: { skills: ['JavaScript', 'TypeScript'] } })).toEqual([ids.js]);
      expect(await found({ filters: { skills: ['JavaScript', 'Python'] } })).toEqual([]);
    });

    it('counts facets over the filtered, scoped set', async () => {
      const r = await search({ filters: { skills: ['JavaScript'] }, facets: ['city', 'program', 'skills', 'openToWork'] });
      expect(r.facets.city).toEqual({ Lyon: 2 });
      expect(r.facets.program).toEqual({ 'MSc Computer Science': 2 });
      expect(r.facets.skills).toEqual({ JavaScript: 2, TypeScript: 1 });
      expect(r.facets.openToWork).toEqual({ true: 1, false: 1 });
      expect(r.estimatedTotal).toBe(2);
      expect(r.totalCapped).toBe(false);
    });

    it('pages with a cursor without duplicates, for every sort', async () => {
      for (const sort of ['relevance', 'graduationYear', 'lastConfirmedAt'] as const) {
        for (const q of ['ingenieur', undefined]) {
          const seen: string[] = [];
          let cursor: string | undefined;
          let pages = 0;
          do {
            const r = await search({ q, sort, limit: 4, cursor, filters: q ? undefined : { programs: ['Mastère Projet'] } });
            seen.push(...r.hits.map((h) => h.alumnusId));
            cursor = r.nextCursor ?? undefined;
            pages++;
          } while (cursor && pages < 50);
          expect(new Set(seen).size).toBe(seen.length);
          expect(seen).toHaveLength(25);
        }
      }
      const bulk = Object.entries(ids).filter(([k]) => k.startsWith('bulk'));
      expect(bulk).toHaveLength(25);
    });

    it('orders by graduation year and by last confirmation, newest first', async () => {
      const byYear = await search({ filters: { cities: ['Lyon', 'Nantes'] }, sort: 'graduationYear' });
      expect(byYear.hits.map((h) => h.alumnusId)).toEqual([ids.py, ids.js, ids.js2]);
      const byDate = await search({ filters: { cities: ['Lyon', 'Nantes'] }, sort: 'lastConfirmedAt' });
      expect(byDate.hits.map((h) => h.alumnusId)).toEqual([ids.py, ids.js2, ids.js]);
    });

    it('never shows a document outside the scope or of an alumnus who blocked the org', async () => {
      const r = await search({ q: 'developpeur', facets: ['city', 'associationId'] });
      expect(r.hits.map((h) => h.alumnusId).sort()).toEqual([ids.js].sort());
      expect(r.facets.city).toEqual({ Lyon: 1 });
      expect(Object.keys(r.facets.associationId ?? {})).toEqual([ASSOC_A]);
      const all = await search({ filters: { cities: ['Lyon'] }, facets: ['city'] });
      expect(all.hits.map((h) => h.alumnusId)).not.toContain(ids.hidden);
      expect(all.hits.map((h) => h.alumnusId)).not.toContain(ids.blocked);
      expect(all.facets.city).toEqual({ Lyon: 2 });
      // Asking for a hidden association by filter does not widen the scope.
      expect(await found({ filters: { associationIds: [ASSOC_HIDDEN] } })).toEqual([]);
      expect(await found({ filters: { cities: ['Lyon'] } }, { orgId: ORG, associationIds: [] })).toEqual([]);
      // Another org that the alumnus did not block sees them.
      const other = await found({ filters: { cities: ['Lyon'] } }, { orgId: randomUUID(), associationIds: [ASSOC_A] });
      expect(other).toContain(ids.blocked);
    });

    it('takes a removal into account on the next search', async () => {
      const d = doc({ headline: 'Ornithologue', city: 'Brest' });
      await put('bird', d);
      await subject().sync();
      expect(await found({ q: 'ornithologue' })).toEqual([d.alumnusId]);
      const s = subject();
      await s.dataSource.transaction((m) => s.indexer.removeDocument(m, d.alumnusId));
      await s.sync();
      expect(await found({ q: 'ornithologue' })).toEqual([]);
      expect((await search({ filters: { cities: ['Brest'] }, facets: ['city'] })).facets.city).toEqual({});
    });

    it('leaves documents confirmed before scope.confirmedAfter out of hits and facets (consent lapse)', async () => {
      const old = doc({ headline: 'Sommelier', city: 'Beaune', lastConfirmedAt: new Date(Date.UTC(2023, 0, 1)) });
      const recent = doc({ headline: 'Sommelier', city: 'Beaune', lastConfirmedAt: new Date(Date.UTC(2026, 5, 1)) });
      await put('wineOld', old);
      await put('wineNew', recent);
      await subject().sync();
      const lapsing = { ...scope, confirmedAfter: new Date(Date.UTC(2024, 0, 1)) };
      expect((await found({ q: 'sommelier' })).sort()).toEqual([old.alumnusId, recent.alumnusId].sort());
      expect(await found({ q: 'sommelier' }, lapsing)).toEqual([recent.alumnusId]);
      expect((await search({ filters: { cities: ['Beaune'] }, facets: ['city'] }, lapsing)).facets.city).toEqual({ Beaune: 1 });
    });

    it('takes an update (new block) into account on the next search', async () => {
      const d = doc({ headline: 'Cartographe', city: 'Rennes' });
      await put('map', d);
      await subject().sync();
      expect(await found({ q: 'cartographe' })).toEqual([d.alumnusId]);
      await put('map', { ...d, blockedOrgIds: [ORG] });
      await subject().sync();
      expect(await found({ q: 'cartographe' })).toEqual([]);
    });

    it('caps totals at 1,000 with a flag and facets at 100 values', async () => {
      const big = randomUUID();
      const s = subject();
      await s.dataSource.transaction(async (m) => {
        for (let i = 0; i < 1005; i++) {
          await s.indexer.upsertDocument(m, doc({ associationId: big, headline: 'Volumineux', city: `Ville ${i % 150}`, skills: [] }));
        }
      });
      await s.sync();
      const bigScope = { orgId: ORG, associationIds: [big] };
      const r = await search({ q: 'volumineux', facets: ['city'], limit: 100 }, bigScope);
      expect(r.estimatedTotal).toBe(1000);
      expect(r.totalCapped).toBe(true);
      expect(Object.keys(r.facets.city ?? {})).toHaveLength(100);
      const filtered = await search({ filters: { cities: ['Ville 7'] } }, bigScope);
      expect(filtered.estimatedTotal).toBe(7);
      expect(filtered.totalCapped).toBe(false);
      const all = await search({ limit: 100 }, bigScope);
      expect(all.estimatedTotal).toBe(1000);
      expect(all.totalCapped).toBe(true);
      expect(all.nextCursor).not.toBeNull();
    });

    it('rejects invalid queries and foreign cursors', async () => {
      await expect(search({ limit: 0 })).rejects.toMatchObject({ code: 'validation_failed' });
      await expect(search({ limit: 101 })).rejects.toMatchObject({ code: 'validation_failed' });
      await expect(search({ facets: ['email' as never] })).rejects.toMatchObject({ code: 'validation_failed' });
      await expect(search({ cursor: 'garbage' })).rejects.toMatchObject({ code: 'invalid_cursor' });
      const first = await search({ filters: { programs: ['Mastère Projet'] }, sort: 'graduationYear', limit: 2 });
      await expect(search({ sort: 'lastConfirmedAt', cursor: first.nextCursor! })).rejects.toMatchObject({ code: 'invalid_cursor' });
    });

    it('keeps at most 10 query words and handles syntax characters safely', async () => {
      // The 11th word is ignored, as Meilisearch does.
      expect(await found({ q: `${'directrice '.repeat(10)}introuvable` })).toEqual([ids.ecole]);
      expect(await found({ q: `${'directrice '.repeat(9)}introuvable` })).toEqual([]);
      for (const q of ['"', "'", '\\', '-', 'a & b | !c', '(((', ':*', '"unterminated', 'ecole OR societe', '""']) {
        await expect(search({ q })).resolves.toBeDefined();
      }
      expect(await found({ q: 'developpeur -typescript', filters: { cities: ['Lyon'] } })).toEqual([]);
    });

    // Meilisearch reads "or" as a query word, so only the PostgreSQL adapter declares this case.
    const orOperator = support.orOperator ? it : undefined;
    orOperator?.('reads "a or b" as either word', async () => {
      expect((await found({ q: 'ecole or analyste' })).sort()).toEqual([ids.ecole, ids.socgen].sort());
    });
  });
}
