import type { Pool } from 'pg';
import { EntityManager } from 'typeorm';
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
} from './search.port';

/** Ranking and date-sorting with text work on at most this many matches (NOTES: O(matches)). */
export const PG_CANDIDATE_CAP = 5000;
/** Facet counts are exact up to this many matches, and computed on the first ones beyond. */
export const PG_FACET_CAP = 10000;

const FACET_COLUMNS: Record<SearchFacetField, { column: string; array: boolean }> = {
  associationId: { column: 'association_id', array: false },
  program: { column: 'program', array: false },
  degreeLevel: { column: 'degree_level', array: false },
  graduationYear: { column: 'graduation_year', array: false },
  skills: { column: 'skills', array: true },
  industry: { column: 'industry', array: false },
  country: { column: 'country', array: false },
  city: { column: 'city', array: false },
  seniority: { column: 'seniority', array: false },
  languages: { column: 'languages', array: true },
  openToWork: { column: 'open_to_work', array: false },
};

const SCALAR_FILTERS = [
  ['programs', 'program'],
  ['degreeLevels', 'degree_level'],
  ['industries', 'industry'],
  ['countries', 'country'],
  ['cities', 'city'],
  ['seniorities', 'seniority'],
] as const;

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

const SORTS: Record<'graduationYear' | 'lastConfirmedAt', SortSpec> = {
  graduationYear: { name: 'graduationYear', key: 'coalesce(d.graduation_year, 0)', cast: 'integer', shape: 'number' },
  lastConfirmedAt: { name: 'lastConfirmedAt', key: 'd.last_confirmed_at', cast: 'timestamptz', shape: 'date' },
};

/**
 * PostgreSQL full-text search over the `search_documents` projection: tsvector + GIN with
 * unaccent and the `simple` configuration, prefix on the last word, typo tolerance through the
 * `search_words` dictionary, bounded ranking and counting, keyset cursors for every sort.
 */
export class PostgresSearchAdapter implements SearchEngine, SearchIndexer {
  constructor(
    private readonly pool: Pool,
    private readonly projection = new SearchProjectionRepository(),
  ) {}

  upsertDocument(manager: EntityManager, doc: SearchDocument): Promise<void> {
    return this.projection.upsert(manager, doc);
  }

  removeDocument(manager: EntityManager, alumnusId: string): Promise<void> {
    return this.projection.remove(manager, alumnusId);
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
    const [page, count, facets] = await Promise.all([
      tsquery !== null && sort === 'relevance' ? this.rankedPage(s, tsquery) : this.sortedPage(s, tsquery, sort as keyof typeof SORTS),
      this.count(s, tsquery),
      s.facets.length > 0 ? this.facets(s, tsquery) : Promise.resolve({} as SearchFacets),
    ]);
    return {
      hits: page.hits,
      facets,
      estimatedTotal: Math.min(count, SEARCH_MAX_TOTAL),
      totalCapped: count > SEARCH_MAX_TOTAL,
      nextCursor: page.nextCursor,
    };
  }

  /** Scope and filters as SQL conditions on alias `d`. */
  private conditions(s: NormalizedSearch, p: Params, tsquery: string | null): string {
    const f = s.filters;
    const where = [
      // Scope rule: only associations open to this org, and never an alumnus who blocked it.
      `d.association_id = ANY(${p.add(s.associationIds)}::uuid[])`,
      `NOT (d.blocked_org_ids @> ARRAY[${p.add(s.orgId)}::uuid])`,
    ];
    for (const [filter, column] of SCALAR_FILTERS) {
      const values = f[filter];
      if (values) where.push(`d.${column} = ANY(${p.add(values)}::text[])`);
    }
    if (f.skills) where.push(`d.skills @> ${p.add(f.skills)}::text[]`);
    if (f.languages) where.push(`d.languages && ${p.add(f.languages)}::text[]`);
    if (f.graduationYearMin !== undefined) where.push(`d.graduation_year >= ${p.add(f.graduationYearMin)}::integer`);
    if (f.graduationYearMax !== undefined) where.push(`d.graduation_year <= ${p.add(f.graduationYearMax)}::integer`);
    if (f.openToWork !== undefined) where.push(`d.open_to_work = ${p.add(f.openToWork)}::boolean`);
    if (tsquery !== null) where.push(`d.search_text @@ to_tsquery('simple', ${p.add(tsquery)})`);
    return where.join(' AND ');
  }

  private decode(s: NormalizedSearch, sort: string): unknown[] | undefined {
    if (s.cursor === undefined) return undefined;
    const shape = sort === 'relevance' ? (['string', 'string', 'uuid'] as const) : (['string', SORTS[sort as keyof typeof SORTS].shape, 'uuid'] as const);
    const values = decodeCursor(s.cursor, shape);
    if (values[0] !== sort || (sort === 'relevance' && !/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(String(values[1])))) {
      throw new DomainError('invalid_cursor', 'The cursor is invalid or belongs to another listing', {
        errors: [{ field: 'cursor', message: 'invalid cursor' }],
      });
    }
    return values.slice(1);
  }

  private async rankedPage(s: NormalizedSearch, tsquery: string): Promise<{ hits: SearchResult['hits']; nextCursor: string | null }> {
    const p = new Params();
    const where = this.conditions(s, p, tsquery);
    const after = this.decode(s, 'relevance');
    const tsq = p.add(tsquery);
    const keyset = after ? `WHERE (r.rank, r.alumnus_id) < (${p.add(after[0])}::real, ${p.add(after[1])}::uuid)` : '';
    const sql = `
      WITH cand AS MATERIALIZED (
        SELECT d.alumnus_id, d.search_text FROM search_documents d WHERE ${where} LIMIT ${PG_CANDIDATE_CAP}
      ), r AS (
        SELECT alumnus_id, ts_rank(search_text, to_tsquery('simple', ${tsq}), 1)::real AS rank FROM cand
      )
      SELECT r.alumnus_id, r.rank::text AS rank FROM r ${keyset}
      ORDER BY r.rank DESC, r.alumnus_id DESC LIMIT ${s.limit + 1}`;
    const { rows } = await this.pool.query<{ alumnus_id: string; rank: string }>(sql, p.values);
    const more = rows.length > s.limit;
    const pageRows = more ? rows.slice(0, s.limit) : rows;
    const last = pageRows[pageRows.length - 1];
    return {
      hits: pageRows.map((r) => ({ alumnusId: r.alumnus_id, score: Number(r.rank) })),
      nextCursor: more ? encodeCursor(['relevance', last.rank, last.alumnus_id]) : null,
    };
  }

  private async sortedPage(
    s: NormalizedSearch,
    tsquery: string | null,
    sortName: keyof typeof SORTS,
  ): Promise<{ hits: SearchResult['hits']; nextCursor: string | null }> {
    const sort = SORTS[sortName];
    const build = (boundedFirst: boolean) => {
      const p = new Params();
      const where = this.conditions(s, p, tsquery);
      const after = this.decode(s, sortName);
      const keyset = after ? `AND (${sort.key}, d.alumnus_id) < (${p.add(after[0])}::${sort.cast}, ${p.add(after[1])}::uuid)` : '';
      const select = `${sort.key} AS sort_key, d.alumnus_id`;
      // With a text query, the match set is formed first: otherwise the planner may walk the
      // whole date index looking for a rare term (NOTES: 0.6–1.7 s).
      const sql = boundedFirst
        ? `WITH cand AS MATERIALIZED (
             SELECT d.* FROM search_documents d WHERE ${where} LIMIT ${PG_CANDIDATE_CAP + 1}
           )
           SELECT ${select}, (SELECT count(*) FROM cand) AS matched FROM cand d WHERE true ${keyset}
           ORDER BY ${sort.key} DESC, d.alumnus_id DESC LIMIT ${s.limit + 1}`
        : `SELECT ${select}, 0 AS matched FROM search_documents d WHERE ${where} ${keyset}
           ORDER BY ${sort.key} DESC, d.alumnus_id DESC LIMIT ${s.limit + 1}`;
      return { sql, values: p.values };
    };
    type Row = { sort_key: number | Date; alumnus_id: string; matched: string };
    let rows: Row[];
    if (tsquery !== null) {
      const bounded = build(true);
      rows = (await this.pool.query<Row>(bounded.sql, bounded.values)).rows;
      // A common term: matches are dense, so walking the sort index finds them quickly.
      if (rows.length > 0 && Number(rows[0].matched) > PG_CANDIDATE_CAP) {
        const direct = build(false);
        rows = (await this.pool.query<Row>(direct.sql, direct.values)).rows;
      }
    } else {
      const direct = build(false);
      rows = (await this.pool.query<Row>(direct.sql, direct.values)).rows;
    }
    const more = rows.length > s.limit;
    const pageRows = more ? rows.slice(0, s.limit) : rows;
    const last = pageRows[pageRows.length - 1];
    const keyOf = (r: Row) => (r.sort_key instanceof Date ? r.sort_key.toISOString() : Number(r.sort_key));
    return {
      hits: pageRows.map((r) => ({ alumnusId: r.alumnus_id })),
      nextCursor: more ? encodeCursor([sortName, keyOf(last), last.alumnus_id]) : null,
    };
  }

  /** Exact up to SEARCH_MAX_TOTAL + 1 matches, which is all the caller is told. */
  private async count(s: NormalizedSearch, tsquery: string | null): Promise<number> {
    const p = new Params();
    const where = this.conditions(s, p, tsquery);
    const { rows } = await this.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM search_documents d WHERE ${where} LIMIT ${SEARCH_MAX_TOTAL + 1}) c`,
      p.values,
    );
    return rows[0].n;
  }

  private async facets(s: NormalizedSearch, tsquery: string | null): Promise<SearchFacets> {
    const p = new Params();
    const where = this.conditions(s, p, tsquery);
    const columns = [...new Set(s.facets.map((f) => FACET_COLUMNS[f].column))];
    const parts = s.facets.map((field) => {
      const { column, array } = FACET_COLUMNS[field];
      const from = array ? `f, unnest(f.${column}) AS v` : `f CROSS JOIN LATERAL (SELECT f.${column}::text AS v) x`;
      return `(SELECT '${field}' AS field, v AS value, count(*)::int AS n FROM ${from}
                WHERE v IS NOT NULL GROUP BY v ORDER BY n DESC, v LIMIT ${SEARCH_MAX_FACET_VALUES})`;
    });
    const sql = `
      WITH f AS MATERIALIZED (SELECT ${columns.map((c) => `d.${c}`).join(', ')} FROM search_documents d WHERE ${where} LIMIT ${PG_FACET_CAP})
      ${parts.join(' UNION ALL ')}`;
    const { rows } = await this.pool.query<{ field: SearchFacetField; value: string; n: number }>(sql, p.values);
    const out: SearchFacets = Object.fromEntries(s.facets.map((f) => [f, {}]));
    for (const r of rows) out[r.field]![r.value] = r.n;
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
    const { rows } = await this.pool.query<{ n: string | null }>(
      `SELECT search_normalize(t) AS n FROM unnest($1::text[]) WITH ORDINALITY AS u(t, i) ORDER BY i`,
      [tokens.map((t) => t.text)],
    );
    const words = rows.map((r) => (r.n ?? '').split(' ').filter(Boolean));
    const typoCandidates = new Set<string>();
    tokens.forEach((t, i) => {
      if (t.kind === 'word' && !t.negated && words[i].length === 1 && allowedTypos(words[i][0]) > 0) typoCandidates.add(words[i][0]);
    });
    const alternatives = new Map<string, string[]>();
    if (typoCandidates.size > 0) {
      const found = await this.pool.query<{ input: string; word: string }>(
        `SELECT u.input, s.word FROM unnest($1::text[]) AS u(input)
           CROSS JOIN LATERAL search_similar_words(u.input, 8) AS s(word)`,
        [[...typoCandidates]],
      );
      for (const r of found.rows) {
        if (editDistance(r.input, r.word) <= allowedTypos(r.input)) {
          alternatives.set(r.input, [...(alternatives.get(r.input) ?? []), r.word]);
        }
      }
    }
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
