import { NormalizedSearch } from './search-query';

/** The only attribute names a filter expression may contain. */
export const MEILI_FILTERABLE_ATTRIBUTES = [
  'associationId',
  'blockedOrgIds',
  'program',
  'degreeLevel',
  'graduationYear',
  'skills',
  'industry',
  'country',
  'city',
  'seniority',
  'languages',
  'openToWork',
  'lastConfirmedAt',
] as const;
export type MeiliFilterAttribute = (typeof MEILI_FILTERABLE_ATTRIBUTES)[number];

/** Outer array: AND; inner array: OR (Meilisearch's array filter form). */
export type MeiliFilter = Array<string | string[]>;

/**
 * A user value as a Meilisearch string literal: always double-quoted, `\` escaped first and
 * then `"`, so no value can close the literal and inject an operator.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function filterCondition(attribute: MeiliFilterAttribute, operator: '=' | '>=' | '<=', value: string | number | boolean): string {
  if (!MEILI_FILTERABLE_ATTRIBUTES.includes(attribute)) throw new Error(`attribute not filterable: ${String(attribute)}`);
  return `${attribute} ${operator} ${quoteFilterValue(String(value))}`;
}

const LIST_FILTERS: Array<[keyof NormalizedSearch['filters'], MeiliFilterAttribute]> = [
  ['programs', 'program'],
  ['degreeLevels', 'degreeLevel'],
  ['industries', 'industry'],
  ['countries', 'country'],
  ['cities', 'city'],
  ['seniorities', 'seniority'],
  ['languages', 'languages'],
];

/** Scope, then filters; AND across fields, OR within a field, every skill required. */
export function buildMeiliFilter(s: NormalizedSearch): MeiliFilter {
  const filter: MeiliFilter = [
    // Scope rule: only associations open to the org, never an alumnus who blocked it.
    s.associationIds.map((id) => filterCondition('associationId', '=', id)),
    `NOT ${filterCondition('blockedOrgIds', '=', s.orgId)}`,
  ];
  const f = s.filters;
  for (const [name, attribute] of LIST_FILTERS) {
    const values = f[name] as string[] | undefined;
    if (values && values.length > 0) filter.push(values.map((v) => filterCondition(attribute, '=', v)));
  }
  for (const skill of f.skills ?? []) filter.push(filterCondition('skills', '=', skill));
  if (f.graduationYearMin !== undefined) filter.push(filterCondition('graduationYear', '>=', f.graduationYearMin));
  if (f.graduationYearMax !== undefined) filter.push(filterCondition('graduationYear', '<=', f.graduationYearMax));
  if (f.openToWork !== undefined) filter.push(filterCondition('openToWork', '=', f.openToWork));
  // Consent rule: lapsed consent leaves hits and facet counts before the lapse job deletes it.
  if (s.confirmedAfter) filter.push(filterCondition('lastConfirmedAt', '>=', s.confirmedAfter.getTime() + 1));
  return filter;
}
