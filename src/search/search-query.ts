import { FILTERED_FIELDS } from '../access/searchable-fields';
import { DomainError, FieldError } from '../common/domain-error';
import {
  SEARCH_DEFAULT_LIMIT,
  SEARCH_FACET_FIELDS,
  SEARCH_MAX_LIMIT,
  SEARCH_MAX_QUERY_WORDS,
  SEARCH_SORTS,
  SearchFacetField,
  SearchFilters,
  SearchQuery,
  SearchScope,
  SearchSort,
} from './search.port';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_VALUES_PER_FILTER = 100;
const MAX_VALUE_LENGTH = 200;
const MAX_QUERY_LENGTH = 500;

/** A query after validation, identical for every adapter. */
export interface NormalizedSearch {
  q: string;
  filters: SearchFilters;
  sort: SearchSort;
  limit: number;
  cursor?: string;
  facets: SearchFacetField[];
  /** Scope ∩ `filters.associationIds`; empty means nothing can match. */
  associationIds: string[];
  orgId: string;
  confirmedAfter?: Date;
}

/**
 * Validates a query and folds the scope into it. Adapters never see a raw query, so the scope
 * (which associations the org may see, which org is asking) cannot be dropped on the way.
 */
export function normalizeSearch(query: SearchQuery, scope: SearchScope): NormalizedSearch {
  const errors: FieldError[] = [];
  if (!scope || typeof scope.orgId !== 'string' || !UUID.test(scope.orgId) || !Array.isArray(scope.associationIds)) {
    throw new Error('search scope is required (orgId uuid, associationIds)');
  }
  const q = typeof query.q === 'string' ? query.q.slice(0, MAX_QUERY_LENGTH) : '';
  const sort = query.sort ?? 'relevance';
  if (!SEARCH_SORTS.includes(sort)) errors.push({ field: 'sort', message: `must be one of ${SEARCH_SORTS.join(', ')}` });
  const limit = query.limit ?? SEARCH_DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_MAX_LIMIT) {
    errors.push({ field: 'limit', message: `must be an integer between 1 and ${SEARCH_MAX_LIMIT}` });
  }
  const facets = [...new Set(query.facets ?? [])];
  for (const f of facets) {
    if (!SEARCH_FACET_FIELDS.includes(f)) errors.push({ field: 'facets', message: `unknown facet ${String(f).slice(0, 50)}` });
  }

  const input = (query.filters ?? {}) as Record<string, unknown> & SearchFilters;
  const filters: Record<string, unknown> = {};
  for (const { filter } of FILTERED_FIELDS) {
    if (filter.kind === 'any' || filter.kind === 'all') {
      const values = input[filter.param];
      if (values === undefined) continue;
      if (
        !Array.isArray(values) ||
        values.length > MAX_VALUES_PER_FILTER ||
        values.some((v) => typeof v !== 'string' || v.length > MAX_VALUE_LENGTH)
      ) {
        errors.push({
          field: filter.param,
          message: `must be at most ${MAX_VALUES_PER_FILTER} strings of at most ${MAX_VALUE_LENGTH} characters`,
        });
        continue;
      }
      if (values.length > 0) filters[filter.param] = [...new Set(values)];
    } else if (filter.kind === 'range') {
      for (const name of [filter.min, filter.max]) {
        const v = input[name];
        if (v === undefined) continue;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < filter.lowest || v > filter.highest) {
          errors.push({ field: name, message: `must be ${filter.what} between ${filter.lowest} and ${filter.highest}` });
        } else filters[name] = v;
      }
    } else {
      const v = input[filter.param];
      if (v === undefined) continue;
      if (typeof v !== 'boolean') errors.push({ field: filter.param, message: 'must be a boolean' });
      else filters[filter.param] = v;
    }
  }
  let associationIds = scope.associationIds.filter((id) => UUID.test(id)).map((id) => id.toLowerCase());
  if (input.associationIds !== undefined) {
    if (!Array.isArray(input.associationIds) || input.associationIds.length > MAX_VALUES_PER_FILTER) {
      errors.push({ field: 'associationIds', message: `must be at most ${MAX_VALUES_PER_FILTER} ids` });
    } else if (input.associationIds.length > 0) {
      const wanted = new Set(input.associationIds.map((id) => String(id).toLowerCase()));
      // The filter can only narrow the scope, never widen it.
      associationIds = associationIds.filter((id) => wanted.has(id));
      filters.associationIds = [...wanted];
    }
  }
  if (errors.length > 0) throw new DomainError('validation_failed', 'The search query is invalid', { errors });
  return {
    q,
    filters: filters as SearchFilters,
    sort,
    limit,
    cursor: query.cursor,
    facets,
    associationIds: [...new Set(associationIds)],
    orgId: scope.orgId.toLowerCase(),
    confirmedAfter:
      scope.confirmedAfter instanceof Date && !Number.isNaN(scope.confirmedAfter.getTime()) ? scope.confirmedAfter : undefined,
  };
}

export interface QueryToken {
  kind: 'word' | 'phrase';
  text: string;
  negated: boolean;
  /** `a or b`: this token is OR-ed with the previous one. */
  orWithPrevious: boolean;
}

/**
 * Reads web-search syntax (the one `websearch_to_tsquery` accepts): words, "quoted phrases",
 * `-negation` and `or`. Keeps at most SEARCH_MAX_QUERY_WORDS words, like Meilisearch.
 */
export function parseWebSearch(q: string): { tokens: QueryToken[]; prefixLast: boolean } {
  const tokens: QueryToken[] = [];
  const re = /(-?)"([^"]*)"?|(\S+)/g;
  let pendingOr = false;
  let words = 0;
  for (let m = re.exec(q); m !== null && words < SEARCH_MAX_QUERY_WORDS; m = re.exec(q)) {
    if (m[3] !== undefined) {
      const raw = m[3];
      if (raw.toLowerCase() === 'or' && tokens.length > 0) {
        pendingOr = true;
        continue;
      }
      const negated = raw.startsWith('-') && raw.length > 1;
      const text = negated ? raw.slice(1) : raw;
      if (text.replace(/[^\p{L}\p{N}]/gu, '') === '') continue;
      tokens.push({ kind: 'word', text, negated, orWithPrevious: pendingOr });
      words++;
    } else {
      const text = m[2];
      const count = text.split(/\s+/).filter(Boolean).length;
      if (count === 0) continue;
      tokens.push({ kind: 'phrase', text, negated: m[1] === '-', orWithPrevious: pendingOr });
      words += count;
    }
    pendingOr = false;
  }
  const last = tokens[tokens.length - 1];
  const prefixLast = last !== undefined && last.kind === 'word' && !last.negated && !/\s$/.test(q);
  return { tokens, prefixLast };
}

/** Damerau–Levenshtein (optimal string alignment) distance, for typo tolerance checks. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d[i] = [i];
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Meilisearch's default: one typo from 5 characters, two from 9. */
export function allowedTypos(word: string): number {
  const n = [...word].length;
  return n >= 9 ? 2 : n >= 5 ? 1 : 0;
}
