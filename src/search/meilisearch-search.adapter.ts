import { Meilisearch, type Task } from 'meilisearch';
import type { Pool } from 'pg';
import { EntityManager } from 'typeorm';
import { SORT_KEYS, TEXT_KEYS } from '../access/searchable-fields';
import { DomainError } from '../common/domain-error';
import { decodeCursor, encodeCursor } from '../common/pagination';
import { buildMeiliFilter, MEILI_FILTERABLE_ATTRIBUTES } from './meilisearch-filter';
import { normalizeSearch, parseWebSearch } from './search-query';
import { SearchProjectionRepository } from './search-projection.repository';
import {
  SEARCH_MAX_FACET_VALUES,
  SEARCH_MAX_QUERY_WORDS,
  SEARCH_MAX_TOTAL,
  SearchDocument,
  SearchEngine,
  SearchFacets,
  SearchIndexer,
  SearchQuery,
  SearchResult,
  SearchScope,
} from './search.port';

export interface MeiliOptions {
  host: string;
  apiKey?: string;
  indexUid?: string;
  /** How long to wait for one Meilisearch task before counting the attempt as failed. */
  taskTimeoutMs?: number;
  requestTimeoutMs?: number;
  /**
   * The database pool: hits are re-checked against the projection, so a withdrawal or a block
   * hides the alumnus on the next search even before the outbox has reached Meilisearch.
   */
  recheckPool?: Pool;
}

/** What is sent to Meilisearch: the projection's fields, nothing personal. */
export interface MeiliDocument extends Omit<SearchDocument, 'alumnusId' | 'lastConfirmedAt'> {
  id: string;
  lastConfirmedAt: number;
}

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const { alumnusId, lastConfirmedAt, ...rest } = doc;
  return { id: alumnusId, ...rest, lastConfirmedAt: lastConfirmedAt.getTime() };
}

export const MEILI_SETTINGS = {
  searchableAttributes: [...TEXT_KEYS],
  filterableAttributes: [...MEILI_FILTERABLE_ATTRIBUTES],
  sortableAttributes: [...SORT_KEYS, 'lastConfirmedAt'],
  // `sort` first: an explicit sort orders the results, relevance only breaks ties.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
  // Only the id: a hit's preview is read from the database with its consent re-check.
  displayedAttributes: ['id'],
  faceting: { maxValuesPerFacet: SEARCH_MAX_FACET_VALUES, sortFacetValuesBy: { '*': 'count' as const } },
  pagination: { maxTotalHits: SEARCH_MAX_TOTAL },
};

export class MeiliTaskError extends Error {
  constructor(readonly task: Pick<Task, 'uid' | 'status' | 'type'> & { error?: { code?: string; message?: string } | null }) {
    super(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.code ?? ''} ${task.error?.message ?? ''}`.trim());
  }
}

/**
 * Meilisearch adapter. Writes go to the PostgreSQL projection plus an outbox row in the caller's
 * transaction; SearchOutboxWorker delivers them. Reads go to Meilisearch.
 */
export class MeilisearchSearchAdapter implements SearchEngine, SearchIndexer {
  readonly client: Meilisearch;
  readonly indexUid: string;
  private readonly taskTimeoutMs: number;
  private readonly recheckPool: Pool | undefined;

  constructor(
    options: MeiliOptions,
    private readonly projection = new SearchProjectionRepository(),
  ) {
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey, timeout: options.requestTimeoutMs ?? 10_000 });
    this.indexUid = options.indexUid ?? 'alumni';
    this.taskTimeoutMs = options.taskTimeoutMs ?? 30_000;
    this.recheckPool = options.recheckPool;
  }

  async upsertDocument(manager: EntityManager, doc: SearchDocument): Promise<void> {
    await this.projection.upsert(manager, doc);
    await this.projection.enqueueOutbox(manager, doc.alumnusId);
  }

  async removeDocument(manager: EntityManager, alumnusId: string): Promise<void> {
    await this.projection.remove(manager, alumnusId);
    await this.projection.enqueueOutbox(manager, alumnusId);
  }

  async upsertDocuments(manager: EntityManager, docs: SearchDocument[]): Promise<void> {
    await this.projection.upsertMany(manager, docs);
    await this.projection.enqueueOutboxMany(
      manager,
      docs.map((d) => d.alumnusId),
    );
  }

  async removeDocuments(manager: EntityManager, alumnusIds: string[]): Promise<void> {
    await this.projection.removeMany(manager, alumnusIds);
    await this.projection.enqueueOutboxMany(manager, alumnusIds);
  }

  pruneDictionary(manager: EntityManager, words?: string[]): Promise<number> {
    return this.projection.pruneDictionary(manager, words);
  }

  async health(): Promise<void> {
    const { status } = await this.client.health();
    if (status !== 'available') throw new Error(`Meilisearch is ${status}`);
  }

  /** Creates the index if needed and applies the settings; waits for both tasks. */
  async ensureIndex(): Promise<void> {
    const created = await this.client.createIndex(this.indexUid, { primaryKey: 'id' }).waitTask({ timeout: this.taskTimeoutMs });
    if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') throw new MeiliTaskError(created);
    await this.succeeded(this.client.index(this.indexUid).updateSettings(MEILI_SETTINGS));
  }

  /** Sends upserts then deletions; resolves only once Meilisearch reports both tasks succeeded. */
  async apply(upserts: SearchDocument[], deletions: string[]): Promise<void> {
    const index = this.client.index<MeiliDocument>(this.indexUid);
    if (upserts.length > 0) await this.succeeded(index.addDocuments(upserts.map(toMeiliDocument), { primaryKey: 'id' }));
    if (deletions.length > 0) await this.succeeded(index.deleteDocuments(deletions));
  }

  private async succeeded(enqueued: ReturnType<ReturnType<Meilisearch['index']>['addDocuments']>): Promise<Task> {
    const task = await enqueued.waitTask({ timeout: this.taskTimeoutMs, interval: 20 });
    if (task.status !== 'succeeded') throw new MeiliTaskError(task);
    return task;
  }

  async search(query: SearchQuery, scope: SearchScope): Promise<SearchResult> {
    const s = normalizeSearch(query, scope);
    let offset = 0;
    if (s.cursor !== undefined) {
      const [sort, at] = decodeCursor(s.cursor, ['string', 'number']);
      if (sort !== s.sort || (at as number) < 0 || (at as number) >= SEARCH_MAX_TOTAL) {
        throw new DomainError('invalid_cursor', 'The cursor is invalid or belongs to another listing', {
          errors: [{ field: 'cursor', message: 'invalid cursor' }],
        });
      }
      offset = at as number;
    }
    const emptyFacets: SearchFacets = Object.fromEntries(s.facets.map((f) => [f, {}]));
    // Scope rule: no visible association means no result (an empty OR group would mean "any").
    if (s.associationIds.length === 0) return { hits: [], facets: emptyFacets, estimatedTotal: 0, totalCapped: false, nextCursor: null };

    const limit = Math.min(s.limit, SEARCH_MAX_TOTAL - offset);
    // A field sort breaks ties by consent time; no text means newest first.
    const sort =
      s.sort !== 'relevance' && s.sort !== 'lastConfirmedAt'
        ? [`${s.sort}:desc`, 'lastConfirmedAt:desc']
        : s.sort === 'lastConfirmedAt' || s.q.trim() === ''
          ? ['lastConfirmedAt:desc']
          : undefined;
    const response = await this.client
      .index(this.indexUid)
      .search(keepWords(s.q), {
        filter: buildMeiliFilter(s),
        facets: s.facets.length > 0 ? s.facets : undefined,
        sort,
        offset,
        limit,
        attributesToRetrieve: ['id'],
        showRankingScore: true,
        matchingStrategy: 'all',
      })
      .catch(() => {
        // The client's error may quote the filter (user values): it is not passed to the caller.
        throw new DomainError('search_unavailable', 'The search index did not answer');
      });
    const estimated = response.estimatedTotalHits ?? 0;
    const next = offset + response.hits.length;
    const facets: SearchFacets = { ...emptyFacets };
    for (const f of s.facets) facets[f] = { ...(response.facetDistribution?.[f] ?? {}) };
    let hits = response.hits.map((h) => ({ alumnusId: String(h.id), score: h._rankingScore as number | undefined }));
    if (this.recheckPool && hits.length > 0) {
      // Consent rule: the index may lag the outbox by a few seconds; a hit whose
      // projection row is gone (consent withdrawn, erased) or now blocks the org is dropped.
      const { rows } = await this.recheckPool.query<{ alumnus_id: string }>(
        `SELECT alumnus_id FROM search_documents
          WHERE alumnus_id = ANY($1::uuid[]) AND association_id = ANY($2::uuid[])
            AND NOT (blocked_org_ids @> ARRAY[$3::uuid])`,
        [hits.map((h) => h.alumnusId), s.associationIds, s.orgId],
      );
      const visible = new Set(rows.map((r) => r.alumnus_id));
      hits = hits.filter((h) => visible.has(h.alumnusId));
    }
    return {
      hits,
      facets,
      estimatedTotal: Math.min(estimated, SEARCH_MAX_TOTAL),
      totalCapped: estimated >= SEARCH_MAX_TOTAL,
      nextCursor: response.hits.length === limit && next < Math.min(estimated, SEARCH_MAX_TOTAL) ? encodeCursor([s.sort, next]) : null,
    };
  }
}

/** Meilisearch reads at most 10 words; the query is cut the same way before sending. */
function keepWords(q: string): string {
  const { tokens } = parseWebSearch(q);
  if (tokens.length === 0) return '';
  let words = 0;
  const out: string[] = [];
  for (const t of tokens) {
    const n = t.kind === 'phrase' ? t.text.split(/\s+/).filter(Boolean).length : 1;
    if (words + n > SEARCH_MAX_QUERY_WORDS) break;
    words += n;
    out.push(`${t.negated ? '-' : ''}${t.kind === 'phrase' ? `"${t.text}"` : t.text}`);
  }
  const trailing = /\s$/.test(q) ? ' ' : '';
  return out.join(' ') + trailing;
}
