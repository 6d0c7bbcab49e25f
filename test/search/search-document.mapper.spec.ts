import fc from 'fast-check';
import { SearchableProfileInput, toSearchDocument } from '../../src/search/search-document.mapper';

const NOW = new Date('2026-11-25T00:00:00Z');

const forbidden = ['firstName', 'lastName', 'email', 'phone', 'linkedinUrl', 'currentCompany', 'bio', 'externalId'] as const;

const nullableText = fc.option(fc.string({ minLength: 0, maxLength: 40 }), { nil: null });

const profile: fc.Arbitrary<SearchableProfileInput> = fc.record({
  id: fc.uuid(),
  associationId: fc.uuid(),
  externalId: fc.string({ minLength: 6, maxLength: 20 }).map((s) => `EXT-${s}-ID`),
  firstName: fc.string({ minLength: 6, maxLength: 20 }).map((s) => `FIRST-${s}`),
  lastName: fc.string({ minLength: 6, maxLength: 20 }).map((s) => `LAST-${s}`),
  email: fc.emailAddress(),
  phone: fc.string({ minLength: 8, maxLength: 14 }).map((s) => `+33-PHONE-${s}`),
  linkedinUrl: fc.webUrl(),
  currentCompany: fc.string({ minLength: 6, maxLength: 20 }).map((s) => `COMPANY-${s}`),
  bio: fc.string({ minLength: 6, maxLength: 200 }).map((s) => `BIO-${s}`),
  headline: nullableText,
  industry: nullableText,
  seniority: nullableText,
  yearsOfExperience: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  city: nullableText,
  country: nullableText,
  skills: fc.array(fc.string({ maxLength: 20 }), { maxLength: 10 }),
  languages: fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }),
  program: nullableText,
  degreeLevel: nullableText,
  graduationYear: fc.option(fc.integer({ min: 1950, max: 2030 }), { nil: null }),
  openToWork: fc.boolean(),
  lastConfirmedAt: fc.date({ min: new Date('2020-01-01'), max: NOW, noInvalidDate: true }),
  consent: fc.record({ searchable: fc.boolean(), unlockable: fc.boolean(), contactable: fc.boolean() }),
  blockedOrgIds: fc.array(fc.uuid(), { maxLength: 3 }),
});

describe('toSearchDocument', () => {
  it('never carries an identifying field, whatever the input', () => {
    fc.assert(
      fc.property(profile, (input) => {
        // Every generated profile is indexable here (consented, confirmed now, not erased), so every
        // case reaches the assertions below; the null cases have their own properties.
        const doc = toSearchDocument(
          { ...input, consent: { ...input.consent, searchable: true }, lastConfirmedAt: NOW, erased: false },
          NOW,
        );
        expect(doc).not.toBeNull();
        if (doc === null) throw new Error('unreachable');
        const keys = Object.keys(doc);
        for (const field of forbidden) expect(keys).not.toContain(field);
        const serialised = JSON.stringify(doc);
        for (const field of forbidden) {
          const value = input[field];
          // Values are tagged (FIRST-, LAST-, COMPANY-…) so they cannot collide with an allowed field.
          if (typeof value === 'string' && value.length >= 6) expect(serialised).not.toContain(JSON.stringify(value).slice(1, -1));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('returns null without searchable consent', () => {
    fc.assert(
      fc.property(profile, (input) => {
        expect(toSearchDocument({ ...input, consent: { ...input.consent, searchable: false } }, NOW)).toBeNull();
      }),
    );
  });

  it('returns null once consent has lapsed (24 months without reconfirmation) or the profile is erased', () => {
    const base = {
      id: '7a1f2d6e-1111-4111-8111-111111111111',
      associationId: '7a1f2d6e-2222-4222-8222-222222222222',
      consent: { searchable: true },
    };
    expect(toSearchDocument({ ...base, lastConfirmedAt: new Date('2024-11-26T00:00:00Z') }, NOW)).not.toBeNull();
    expect(toSearchDocument({ ...base, lastConfirmedAt: new Date('2024-11-24T00:00:00Z') }, NOW)).toBeNull();
    expect(toSearchDocument({ ...base, lastConfirmedAt: new Date('2026-01-01T00:00:00Z'), erased: true }, NOW)).toBeNull();
  });

  it('keeps the professional fields, trimmed and de-duplicated', () => {
    const doc = toSearchDocument(
      {
        id: '7a1f2d6e-1111-4111-8111-111111111111',
        associationId: '7a1f2d6e-2222-4222-8222-222222222222',
        firstName: 'Amélie',
        headline: ' Data engineer ',
        skills: ['SQL', 'SQL', ' ', 'Python'],
        city: 'Besançon',
        graduationYear: 2015,
        openToWork: true,
        lastConfirmedAt: new Date('2026-01-01T00:00:00Z'),
        consent: { searchable: true },
      },
      NOW,
    );
    expect(doc).toMatchObject({
      headline: 'Data engineer',
      skills: ['SQL', 'Python'],
      city: 'Besançon',
      graduationYear: 2015,
      openToWork: true,
    });
  });
});
