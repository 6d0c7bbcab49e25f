import { FieldError } from '../common/domain-error';

/**
 * The alumnus profile fields, their columns and their rules. Imports validate
 * rows with `validateProfile` (hand-written: class-validator costs too much per row at 50k
 * rows); the PATCH DTOs carry the same limits through class-validator.
 */
export const SENIORITIES = ['intern', 'junior', 'mid', 'senior', 'lead', 'manager', 'director', 'executive'] as const;
export const DEGREE_LEVELS = ['bachelor', 'master', 'mba', 'phd', 'other'] as const;

type FieldKind =
  | { type: 'string'; max: number; pattern?: RegExp; message?: string }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'int'; min: number; max: number }
  | { type: 'bool' }
  | { type: 'list'; maxItems: number; maxLength: number };

export interface ProfileField {
  key: ProfileKey;
  column: string;
  kind: FieldKind;
  /** Never in an anonymised preview (no name, email, phone, company, LinkedIn or bio). */
  identity?: boolean;
}

export const PROFILE_KEYS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'linkedinUrl',
  'currentCompany',
  'headline',
  'industry',
  'seniority',
  'yearsOfExperience',
  'city',
  'country',
  'skills',
  'languages',
  'program',
  'degreeLevel',
  'graduationYear',
  'bio',
  'openToWork',
] as const;
export type ProfileKey = (typeof PROFILE_KEYS)[number];

export type ProfileValues = {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  currentCompany: string | null;
  headline: string | null;
  industry: string | null;
  seniority: string | null;
  yearsOfExperience: number | null;
  city: string | null;
  country: string | null;
  skills: string[];
  languages: string[];
  program: string | null;
  degreeLevel: string | null;
  graduationYear: number | null;
  bio: string | null;
  openToWork: boolean;
};

export const EMAIL_PATTERN = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
export const PHONE_PATTERN = /^\+?[0-9 ().-]{6,40}$/;
export const LINKEDIN_PATTERN = /^https:\/\/([a-z]{2,3}\.)?linkedin\.com\/\S+$/;
export const COUNTRY_PATTERN = /^[A-Z]{2}$/;

export const PROFILE_FIELDS: readonly ProfileField[] = [
  { key: 'firstName', column: 'first_name', kind: { type: 'string', max: 100 }, identity: true },
  { key: 'lastName', column: 'last_name', kind: { type: 'string', max: 100 }, identity: true },
  {
    key: 'email',
    column: 'email',
    kind: { type: 'string', max: 254, pattern: EMAIL_PATTERN, message: 'must be an email address' },
    identity: true,
  },
  {
    key: 'phone',
    column: 'phone',
    kind: { type: 'string', max: 40, pattern: PHONE_PATTERN, message: 'must be a phone number such as +33 6 12 34 56 78' },
    identity: true,
  },
  {
    key: 'linkedinUrl',
    column: 'linkedin_url',
    kind: { type: 'string', max: 300, pattern: LINKEDIN_PATTERN, message: 'must be an https://linkedin.com/… URL' },
    identity: true,
  },
  { key: 'currentCompany', column: 'current_company', kind: { type: 'string', max: 200 }, identity: true },
  { key: 'headline', column: 'headline', kind: { type: 'string', max: 200 } },
  { key: 'industry', column: 'industry', kind: { type: 'string', max: 100 } },
  { key: 'seniority', column: 'seniority', kind: { type: 'enum', values: SENIORITIES } },
  { key: 'yearsOfExperience', column: 'years_of_experience', kind: { type: 'int', min: 0, max: 80 } },
  { key: 'city', column: 'city', kind: { type: 'string', max: 100 } },
  {
    key: 'country',
    column: 'country',
    kind: { type: 'string', max: 2, pattern: COUNTRY_PATTERN, message: 'must be an ISO 3166-1 alpha-2 code such as FR' },
  },
  { key: 'skills', column: 'skills', kind: { type: 'list', maxItems: 50, maxLength: 60 } },
  { key: 'languages', column: 'languages', kind: { type: 'list', maxItems: 20, maxLength: 40 } },
  { key: 'program', column: 'program', kind: { type: 'string', max: 200 } },
  { key: 'degreeLevel', column: 'degree_level', kind: { type: 'enum', values: DEGREE_LEVELS } },
  { key: 'graduationYear', column: 'graduation_year', kind: { type: 'int', min: 1900, max: 2100 } },
  { key: 'bio', column: 'bio', kind: { type: 'string', max: 4000 }, identity: true },
  { key: 'openToWork', column: 'open_to_work', kind: { type: 'bool' } },
];

/** What a search preview may show (and a search index may hold). */
export const PREVIEW_KEYS: readonly ProfileKey[] = PROFILE_FIELDS.filter((f) => !f.identity).map((f) => f.key);
/** What an unlocked (full) profile shows: everything but the email and phone (Unlock). */
export const UNLOCKED_KEYS: readonly ProfileKey[] = PROFILE_KEYS.filter((k) => k !== 'email' && k !== 'phone');

export const REQUIRED_IMPORT_KEYS: readonly ProfileKey[] = ['firstName', 'lastName', 'email'];

/**
 * Coerces and checks one raw value. CSV cells arrive as strings, so `fromText` accepts "42",
 * "true"/"yes"/"1" and `;`-separated lists; JSON values must already have the right type.
 */
export function coerceField(field: ProfileField, raw: unknown, fromText: boolean, errors: FieldError[]): unknown {
  const fail = (message: string) => {
    errors.push({ field: field.key, message });
    return undefined;
  };
  const kind = field.kind;
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    if (kind.type === 'list') return [];
    if (kind.type === 'bool') return false;
    return null;
  }
  switch (kind.type) {
    case 'string': {
      if (typeof raw !== 'string') return fail('must be a string');
      const value = raw.trim();
      if (value.length > kind.max) return fail(`must be at most ${kind.max} characters`);
      const normalised = field.key === 'email' ? value.toLowerCase() : field.key === 'country' ? value.toUpperCase() : value;
      if (kind.pattern && !kind.pattern.test(normalised)) return fail(kind.message ?? 'has an invalid format');
      return normalised;
    }
    case 'enum': {
      const value = typeof raw === 'string' ? raw.trim().toLowerCase() : raw;
      if (typeof value !== 'string' || !kind.values.includes(value)) return fail(`must be one of ${kind.values.join(', ')}`);
      return value;
    }
    case 'int': {
      const value = fromText && typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
      if (typeof value !== 'number' || !Number.isInteger(value)) return fail('must be an integer');
      if (value < kind.min || value > kind.max) return fail(`must be between ${kind.min} and ${kind.max}`);
      return value;
    }
    case 'bool': {
      const value = fromText && typeof raw === 'string' ? parseBool(raw) : raw;
      if (typeof value !== 'boolean') return fail('must be true or false');
      return value;
    }
    case 'list': {
      const list = fromText && typeof raw === 'string' ? raw.split(/[;|]/) : raw;
      if (!Array.isArray(list)) return fail('must be an array of strings');
      const items: string[] = [];
      for (const item of list) {
        if (typeof item !== 'string') return fail('must be an array of strings');
        const value = item.trim();
        if (value === '') continue;
        if (value.length > kind.maxLength) return fail(`items must be at most ${kind.maxLength} characters`);
        if (!items.includes(value)) items.push(value);
      }
      if (items.length > kind.maxItems) return fail(`must have at most ${kind.maxItems} items`);
      return items;
    }
  }
}

export function parseBool(raw: string): boolean | undefined {
  const value = raw.trim().toLowerCase();
  if (['true', '1', 'yes', 'y', 'oui'].includes(value)) return true;
  if (['false', '0', 'no', 'n', 'non', ''].includes(value)) return false;
  return undefined;
}

/** Database row (snake_case columns) to profile values. */
export function profileFromRow(row: Record<string, unknown>): ProfileValues {
  const out: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) out[field.key] = row[field.column] ?? (field.kind.type === 'list' ? [] : null);
  return out as ProfileValues;
}
