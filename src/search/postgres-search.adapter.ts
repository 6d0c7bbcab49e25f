import type { Pool } from 'pg';
import { EntityManager } from 'typeorm';
import { FILTERED_FIELDS, SEARCHABLE_FIELDS } from '../access/searchable-fields';
import { DomainError } from '../common/domain-error';
import { decodeCursor, encodeCursor } from '../common/pagination';
import { allowedTypos, editDistance, NormalizedSearch, normalizeSearch, parseWebSearch } from './search-query';
import { SearchProjectionRepository } from './search-projection.repository';
import {
  SEARCH_MAX_FACET_VALUES,
  SEARCH_MAX_TOTAL,
  SearchDocument,
  SearchEngine,
  SearchFacetField,
  SearchFacets,
  SearchIndexer,
  SearchQuery,
  SearchResult,
  SearchScope,
  SearchSort,
} from './search.port';

export interface PostgresSearchOptions {
  /**
   * Ranking (and date-sorting with a text query) works on at most this many matches: its cost
   * is O(matches). 1,000 is also all a client can page through (SEARCH_MAX_TOTAL).
   */
  candidateCap?: number;
  /** Facet counts are exact up to this many matches; beyond, they describe the first ones. */
  facetCap?: number;
}

/** What a facet counts: the column, and whether it holds a list (counted per element). */
const FACET_COLUMNS = Object.fromEntries([
  ['associationId', { column: 'association_id', array: false }],
  ...SEARCHABLE_FIELDS.filter((f) => 'facet' in f).map((f) => [f.key, { column: f.column, array: f.type === 'text[]' }]),
]) as Record<SearchFacetField, { column: string; array: boolean }>;

type FacetRow = [SearchFacetField, string, number];
/** A page as the statements return it: [alumnus id, sort key] pairs, best first. */
interface PageRow {
  hits: Array<[string, number | string]>;
}

/** `column = $n` for one value (cheaper per row than `= ANY`), `column = ANY($n)` for several. */
function anyOf(column: string, values: readonly unknown[], type: string, p: Params): string {
  return values.length === 1 ? `${column} = ${p.add(values[0])}::${type}` : `${column} = ANY(${p.add(values)}::${type}[])`;
}

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

interface SortSpec {
  name: string;
  /** SQL expression of the sort key on alias `d` (and `rank` for relevance). */
  key: string;
  cast: string;
  shape: 'number' | 'string' | 'date';
}

type SortName = Exclude<SearchSort, 'relevance'>;

/** Sortable fields sort nulls as 0, like their `coalesce(column, 0)` indexes; then the consent time. */
const SORTS = Object.fromEntries([
  ...SEARCHABLE_FIELDS.filter((f) => 'sort' in f).map((f) => [
    f.key,
    { name: f.key, key: `coalesce(d.${f.column}, 0)`, cast: 'integer', shape: 'number' },
  ]),
  ['lastConfirmedAt', { name: 'lastConfirmedAt', key: 'd.last_confirmed_at', cast: 'timestamptz', shape: 'date' }],
]) as Record<SortName, SortSpec>;

/**
 * PostgreSQL full-text search over the `search_documents` projection: tsvector + GIN with
 * unaccent and the `simple` configuration, prefix on the last word, typo tolerance through the
 * `search_words` dictionary, bounded ranking and counting, keyset cursors for every sort.
 */
export class PostgresSearchAdapter implements SearchEngine, SearchIndexer {
  private readonly candidateCap: number;
  private readonly facetCap: number;

  constructor(
    private readonly pool: Pool,
    options: PostgresSearchOptions = {},
    private readonly projection = new SearchProjectionRepository(),
  ) {
    this.candidateCap = options.candidateCap ?? 1000;
    this.facetCap = options.facetCap ?? 1000;
  }

  upsertDocument(manager: EntityManager, doc: SearchDocument): Promise<void> {
    return this.projection.upsert(manager, doc);
  }

  removeDocument(manager: EntityManager, alumnusId: string): Promise<void> {
    return this.projection.remove(manager, alumnusId);
  }

  upsertDocuments(manager: EntityManager, docs: SearchDocument[]): Promise<void> {
    return this.projection.upsertMany(manager, docs);
  }

  removeDocuments(manager: EntityManager, alumnusIds: string[]): Promise<void> {
    return this.projection.removeMany(manager, alumnusIds);
  }

  pruneDictionary(manager: EntityManager, words?: string[]): Promise<number> {
    return this.projection.pruneDictionary(manager, words);
  }

  async search(query: SearchQuery, scope: SearchScope): Promise<SearchResult> {
    const s = normalizeSearch(query, scope);
    const empty: SearchResult = { hits: [], facets: {}, estimatedTotal: 0, totalCapped: false, nextCursor: null };
    // Scope rule: an org with no visible association sees nothing, not everything.
    if (s.associationIds.length === 0) {
      if (s.cursor !== undefined) this.decode(s, s.sort);
      return { ...empty, facets: Object.fromEntries(s.facets.map((f) => [f, {}])) };
    }
    const tsquery = s.q.trim() === '' ? null : await this.compileText(s.q);
    if (tsquery === '') {
      return { ...empty, facets: Object.fromEntries(s.facets.map((f) => [f, {}])) };
    }
    const sort = tsquery === null && s.sort === 'relevance' ? 'lastConfirmedAt' : s.sort;
    const { page, matched, facets } =
      tsquery !== null ? await this.textSearch(s, tsquery, sort) : await this.filterSearch(s, sort as SortName);
    return {
      hits: page.hits,
      facets,
      estimatedTotal: Math.min(matched, SEARCH_MAX_TOTAL),
      totalCapped: matched > SEARCH_MAX_TOTAL,
      nextCursor: page.nextCursor,
    };
  }

  /**
   * Scope and filters as SQL conditions on alias `d`. They are evaluated on every row a bounded
   * scan reads, so each is written in its cheapest form: `=` for a single value, and the block
   * check only on the rare documents that hold blocks.
   */
  private conditions(s: NormalizedSearch, p: Params, tsquery: string | null): string {
    const f = s.filters as Record<string, unknown>;
    const where = [
      // Scope rule: only associations open to this org, and never an alumnus who blocked it.
      anyOf('d.association_id', s.associationIds, 'uuid', p),
      `(cardinality(d.blocked_org_ids) = 0 OR NOT (d.blocked_org_ids @> ARRAY[${p.add(s.orgId)}::uuid]))`,
    ];
    // Consent rule: a lapsed consent leaves hits and facet counts before the lapse job removes the document.
    if (s.confirmedAfter) where.push(`d.last_confirmed_at > ${p.add(s.confirmedAfter)}::timestamptz`);
    for (const { column, type, filter } of FILTERED_FIELDS) {
      const d = `d.${column}`;
      if (filter.kind === 'range') {
        const [min, max] = [f[filter.min] as number | undefined, f[filter.max] as number | undefined];
        if (min !== undefined) where.push(`${d} >= ${p.add(min)}::integer`);
        if (max !== undefined) where.push(`${d} <= ${p.add(max)}::integer`);
        continue;
      }
      const value = f[filter.param];
      if (value === undefined) continue;
      if (filter.kind === 'flag') where.push(`${d} = ${p.add(value)}::boolean`);
      else if (filter.kind === 'all') where.push(`${d} @> ${p.add(value)}::text[]`);
      else if (type === 'text[]') where.push(`${d} && ${p.add(value)}::text[]`);
      else where.push(anyOf(d, value as string[], 'text', p));
    }
    if (tsquery !== null) where.push(`d.search_text @@ to_tsquery('simple', ${p.add(tsquery)})`);
    return where.join(' AND ');
  }

  private decode(s: NormalizedSearch, sort: string): unknown[] | undefined {
    if (s.cursor === undefined) return undefined;
    const shape =
      sort === 'relevance' ? (['string', 'string', 'uuid'] as const) : (['string', SORTS[sort as SortName].shape, 'uuid'] as const);
    const values = decodeCursor(s.cursor, shape);
    if (values[0] !== sort || (sort === 'relevance' && !/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(String(values[1])))) {
      throw new DomainError('invalid_cursor', 'The cursor is invalid or belongs to another listing', {
        errors: [{ field: 'cursor', message: 'invalid cursor' }],
      });
    }
    return values.slice(1);
  }

  /** Rows read to know "more than SEARCH_MAX_TOTAL" and to rank/facet: never fewer than 1,001. */
  private get boundedRows(): number {
    return Math.max(this.candidateCap, SEARCH_MAX_TOTAL + 1);
  }

  /**
   * A text query: one statement reads the bounded match set once and returns the page (ranked or
   * sorted), the capped count and the facets. The match set is formed first, which also keeps
   * the planner from walking a whole date index in search of a rare term (seconds at 1M rows).
   */
  private async textSearch(s: NormalizedSearch, tsquery: string, sortName: string) {
    const p = new Params();
    const where = this.conditions(s, p, tsquery);
    const relevance = sortName === 'relevance';
    const sort = relevance ? undefined : SORTS[sortName as SortName];
    const after = this.decode(s, sortName);
    const key = relevance ? `ts_rank(c.search_text, to_tsquery('simple', ${p.add(tsquery)}), 1)::real` : 'c.sort_key';
    const keyset = after
      ? `WHERE (r.k, r.alumnus_id) < (${p.add(after[0])}::${relevance ? 'real' : sort!.cast}, ${p.add(after[1])}::uuid)`
      : '';
    const sql = `
      WITH cand AS MATERIALIZED (
        SELECT d.alumnus_id${relevance ? ', d.search_text' : `, ${sort!.key} AS sort_key`}${this.facetColumns(s)}
          FROM search_documents d WHERE ${where} LIMIT ${this.boundedRows}
      ), page AS MATERIALIZED (
        SELECT r.* FROM (SELECT c.alumnus_id, ${key} AS k FROM cand c) r ${keyset}
         ORDER BY r.k DESC, r.alumnus_id DESC LIMIT ${s.limit + 1}
      )
      SELECT (SELECT count(*)::int FROM cand) AS matched,
             ${this.pageSelect('page')} AS hits,
             ${this.facetSelect(s, 'cand')} AS facets`;
    const { rows } = await this.pool.query<PageRow & { matched: number; facets: FacetRow[] }>(sql, p.values);
    const [row] = rows;
    let page = this.toPage(s, sortName, row.hits);
    // A common term with a sort other than relevance: the bounded set may miss the newest
    // matches, but matches are dense, so walking the sort index finds them quickly.
    if (!relevance && row.matched >= this.boundedRows) page = await this.walkPage(s, sortName as SortName, tsquery);
    return { page, matched: row.matched, facets: this.toFacets(s, row.facets) };
  }

  /**
   * Filters only: the page walks the sort index; count and facets share one bounded scan. Two
   * statements in parallel: at concurrency 1 the page and the scan run on two backends at once,
   * which measured faster than one statement doing both.
   */
  private async filterSearch(s: NormalizedSearch, sortName: SortName) {
    const p = new Params();
    const where = this.conditions(s, p, null);
    const summary = this.pool.query<{ matched: number; facets: FacetRow[] }>(
      `WITH f AS MATERIALIZED (
         SELECT d.alumnus_id${this.facetColumns(s)} FROM search_documents d WHERE ${where}
          LIMIT ${Math.max(this.facetCap, SEARCH_MAX_TOTAL + 1)}
       )
       SELECT (SELECT count(*)::int FROM f) AS matched, ${this.facetSelect(s, 'f')} AS facets`,
      p.values,
    );
    const [page, { rows }] = await Promise.all([this.walkPage(s, sortName, null), summary]);
    return { page, matched: rows[0].matched, facets: this.toFacets(s, rows[0].facets) };
  }

  private async walkPage(s: NormalizedSearch, sortName: SortName, tsquery: string | null) {
    const sort = SORTS[sortName];
    const p = new Params();
    const where = this.conditions(s, p, tsquery);
    const after = this.decode(s, sortName);
    const keyset = after ? `AND (${sort.key}, d.alumnus_id) < (${p.add(after[0])}::${sort.cast}, ${p.add(after[1])}::uuid)` : '';
    const { rows } = await this.pool.query<PageRow>(
      `WITH page AS MATERIALIZED (
         SELECT d.alumnus_id, ${sort.key} AS k FROM search_documents d WHERE ${where} ${keyset}
          ORDER BY ${sort.key} DESC, d.alumnus_id DESC LIMIT ${s.limit + 1}
       )
       SELECT ${this.pageSelect('page')} AS hits`,
      p.values,
    );
    return this.toPage(s, sortName, rows[0].hits);
  }

  /** The page (alumnus id and sort key, limit + 1 rows) as one JSON array, best first. */
  private pageSelect(page: string): string {
    return `(SELECT coalesce(json_agg(json_build_array(pg.alumnus_id, pg.k) ORDER BY pg.k DESC, pg.alumnus_id DESC), '[]'::json) FROM ${page} pg)`;
  }

  private toPage(s: NormalizedSearch, sortName: string, rows: Array<[string, number | string | Date]>) {
    const more = rows.length > s.limit;
    const pageRows = more ? rows.slice(0, s.limit) : rows;
    const last = pageRows[pageRows.length - 1];
    const relevance = sortName === 'relevance';
    const cursorKey = (k: number | string | Date) =>
      relevance ? String(k) : sortName === 'lastConfirmedAt' ? new Date(k).toISOString() : Number(k);
    return {
      hits: pageRows.map(([alumnusId, k]) => (relevance ? { alumnusId, score: Number(k) } : { alumnusId })),
      nextCursor: more ? encodeCursor([sortName, cursorKey(last[1]), last[0]]) : null,
    };
  }

  private facetColumns(s: NormalizedSearch): string {
    const columns = [...new Set(s.facets.map((f) => FACET_COLUMNS[f].column))];
    return columns.map((c) => `, d.${c}`).join('');
  }

  /**
   * Top SEARCH_MAX_FACET_VALUES values per facet over `source`, as one JSON array. An array
   * column is unnested in the select list (one ProjectSet node), not as a lateral function scan
   * per row, which costs more than twice as much for `skills`.
   */
  private facetSelect(s: NormalizedSearch, source: string): string {
    if (s.facets.length === 0) return `'[]'::json`;
    const parts = s.facets.map((field) => {
      const { column, array } = FACET_COLUMNS[field];
      const from = array
        ? `(SELECT unnest(f.${column}) AS v FROM ${source} f) x`
        : `${source} f CROSS JOIN LATERAL (SELECT f.${column}::text AS v) x`;
      return `(SELECT '${field}' AS field, v AS value, count(*)::int AS n FROM ${from}
                WHERE v IS NOT NULL GROUP BY v ORDER BY n DESC, v LIMIT ${SEARCH_MAX_FACET_VALUES})`;
    });
    return `(SELECT coalesce(json_agg(json_build_array(fx.field, fx.value, fx.n)), '[]'::json) FROM (${parts.join(' UNION ALL ')}) fx)`;
  }

  private toFacets(s: NormalizedSearch, rows: FacetRow[]): SearchFacets {
    const out: SearchFacets = Object.fromEntries(s.facets.map((f) => [f, {}]));
    for (const [field, value, n] of rows) out[field]![value] = n;
    return out;
  }

  /**
   * Web-search syntax → tsquery text. Words are normalised by the same SQL function as the
   * documents; each plain word of 5+ letters also matches dictionary words within Meilisearch's
   * typo budget; the last word also matches as a prefix. Returns '' when nothing is searchable.
   */
  private async compileText(q: string): Promise<string> {
    const { tokens, prefixLast } = parseWebSearch(q);
    if (tokens.length === 0) return '';
    // One round trip: normalise every token with the documents' own function, and look up
    // dictionary neighbours of each plain word long enough for a typo (5+ characters).
    // A fixed text, so a named (prepared) statement, parsed once per connection. The arrays are
    // read through `(SELECT $n)` so that PostgreSQL keeps its generic plan: with bare parameters
    // it priced the generic plan above a custom one and planned the statement on every call.
    const { rows } = await this.pool.query<{ n: string | null; alts: string[] | null }>({
      name: 'search_compile_text',
      text: `SELECT x.n, CASE WHEN u.eligible AND length(x.n) >= 5 AND strpos(x.n, ' ') = 0
                        THEN ARRAY(SELECT search_similar_words(x.n, 8)) END AS alts
         FROM unnest((SELECT $1::text[]), (SELECT $2::boolean[])) WITH ORDINALITY AS u(t, eligible, i)
         CROSS JOIN LATERAL (SELECT search_normalize(u.t) AS n) x
        ORDER BY u.i`,
      values: [tokens.map((t) => t.text), tokens.map((t) => t.kind === 'word' && !t.negated)],
    });
    const words = rows.map((r) => (r.n ?? '').split(' ').filter(Boolean));
    const alternatives = new Map<string, string[]>();
    rows.forEach((r, i) => {
      const input = words[i][0];
      const close = (r.alts ?? []).filter((w) => editDistance(input, w) <= allowedTypos(input));
      if (close.length > 0) alternatives.set(input, close);
    });
    const lexeme = (w: string) => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
    let out = '';
    tokens.forEach((t, i) => {
      const ws = words[i];
      if (ws.length === 0) return;
      let term: string;
      if (ws.length > 1) {
        term = `(${ws.map(lexeme).join(' <-> ')})`;
      } else {
        const options = [lexeme(ws[0]) + (prefixLast && i === tokens.length - 1 ? ':*' : '')];
        if (!t.negated) options.push(...(alternatives.get(ws[0]) ?? []).map(lexeme));
        term = options.length > 1 ? `(${options.join(' | ')})` : options[0];
      }
      if (t.negated) term = `!${term}`;
      out += out === '' ? term : ` ${t.orWithPrevious ? '|' : '&'} ${term}`;
    });
    return out;
  }
}
