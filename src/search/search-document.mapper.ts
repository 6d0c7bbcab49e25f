import { SEARCHABLE_FIELDS, SearchableType, SearchableValues } from '../access/searchable-fields';
import { SearchDocument } from './search.port';

/**
 * The profile as the alumni feature holds it, with its current consent. Identity fields may be
 * present: the mapper never copies them.
 */
export type SearchableProfileInput = {
  [K in keyof SearchableValues]?: (SearchableValues[K] extends string[] ? readonly string[] : SearchableValues[K]) | null;
} & {
  id: string;
  associationId: string;
  externalId?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  linkedinUrl?: string | null;
  currentCompany?: string | null;
  bio?: string | null;
  lastConfirmedAt: Date;
  consent: { searchable: boolean; unlockable?: boolean; contactable?: boolean };
  /** Latest consent event time; consent older than 24 months without reconfirmation lapses. */
  consentGivenAt?: Date | null;
  blockedOrgIds?: readonly string[] | null;
  /** Erased or deactivated profiles are never searchable. */
  erased?: boolean;
};

export const CONSENT_LAPSE_MONTHS = 24;

/**
 * Profile → indexable fields. Pure. Returns null when the profile must not be in the index.
 * The output is built field by field from an allow-list (SEARCHABLE_FIELDS): name, email, phone, company, LinkedIn,
 * bio and externalId are never copied, because Meilisearch keeps even non-displayed fields
 * searchable (and so would a tsvector).
 */
export function toSearchDocument(input: SearchableProfileInput, now: Date = new Date()): SearchDocument | null {
  // Consent rule: no `searchable` consent, or a lapsed one, means no document at all.
  if (input.erased || !input.consent.searchable) return null;
  const reference = laterOf(input.consentGivenAt ?? null, input.lastConfirmedAt);
  if (reference === null || isLapsed(reference, now)) return null;

  const doc: Record<string, unknown> = {
    alumnusId: input.id,
    associationId: input.associationId,
    blockedOrgIds: uniqueStrings(input.blockedOrgIds),
  };
  for (const { key, type } of SEARCHABLE_FIELDS) doc[key] = clean(type, input[key]);
  doc.lastConfirmedAt = new Date(input.lastConfirmedAt.getTime());
  return doc as unknown as SearchDocument;
}

/** One searchable value, bounded: trimmed text (null when blank), a safe integer, a de-duplicated list, a strict boolean. */
function clean(type: SearchableType, value: unknown): unknown {
  switch (type) {
    case 'text':
      return text(value as string | null | undefined);
    case 'text[]':
      return uniqueStrings(value as readonly string[] | null | undefined);
    case 'integer':
      return int(value as number | null | undefined);
    case 'boolean':
      return value === true;
  }
}

export function isLapsed(reference: Date, now: Date): boolean {
  const limit = new Date(reference.getTime());
  limit.setUTCMonth(limit.getUTCMonth() + CONSENT_LAPSE_MONTHS);
  return limit.getTime() <= now.getTime();
}

function laterOf(a: Date | null, b: Date | null): Date | null {
  const valid = [a, b].filter((d): d is Date => d instanceof Date && !Number.isNaN(d.getTime()));
  if (valid.length === 0) return null;
  return valid.reduce((x, y) => (x.getTime() >= y.getTime() ? x : y));
}

function text(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed.slice(0, 200);
}

function int(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}

function uniqueStrings(values: readonly string[] | null | undefined): string[] {
  if (!values) return [];
  const out = new Set<string>();
  for (const v of values) {
    const t = text(v);
    if (t !== null) out.add(t);
  }
  return [...out].slice(0, 100);
}
