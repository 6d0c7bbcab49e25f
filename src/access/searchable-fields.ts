/**
 * The one table of the profile fields a recruiter sees in a preview, and what search may do with
 * each: filter, facet, sort, match free text. Everything else is derived from it: the preview's
 * shape and OpenAPI schema, the search query parameters and their validation, the search
 * projection's columns, the SQL filters and facets, and the Meilisearch settings.
 *
 * It lives in access/ because the preview is an access rule (what an org may see of an alumnus
 * before an unlock); search sits above access and reads it from here.
 *
 * A new field is one line here plus a migration adding its column to `alumni` and
 * `search_documents` (and to `search_text` when it is matched as free text), with the index its
 * filter or sort needs. No field here may identify the person: Meilisearch keeps even
 * non-displayed attributes searchable, so nothing personal may ever be indexed.
 */

/** How a field is stored: the SQL type of its column (the same in `alumni` and `search_documents`). */
export type SearchableType = 'text' | 'text[]' | 'integer' | 'boolean';

/** The search query parameter(s) that filter on a field. */
export type SearchableFilter =
  /** A list parameter; a document matches when it holds any of the values (OR within the field). */
  | { kind: 'any'; param: string }
  /** A list parameter over a `text[]` field; a document must hold every value. */
  | { kind: 'all'; param: string }
  /** Two integer parameters, inclusive bounds; `what` names a value in error messages. */
  | { kind: 'range'; min: string; max: string; lowest: number; highest: number; what: string }
  /** One boolean parameter, equality. */
  | { kind: 'flag'; param: string };

export interface SearchableField {
  /** The property in previews, search documents, facets and Meilisearch. */
  key: string;
  /** The column in `alumni` and `search_documents`. */
  column: string;
  type: SearchableType;
  filter?: SearchableFilter;
  /** Counted by `facets=` (Meilisearch needs it filterable, which it is). */
  facet?: true;
  /** A `sort=` choice, newest/highest first; integer fields only (null sorts as 0). */
  sort?: true;
  /**
   * Matched by the free-text query; the number is its rank, 0 first (Meilisearch's `attribute`
   * ranking rule prefers matches in earlier attributes). PostgreSQL weighs the same fields in the
   * generated `search_text` column of the migration.
   */
  text?: number;
}

export const SEARCHABLE_FIELDS = [
  { key: 'headline', column: 'headline', type: 'text', text: 0 },
  { key: 'industry', column: 'industry', type: 'text', text: 3, facet: true, filter: { kind: 'any', param: 'industries' } },
  { key: 'seniority', column: 'seniority', type: 'text', text: 5, facet: true, filter: { kind: 'any', param: 'seniorities' } },
  { key: 'yearsOfExperience', column: 'years_of_experience', type: 'integer' },
  { key: 'city', column: 'city', type: 'text', text: 6, facet: true, filter: { kind: 'any', param: 'cities' } },
  { key: 'country', column: 'country', type: 'text', text: 7, facet: true, filter: { kind: 'any', param: 'countries' } },
  { key: 'skills', column: 'skills', type: 'text[]', text: 1, facet: true, filter: { kind: 'all', param: 'skills' } },
  { key: 'languages', column: 'languages', type: 'text[]', text: 8, facet: true, filter: { kind: 'any', param: 'languages' } },
  { key: 'program', column: 'program', type: 'text', text: 2, facet: true, filter: { kind: 'any', param: 'programs' } },
  { key: 'degreeLevel', column: 'degree_level', type: 'text', text: 4, facet: true, filter: { kind: 'any', param: 'degreeLevels' } },
  {
    key: 'graduationYear',
    column: 'graduation_year',
    type: 'integer',
    facet: true,
    sort: true,
    filter: { kind: 'range', min: 'graduationYearMin', max: 'graduationYearMax', lowest: 1900, highest: 2100, what: 'a year' },
  },
  { key: 'openToWork', column: 'open_to_work', type: 'boolean', facet: true, filter: { kind: 'flag', param: 'openToWork' } },
] as const satisfies readonly SearchableField[];

type Field = (typeof SEARCHABLE_FIELDS)[number];
type FilteredField = Extract<Field, { filter: unknown }>;
type FilterOf<K extends SearchableFilter['kind']> = Extract<FilteredField['filter'], { kind: K }>;

export type SearchableKey = Field['key'];
export type SearchableColumn = Field['column'];

/** A field's value as previews and search documents hold it. */
export type SearchableValue<T extends SearchableType> = T extends 'text'
  ? string | null
  : T extends 'text[]'
    ? string[]
    : T extends 'integer'
      ? number | null
      : boolean;

/** The searchable fields of one alumnus, by key. */
export type SearchableValues = { [F in Field as F['key']]: SearchableValue<F['type']> };
/** The same, by column (rows of `search_documents`). */
export type SearchableColumnValues = { [F in Field as F['column']]: SearchableValue<F['type']> };

/** The search filters the table defines (`associationIds`, a scope filter, is not a profile field). */
export type SearchableFilters = { [P in FilterOf<'any' | 'all'>['param']]?: string[] } & {
  [P in FilterOf<'range'>['min'] | FilterOf<'range'>['max']]?: number;
} & { [P in FilterOf<'flag'>['param']]?: boolean };

export const SEARCHABLE_KEYS: readonly SearchableKey[] = SEARCHABLE_FIELDS.map((f) => f.key);

export type FacetKey = Extract<Field, { facet: true }>['key'];
export type SortKey = Extract<Field, { sort: true }>['key'];

/** Fields that `facets=` may count. */
export const FACET_KEYS: readonly FacetKey[] = SEARCHABLE_FIELDS.filter((f): f is Extract<Field, { facet: true }> => 'facet' in f).map(
  (f) => f.key,
);
/** Fields that `sort=` may order by. */
export const SORT_KEYS: readonly SortKey[] = SEARCHABLE_FIELDS.filter((f): f is Extract<Field, { sort: true }> => 'sort' in f).map(
  (f) => f.key,
);
/** Fields matched by free text, best-ranked first. */
export const TEXT_KEYS = SEARCHABLE_FIELDS.filter((f): f is Extract<Field, { text: number }> => 'text' in f)
  .sort((a, b) => a.text - b.text)
  .map((f) => f.key);
/** Fields that filters or facets read. */
export const FILTERABLE_KEYS = SEARCHABLE_FIELDS.filter((f) => 'filter' in f || 'facet' in f).map((f) => f.key);

/** Every field with a filter, with it. */
export const FILTERED_FIELDS: ReadonlyArray<SearchableField & { filter: SearchableFilter }> = SEARCHABLE_FIELDS.filter(
  (f): f is FilteredField => 'filter' in f,
);

for (const f of SEARCHABLE_FIELDS as readonly SearchableField[]) {
  if (f.sort && f.type !== 'integer') throw new Error(`searchable field ${f.key}: only integer fields can be sorted`);
  if (f.filter?.kind === 'all' && f.type !== 'text[]') throw new Error(`searchable field ${f.key}: 'all' filters need a text[] field`);
  if (f.filter?.kind === 'range' && f.type !== 'integer') throw new Error(`searchable field ${f.key}: range filters need an integer field`);
  if (f.filter?.kind === 'flag' && f.type !== 'boolean') throw new Error(`searchable field ${f.key}: flag filters need a boolean field`);
}

/** A field's value as stored when absent: an empty list, false, or null. */
export function emptyValue(type: SearchableType): string[] | boolean | null {
  return type === 'text[]' ? [] : type === 'boolean' ? false : null;
}
