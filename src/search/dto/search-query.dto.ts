import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  isIn,
  isUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { registerPrecheck } from '../../common/validation';
import { FILTERED_FIELDS, SearchableFilters } from '../../access/searchable-fields';
import { SEARCH_DEFAULT_LIMIT, SEARCH_FACET_FIELDS, SEARCH_MAX_LIMIT, SEARCH_SORTS, SearchFacetField, SearchSort } from '../search.port';

export const SEARCH_MAX_Q_LENGTH = 200;
export const SEARCH_MAX_LIST_VALUES = 20;
export const SEARCH_MAX_VALUE_LENGTH = 100;

/** `a,b` or `x=a&x=b` (or both) → ['a', 'b']; anything else is left for the validators to refuse. */
const toList = ({ value }: { value: unknown }) => {
  const parts = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
  if (!parts || parts.some((p) => typeof p !== 'string')) return value;
  return (parts as string[])
    .flatMap((p) => p.split(','))
    .map((p) => p.trim())
    .filter((p) => p !== '');
};
const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d{1,9}$/.test(value) ? Number(value) : value);
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

function ListParam(description: string, each: PropertyDecorator[] = []): PropertyDecorator {
  return (target, key) => {
    for (const d of [
      ApiPropertyOptional({
        type: [String],
        description: `${description} Comma-separated or repeated; at most ${SEARCH_MAX_LIST_VALUES} values of at most ${SEARCH_MAX_VALUE_LENGTH} characters.`,
      }),
      IsOptional(),
      Transform(toList),
      IsArray(),
      ArrayMaxSize(SEARCH_MAX_LIST_VALUES),
      IsString({ each: true }),
      MaxLength(SEARCH_MAX_VALUE_LENGTH, { each: true }),
      ...each,
    ]) {
      d(target, key);
    }
  };
}

/** The free text, the scope filter, then one parameter per filter of SEARCHABLE_FIELDS (below). */
class SearchFilterParams {
  @ApiPropertyOptional({
    maxLength: SEARCH_MAX_Q_LENGTH,
    description: 'Free text: words, "phrases", -negation, or. Accents and case are ignored; small typos are tolerated.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_Q_LENGTH)
  q?: string;

  @ListParam('Narrows the scope to these associations.', [IsUUID('all', { each: true })])
  associationIds?: string[];
}
// Declaration merging types the parameters the loop below declares.
interface SearchFilterParams extends SearchableFilters {}

/** `degreeLevels` → "Degree levels". */
function label(param: string): string {
  const words = param.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function apply(name: string, decorators: PropertyDecorator[]): void {
  for (const d of decorators) d(SearchFilterParams.prototype, name);
}

for (const { filter } of FILTERED_FIELDS) {
  switch (filter.kind) {
    case 'any':
      apply(filter.param, [ListParam(`${label(filter.param)} (any).`)]);
      break;
    case 'all':
      apply(filter.param, [ListParam(`${label(filter.param)} (all must match).`)]);
      break;
    case 'range':
      for (const name of [filter.min, filter.max]) {
        apply(name, [
          ApiPropertyOptional({ type: Number, minimum: filter.lowest, maximum: filter.highest }),
          IsOptional(),
          Transform(toInt),
          IsInt(),
          Min(filter.lowest),
          Max(filter.highest),
        ]);
      }
      break;
    case 'flag':
      apply(filter.param, [ApiPropertyOptional({ type: Boolean }), IsOptional(), Transform(toBool), IsBoolean()]);
      break;
  }
}

/** The query parameters of the searchable fields' filters, in table order. */
export const SEARCH_FILTER_PARAMS: readonly string[] = FILTERED_FIELDS.flatMap(({ filter }) =>
  filter.kind === 'range' ? [filter.min, filter.max] : [filter.param],
);

/** GET /v1/search query string. Unknown parameters are refused by the global ValidationPipe. */
export class SearchQueryDto extends SearchFilterParams {
  @ApiPropertyOptional({ enum: SEARCH_SORTS, default: 'relevance', description: '`relevance` without `q` orders by lastConfirmedAt.' })
  @IsOptional()
  @IsString()
  @IsIn(SEARCH_SORTS)
  sort?: SearchSort;

  @ApiPropertyOptional({ minimum: 1, maximum: SEARCH_MAX_LIMIT, default: SEARCH_DEFAULT_LIMIT })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(SEARCH_MAX_LIMIT)
  limit?: number;

  @ApiPropertyOptional({ description: "Opaque cursor from a previous page's `nextCursor`." })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;

  @ApiPropertyOptional({ type: [String], enum: SEARCH_FACET_FIELDS, description: 'Facets to count; comma-separated or repeated.' })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(SEARCH_FACET_FIELDS.length)
  @IsIn(SEARCH_FACET_FIELDS, { each: true })
  facets?: SearchFacetField[];
}

type Plain = (value: unknown) => unknown;

/**
 * The parameters of SearchQueryDto, each with a check that accepts only values its decorators
 * above accept and returns the value their @Transform makes of it (undefined otherwise). Lengths
 * are compared in UTF-16 units, never fewer than the characters MaxLength counts.
 */
const PLAIN_PARAMS: ReadonlyMap<string, Plain> = new Map<string, Plain>([
  ['q', (v) => (typeof v === 'string' && v.length <= SEARCH_MAX_Q_LENGTH ? v : undefined)],
  ['associationIds', (v) => plainList(v, SEARCH_MAX_LIST_VALUES, (s) => s.length <= SEARCH_MAX_VALUE_LENGTH && isUUID(s, 'all'))],
  ...FILTERED_FIELDS.flatMap(({ filter }): Array<[string, Plain]> => {
    switch (filter.kind) {
      case 'any':
      case 'all':
        return [[filter.param, (v) => plainList(v, SEARCH_MAX_LIST_VALUES, (s) => s.length <= SEARCH_MAX_VALUE_LENGTH)]];
      case 'range':
        return [filter.min, filter.max].map((name): [string, Plain] => [name, (v) => plainInt(v, filter.lowest, filter.highest)]);
      case 'flag':
        return [[filter.param, (v) => (v === 'true' ? true : v === 'false' ? false : undefined)]];
    }
  }),
  ['sort', (v) => (typeof v === 'string' && isIn(v, SEARCH_SORTS) ? v : undefined)],
  ['limit', (v) => plainInt(v, 1, SEARCH_MAX_LIMIT)],
  ['cursor', (v) => (typeof v === 'string' && v.length <= 512 ? v : undefined)],
  ['facets', (v) => plainList(v, SEARCH_FACET_FIELDS.length, (s) => isIn(s, SEARCH_FACET_FIELDS))],
]);

function plainList(value: unknown, maxSize: number, each: (s: string) => boolean): string[] | undefined {
  const list = toList({ value });
  return Array.isArray(list) && list.length <= maxSize && list.every((s) => typeof s === 'string' && each(s)) ? list : undefined;
}

function plainInt(value: unknown, lowest: number, highest: number): number | undefined {
  const n = toInt({ value });
  return typeof n === 'number' && Number.isInteger(n) && n >= lowest && n <= highest ? n : undefined;
}

/**
 * A plainly valid search query string as the DTO the global ValidationPipe would build from it,
 * or undefined (unknown or repeated parameters, anything out of bounds): the pipe then decides
 * and words the errors. test/search/search-query-precheck.spec.ts holds both to the same answers.
 */
export function precheckSearchQuery(query: unknown): SearchQueryDto | undefined {
  if (query === null || typeof query !== 'object' || Array.isArray(query)) return undefined;
  const dto = new SearchQueryDto() as unknown as Record<string, unknown>;
  for (const [name, value] of Object.entries(query)) {
    const plain = PLAIN_PARAMS.get(name)?.(value);
    if (plain === undefined) return undefined;
    dto[name] = plain;
  }
  return dto as unknown as SearchQueryDto;
}

registerPrecheck(SearchQueryDto, precheckSearchQuery);
