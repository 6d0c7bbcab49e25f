import 'reflect-metadata';
import { ValidationPipe } from '@nestjs/common';
import fc from 'fast-check';
import { FILTERED_FIELDS } from '../../src/access/searchable-fields';
import { createValidationPipe, VALIDATION_PIPE_OPTIONS } from '../../src/common/validation';
import { precheckSearchQuery, SearchQueryDto } from '../../src/search/dto/search-query.dto';
import { SEARCH_FACET_FIELDS, SEARCH_SORTS } from '../../src/search/search.port';

// The search query precheck answers plainly valid query strings without class-validator: it must
// never accept what the global ValidationPipe refuses, and must build exactly what the pipe builds.
const pipe = new ValidationPipe(VALIDATION_PIPE_OPTIONS);
const globalPipe = createValidationPipe();
const metadata = { type: 'query' as const, metatype: SearchQueryDto, data: undefined };

/** What Fastify's query-string parser hands over: an object without prototype, strings or arrays of strings. */
function queryOf(entries: Array<[string, string | string[]]>): Record<string, unknown> {
  const query: Record<string, unknown> = Object.create(null);
  for (const [name, value] of entries) Object.defineProperty(query, name, { value, enumerable: true, writable: true, configurable: true });
  return query;
}

/** The pipe's answer: the built DTO, or the refusal. */
async function viaPipe(query: Record<string, unknown>, through: ValidationPipe = pipe): Promise<{ dto?: unknown; refused?: unknown }> {
  try {
    // The pipe strips prototype keys in place: it gets its own copy.
    return { dto: await through.transform(queryOf(Object.entries(query) as Array<[string, string]>), metadata) };
  } catch (error) {
    // The refusal as the problem+json filter reads it: message and own fields (code, errors…).
    return { refused: { message: (error as Error).message, ...(error as object) } };
  }
}

const RANGE_PARAMS = FILTERED_FIELDS.flatMap(({ filter }) => (filter.kind === 'range' ? [filter.min, filter.max] : []));
const LIST_PARAMS = FILTERED_FIELDS.flatMap(({ filter }) => (filter.kind === 'any' || filter.kind === 'all' ? [filter.param] : []));
const FLAG_PARAMS = FILTERED_FIELDS.flatMap(({ filter }) => (filter.kind === 'flag' ? [filter.param] : []));
const NAMES = ['q', 'associationIds', 'sort', 'limit', 'cursor', 'facets', ...RANGE_PARAMS, ...LIST_PARAMS, ...FLAG_PARAMS];

const values = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    ',',
    'manager',
    'true',
    'false',
    'TRUE',
    '0',
    '1',
    '-1',
    '007',
    '20',
    '100',
    '101',
    '1899',
    '1990',
    '2100',
    '2101',
    '1e3',
    '12345678901',
    ' 5',
    '3.5',
    'city,skills',
    'city, industry ,',
    'nope',
    'relevance',
    'lastConfirmedAt',
    '2b5ad3cc-8d5f-4e3a-9f5e-1f2b3c4d5e6f',
    '2B5AD3CC-8D5F-4E3A-9F5E-1F2B3C4D5E6F',
    '2b5ad3cc-8d5f-4e3a-9f5e-1f2b3c4d5e6',
    'x'.repeat(100),
    'x'.repeat(101),
    'x'.repeat(200),
    'x'.repeat(201),
    '😀'.repeat(100),
    '😀'.repeat(101),
    'c'.repeat(512),
    'c'.repeat(513),
    'a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t',
    'a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u',
    ...SEARCH_SORTS,
    ...SEARCH_FACET_FIELDS,
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ minLength: 95, maxLength: 210 }),
);
/** Values near each parameter's rules (bounds, lists, enums), and any value at all. */
function valuesFor(name: string): fc.Arbitrary<string | string[]> {
  const range = FILTERED_FIELDS.find(({ filter }) => filter.kind === 'range' && (filter.min === name || filter.max === name))?.filter;
  const near: fc.Arbitrary<string> =
    name === 'limit' || range
      ? fc
          .oneof(
            fc.integer({ min: -2, max: 3 }),
            fc.integer({ min: 97, max: 102 }),
            fc.integer({ min: 1897, max: 1902 }),
            fc.integer({ min: 2097, max: 2102 }),
          )
          .map(String)
      : FLAG_PARAMS.includes(name)
        ? fc.constantFrom('true', 'false', 'TRUE', '1', '')
        : name === 'sort'
          ? fc.constantFrom(...SEARCH_SORTS, 'nope', '')
          : name === 'facets'
            ? fc
                .array(fc.constantFrom(...SEARCH_FACET_FIELDS, 'nope', ''), { maxLength: SEARCH_FACET_FIELDS.length + 2 })
                .map((l) => l.join(','))
            : name === 'associationIds'
              ? fc.array(fc.oneof(fc.uuid(), fc.constantFrom('not-a-uuid', '')), { maxLength: 22 }).map((l) => l.join(','))
              : LIST_PARAMS.includes(name)
                ? fc
                    .array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('x'.repeat(100), 'x'.repeat(101))), { maxLength: 22 })
                    .map((l) => l.join(','))
                : values;
  return fc.oneof(
    { weight: 6, arbitrary: near },
    { weight: 2, arbitrary: values },
    { weight: 2, arbitrary: fc.array(fc.oneof(near, values), { minLength: 1, maxLength: 22 }) },
  );
}

const entry = fc
  .oneof(
    { weight: 9, arbitrary: fc.constantFrom(...NAMES) },
    { weight: 1, arbitrary: fc.constantFrom('unknown', 'Q', 'constructor', 'toString', '__proto__', 'facets[]') },
  )
  .chain((name) => valuesFor(name).map((value): [string, string | string[]] => [name, value]));

describe('search query precheck', () => {
  it('builds the DTO the ValidationPipe builds for the queries the bench and the web app send', async () => {
    for (const entries of [
      [
        ['q', 'manager'],
        ['facets', 'city,skills,industry'],
      ],
      [
        ['q', 'fortran'],
        ['facets', ['city', 'skills']],
        ['limit', '50'],
        ['sort', 'relevance'],
      ],
      [
        ['skills', ['SQL', 'Python,Go']],
        ['openToWork', 'true'],
        ['graduationYearMin', '2000'],
        ['cursor', 'abc'],
      ],
      [],
    ] as Array<Array<[string, string | string[]]>>) {
      const query = queryOf(entries);
      const dto = precheckSearchQuery(query);
      expect(dto).toBeInstanceOf(SearchQueryDto);
      const { dto: expected } = await viaPipe(query);
      expect(dto).toEqual(expected);
      expect(Object.keys(dto!)).toEqual(Object.keys(expected as object));
    }
  });

  it('never accepts a query the pipe refuses, and builds the same DTO when it accepts', async () => {
    let accepted = 0;
    let refusedByPipe = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 4 }), async (entries) => {
        // A repeated name is an array in the parsed query string.
        const merged = new Map<string, string | string[]>();
        for (const [name, value] of entries) {
          const before = merged.get(name);
          merged.set(name, before === undefined ? value : [before, value].flat());
        }
        const query = queryOf([...merged]);
        const dto = precheckSearchQuery(query);
        const answer = await viaPipe(query);
        if (answer.refused) refusedByPipe++;
        // The global pipe (precheck first) answers exactly as the plain pipe, refusals included.
        expect(await viaPipe(query, globalPipe)).toEqual(answer);
        if (dto === undefined) return;
        accepted++;
        expect(answer.refused).toBeUndefined();
        expect(dto).toBeInstanceOf(SearchQueryDto);
        expect(dto).toEqual(answer.dto);
        expect(Object.keys(dto)).toEqual(Object.keys(answer.dto as object));
      }),
      { numRuns: 3000 },
    );
    // Both sides were exercised.
    expect(accepted).toBeGreaterThan(200);
    expect(refusedByPipe).toBeGreaterThan(200);
  });
});
