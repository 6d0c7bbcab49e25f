import fc from 'fast-check';
import { buildMeiliFilter, filterCondition, MEILI_FILTERABLE_ATTRIBUTES, quoteFilterValue } from '../../src/search/meilisearch-filter';
import { normalizeSearch } from '../../src/search/search-query';
import { parseFilter } from '../fakes/meili-filter-parser';

const ORG = '11111111-1111-4111-8111-111111111111';
const ASSOC = '22222222-2222-4222-8222-222222222222';

const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom('"', '\\', "'", ' ', 'OR', 'AND', 'NOT', '(', ')', '[', ']', ',', '=', 'é', '\u0000', '\n'),
    maxLength: 20,
  }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

describe('Meilisearch filter escaping', () => {
  it('round-trips any value through the filter grammar', () => {
    fc.assert(
      fc.property(nasty, fc.constantFrom(...MEILI_FILTERABLE_ATTRIBUTES), (value, attribute) => {
        const expression = filterCondition(attribute, '=', value);
        expect(parseFilter(expression)).toEqual({ type: 'cmp', attribute, op: '=', value });
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps an injected operator inside the literal', () => {
    const value = 'x" OR associationId != "y';
    expect(quoteFilterValue(value)).toBe('"x\\" OR associationId != \\"y"');
    expect(parseFilter(filterCondition('city', '=', value))).toEqual({ type: 'cmp', attribute: 'city', op: '=', value });
    expect(quoteFilterValue('a\\')).toBe('"a\\\\"');
  });

  it('builds an array filter whose every expression parses back to the user values', () => {
    fc.assert(
      fc.property(fc.array(nasty, { minLength: 1, maxLength: 3 }), fc.array(nasty, { maxLength: 3 }), (cities, skills) => {
        const s = normalizeSearch(
          { filters: { cities, skills, graduationYearMin: 2000, openToWork: true } },
          { orgId: ORG, associationIds: [ASSOC] },
        );
        const filter = buildMeiliFilter(s);
        const parsed = filter.map((part) => (Array.isArray(part) ? part.map((p) => parseFilter(p)) : parseFilter(part)));
        expect(parsed[0]).toEqual([{ type: 'cmp', attribute: 'associationId', op: '=', value: ASSOC }]);
        expect(parsed[1]).toEqual({ type: 'not', item: { type: 'cmp', attribute: 'blockedOrgIds', op: '=', value: ORG } });
        const cityValues = (parsed[2] as Array<{ value: string }>).map((n) => n.value);
        expect(cityValues).toEqual([...new Set(cities)]);
        const skillValues = parsed
          .slice(3)
          .filter((n) => !Array.isArray(n) && n.type === 'cmp' && n.attribute === 'skills')
          .map((n) => (n as { value: string }).value);
        expect(skillValues).toEqual([...new Set(skills)]);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses an attribute outside the whitelist', () => {
    expect(() => filterCondition('email' as never, '=', 'x')).toThrow(/not filterable/);
  });
});
