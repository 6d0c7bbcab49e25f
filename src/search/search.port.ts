import type { EntityManager } from 'typeorm';
import { FACET_KEYS, FacetKey, SearchableFilters, SearchableValues, SORT_KEYS, SortKey } from '../access/searchable-fields';

/**
 * What may be indexed about an alumnus: only consented, non-identifying professional fields.
 * Built by `toSearchDocument` (search-document.mapper.ts), never by hand.
 */
export interface SearchDocument extends SearchableValues {
  alumnusId: string;
  associationId: string;
  /** Orgs the alumnus blocked; such an org never sees this document. */
  blockedOrgIds: string[];
  lastConfirmedAt: Date;
}

/** `associationId` (which association) and the searchable fields marked `facet`. */
export type SearchFacetField = 'associationId' | FacetKey;
export const SEARCH_FACET_FIELDS: readonly SearchFacetField[] = ['associationId', ...FACET_KEYS];

/** `relevance`, the searchable fields marked `sort`, then the consent time. */
export type SearchSort = 'relevance' | SortKey | 'lastConfirmedAt';
export const SEARCH_SORTS: readonly SearchSort[] = ['relevance', ...SORT_KEYS, 'lastConfirmedAt'];

/**
 * Filters combine with AND across fields and OR within a field, except on fields whose filter
 * kind is `all` (skills: every value must match).
 */
export type SearchFilters = SearchableFilters & { associationIds?: string[] };

export interface SearchQuery {
  /** Free text; only the first SEARCH_MAX_QUERY_WORDS words count. */
  q?: string;
  filters?: SearchFilters;
  /** `relevance` without `q` orders by lastConfirmedAt. */
  sort?: SearchSort;
  /** 1–100, default 20. */
  limit?: number;
  cursor?: string;
  facets?: SearchFacetField[];
}

/**
 * What the calling org may see. Mandatory on every search so that no adapter can forget it:
 * `associationIds` are the associations open to the org (access policy and admin blocks already
 * applied by the caller), `orgId` excludes documents whose alumnus blocked the org. Consent is
 * enforced upstream: only searchable profiles are ever indexed.
 */
export interface SearchScope {
  orgId: string;
  associationIds: readonly string[];
  /**
   * Consent lapse: documents whose lastConfirmedAt (the later of the consent time and the last
   * confirmation) is not after this instant are excluded from hits and facets.
   */
  confirmedAfter?: Date;
}

export interface SearchHit {
  alumnusId: string;
  score?: number;
}

export type SearchFacets = Partial<Record<SearchFacetField, Record<string, number>>>;

export interface SearchResult {
  hits: SearchHit[];
  facets: SearchFacets;
  /** At most SEARCH_MAX_TOTAL; `totalCapped` says there are more. */
  estimatedTotal: number;
  totalCapped: boolean;
  nextCursor: string | null;
}

/** Called by the alumni feature inside its own transaction for every change that affects search. */
export interface SearchIndexer {
  upsertDocument(manager: EntityManager, doc: SearchDocument): Promise<void>;
  removeDocument(manager: EntityManager, alumnusId: string): Promise<void>;
  /** Batch forms: one statement per call, for imports. */
  upsertDocuments(manager: EntityManager, docs: SearchDocument[]): Promise<void>;
  removeDocuments(manager: EntityManager, alumnusIds: string[]): Promise<void>;
  /**
   * Drops typo-dictionary words no document holds any more (after an erasure), when the adapter
   * keeps one; `words` limits the check to those words (the erased document's).
   */
  pruneDictionary?(manager: EntityManager, words?: string[]): Promise<number>;
}

export interface SearchEngine {
  search(query: SearchQuery, scope: SearchScope): Promise<SearchResult>;
}

/** DI tokens; SearchModule binds both to the adapter chosen by configuration. */
export const SEARCH_INDEXER = Symbol('SEARCH_INDEXER');
export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

export const SEARCH_MAX_QUERY_WORDS = 10;
export const SEARCH_MAX_TOTAL = 1000;
export const SEARCH_MAX_FACET_VALUES = 100;
export const SEARCH_DEFAULT_LIMIT = 20;
export const SEARCH_MAX_LIMIT = 100;
