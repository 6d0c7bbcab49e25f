/**
 * Deterministic, realistic alumni rows for tests, the benchmark and the demo data: French and
 * English names with accents, programs, skills and cities.
 */
const FIRST = [
  'Hélène',
  'Camille',
  'Léa',
  'Chloé',
  'Zoé',
  'Inès',
  'Maëlle',
  'Amélie',
  'Noémie',
  'Éloïse',
  'François',
  'Jérôme',
  'Théo',
  'Raphaël',
  'Loïc',
  'Benoît',
  'Gaëtan',
  'Mathéo',
  'Oliver',
  'Emily',
  'James',
  'Charlotte',
  'Harry',
  'Sophie',
  'George',
  'Grace',
  'Thomas',
  'Isabelle',
];
const LAST = [
  'Durand',
  'Lefèvre',
  'Moreau',
  'Girard',
  'Bérard',
  'Lemaître',
  'Château',
  'Fontaine',
  'Rousseau',
  'Mercier',
  'Benoît',
  'Gauthier',
  'Dubœuf',
  'Smith',
  'Taylor',
  'Brown',
  'Wilson',
  'Evans',
  "O'Connor",
  'Davies',
  'Hughes',
];
const PROGRAMS = [
  'Grande École',
  'MSc Data Science',
  'MSc Finance',
  'Executive MBA',
  'Mastère Spécialisé Stratégie',
  'BBA',
  'PhD Économie',
  'MSc Marketing',
];
const DEGREES = ['master', 'master', 'mba', 'bachelor', 'phd', 'master', 'master', 'bachelor'];
const SKILLS = [
  'SQL',
  'Python',
  'Excel',
  'Négociation',
  'Gestion de projet',
  'Machine learning',
  'Comptabilité',
  'Stratégie',
  'Marketing digital',
  'Power BI',
  'TypeScript',
  'Fusions-acquisitions',
  'Supply chain',
  'Audit',
  'Product management',
  'Leadership',
];
const CITIES: [string, string][] = [
  ['Paris', 'FR'],
  ['Lyon', 'FR'],
  ['Marseille', 'FR'],
  ['Lille', 'FR'],
  ['Nantes', 'FR'],
  ['Bordeaux', 'FR'],
  ['Genève', 'CH'],
  ['Bruxelles', 'BE'],
  ['London', 'GB'],
  ['Manchester', 'GB'],
  ['Montréal', 'CA'],
  ['Luxembourg', 'LU'],
];
const HEADLINES = [
  'Data engineer',
  'Responsable financier',
  'Consultante en stratégie',
  'Product manager',
  'Chef de projet',
  'Investment analyst',
  'Directrice marketing',
  'Auditeur senior',
  'Software engineer',
  'Head of Sales',
];
const INDUSTRIES = ['Conseil', 'Banque', 'Industrie', 'Tech', 'Luxe', 'Énergie', 'Santé', 'Retail'];
const SENIORITIES = ['junior', 'mid', 'senior', 'lead', 'manager', 'director'];
const COMPANIES = ['Société Générale', 'L’Oréal', 'Capgemini', 'Décathlon', 'BNP Paribas', 'Doctolib', 'Airbus', 'Barclays', 'Unilever'];
const LANGUAGES = [
  ['Français', 'Anglais'],
  ['Français', 'Anglais', 'Espagnol'],
  ['English', 'French'],
  ['Français', 'Allemand'],
];

export interface GenerateOptions {
  /** Prefix of externalIds, so two runs do not collide. */
  prefix: string;
  /** Every n-th row is invalid (0 = none). */
  invalidEvery?: number;
  /** Share of rows with imported consent proof, 0..1. */
  consentShare?: number;
}

export function generateAlumni(count: number, options: GenerateOptions): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  const consentShare = options.consentShare ?? 0.6;
  // Consent dates are whole days before today, so a generated set stays identical within a day.
  const today = new Date();
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  for (let i = 0; i < count; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i * 7) % LAST.length];
    const [city, country] = CITIES[(i * 5) % CITIES.length];
    const p = (i * 3) % PROGRAMS.length;
    const row: Record<string, unknown> = {
      externalId: `${options.prefix}-${i}`,
      firstName: first,
      lastName: last,
      email: `${ascii(first)}.${ascii(last)}.${options.prefix}${i}@alumni.example`,
      phone: `+33 6 ${String(10_000_000 + i)
        .slice(-8)
        .replace(/(\d\d)(?=\d)/g, '$1 ')}`,
      linkedinUrl: `https://www.linkedin.com/in/${ascii(first)}-${ascii(last)}-${i}`,
      currentCompany: COMPANIES[i % COMPANIES.length],
      headline: HEADLINES[(i * 11) % HEADLINES.length],
      industry: INDUSTRIES[i % INDUSTRIES.length],
      seniority: SENIORITIES[i % SENIORITIES.length],
      yearsOfExperience: i % 30,
      city,
      country,
      skills: [SKILLS[i % SKILLS.length], SKILLS[(i * 3 + 1) % SKILLS.length], SKILLS[(i * 5 + 2) % SKILLS.length]],
      languages: LANGUAGES[i % LANGUAGES.length],
      program: PROGRAMS[p],
      degreeLevel: DEGREES[p],
      graduationYear: 1990 + (i % 35),
      bio: `${first} ${last} — ${HEADLINES[(i * 11) % HEADLINES.length].toLowerCase()} basé·e à ${city}.`,
      openToWork: i % 4 === 0,
    };
    if ((i * 37) % 100 < consentShare * 100) {
      const unlockable = i % 3 !== 0;
      Object.assign(row, {
        consentSearchable: true,
        consentUnlockable: unlockable,
        consentContactable: unlockable && i % 2 === 0,
        consentCollectedAt: new Date(midnight - (1 + (i % 300)) * 86_400_000).toISOString(),
        consentTermsVersion: 'association-2025-09',
        consentProofReference: `crm-consent-${options.prefix}-${i}`,
      });
    }
    if (options.invalidEvery && i % options.invalidEvery === options.invalidEvery - 1) {
      const kinds = [
        () => (row.email = 'not-an-email'),
        () => (row.graduationYear = 3000),
        () => delete row.lastName,
        () =>
          Object.assign(row, {
            consentSearchable: false,
            consentUnlockable: true,
            consentCollectedAt: '2026-01-01T00:00:00Z',
            consentTermsVersion: 'x',
            consentProofReference: 'y',
          }),
        () => (row.country = 'France'),
      ];
      kinds[Math.floor(i / options.invalidEvery) % kinds.length]();
    }
    rows.push(row);
  }
  return rows;
}

function ascii(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

export function toCsv(rows: Record<string, unknown>[], columns: string[]): string {
  const cell = (v: unknown) => {
    if (v === undefined || v === null) return '';
    const text = Array.isArray(v) ? v.join(';') : String(v);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n') + '\n';
}
