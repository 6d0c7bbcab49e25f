import { FILTERABLE_KEYS, FILTERED_FIELDS } from '../access/searchable-fields';
import { NormalizedSearch } from './search-query';

/** The only attribute names a filter expression may contain: scope, the searchable fields filters or facets read, consent time. */
export const MEILI_FILTERABLE_ATTRIBUTES = ['associationId', 'blockedOrgIds', ...FILTERABLE_KEYS, 'lastConfirmedAt'] as const;
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

/** Scope, then filters; AND across fields, OR within a field, every skill required. */
export function buildMeiliFilter(s: NormalizedSearch): MeiliFilter {
  const filter: MeiliFilter = [
    // Scope rule: only associations open to the org, never an alumnus who blocked it.
    s.associationIds.map((id) => filterCondition('associationId', '=', id)),
    `NOT ${filterCondition('blockedOrgIds', '=', s.orgId)}`,
  ];
  const f = s.filters as Record<string, unknown>;
  for (const { key, filter: rule } of FILTERED_FIELDS) {
    const attribute = key as MeiliFilterAttribute;
    if (rule.kind === 'any') {
      const values = f[rule.param] as string[] | undefined;
      if (values && values.length > 0) filter.push(values.map((v) => filterCondition(attribute, '=', v)));
    } else if (rule.kind === 'all') {
      for (const value of (f[rule.param] as string[] | undefined) ?? []) filter.push(filterCondition(attribute, '=', value));
    } else if (rule.kind === 'range') {
      const [min, max] = [f[rule.min] as number | undefined, f[rule.max] as number | undefined];
      if (min !== undefined) filter.push(filterCondition(attribute, '>=', min));
      if (max !== undefined) filter.push(filterCondition(attribute, '<=', max));
    } else {
      const value = f[rule.param] as boolean | undefined;
      if (value !== undefined) filter.push(filterCondition(attribute, '=', value));
    }
  }
  // Consent rule: lapsed consent leaves hits and facet counts before the lapse job deletes it.
  if (s.confirmedAfter) filter.push(filterCondition('lastConfirmedAt', '>=', s.confirmedAfter.getTime() + 1));
  return filter;
}
