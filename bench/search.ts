/**
 * Search benchmark: fills `search_documents` with N realistic documents and runs a fixed query
 * mix through the PostgreSQL adapter at concurrency 1 and 8.
 *
 *   npm run build && node dist/bench/search.js --docs 100000 [--iterations 200] [--candidate-cap 1000] [--facet-cap 1000] [--keep]
 *
 * Uses DATABASE_URL when set (the database is migrated and its search tables are replaced!),
 * otherwise an embedded PostgreSQL in a temporary directory. Results are also written to
 * bench/results/search-<N>.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { runMigrations } from '../src/database/data-source';
import { PostgresSearchAdapter } from '../src/search/postgres-search.adapter';
import { SearchQuery, SearchScope } from '../src/search/search.port';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DOCS = arg('docs', 100_000);
const ITERATIONS = arg('iterations', 200);
const CANDIDATE_CAP = arg('candidate-cap', 1000);
const FACET_CAP = arg('facet-cap', 1000);

function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(42);
/** Skewed pick: early entries are much more frequent (roughly Zipf). */
const pick = <T>(list: readonly T[], skew = 1.6): T => list[Math.min(list.length - 1, Math.floor(list.length * random() ** skew))];
const uuid = () => {
  const h = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

const ROLES = [
  'Ingénieur logiciel',
  'Chef de projet',
  'Data scientist',
  'Consultant',
  'Responsable marketing',
  'Directeur financier',
  'Product manager',
  'Analyste crédit',
  'Développeuse full-stack',
  'Juriste droit des affaires',
  'Software engineer',
  'Account manager',
  'Contrôleur de gestion',
  'Ingénieure génie civil',
  'Head of sales',
  'Responsable RH',
  'Auditeur',
  'Research scientist',
  'Acheteur',
  'Développeur JavaScript',
];
const DOMAINS = [
  'santé',
  'énergie',
  'banque',
  'assurance',
  'télécoms',
  'aéronautique',
  'retail',
  'luxe',
  'industrie',
  'fintech',
  'e-commerce',
  'secteur public',
  'mobilité',
  'cybersécurité',
];
const PROGRAMS = [
  'Master Grande École',
  'MSc in Finance',
  'Mastère Spécialisé Management de Projets',
  'Diplôme d’Ingénieur Génie Civil',
  'MBA',
  'MSc Data Science & AI',
  'Licence Économie-Gestion',
  'Bachelor in Business Administration',
  'Executive MBA',
  'Doctorat Chimie',
  'Master Droit des Affaires',
  'MSc Marketing Management',
  'Diplôme d’Ingénieur Informatique',
  'Master Relations Internationales',
];
const DEGREES = ['master', 'mba', 'ingenieur', 'licence', 'bachelor', 'doctorat'];
const SKILLS = [
  'Excel',
  'Gestion de projet',
  'Python',
  'SQL',
  'Management',
  'JavaScript',
  'Anglais courant',
  'Négociation',
  'Power BI',
  'Agile',
  'Comptabilité',
  'Java',
  'TypeScript',
  'React',
  'Contrôle de gestion',
  'Marketing digital',
  'SAP',
  'Salesforce',
  'Audit',
  'Fiscalité',
  'Machine Learning',
  'AWS',
  'Docker',
  'Kubernetes',
  'Leadership',
  'Prise de parole',
  'Droit des contrats',
  'RGPD',
  'Supply chain',
  'Lean',
  'Six Sigma',
  'Tableau',
  'Node.js',
  'Go',
  'Rust',
  'C++',
  'Matlab',
  'AutoCAD',
  'CATIA',
  'Terraform',
  'SEO',
  'CRM',
  'Deep Learning',
  'NLP',
  'Scrum',
  'Stratégie',
  'M&A',
  'Private equity',
  'Trading',
  'Risk management',
];
const RARE_SKILLS = ['Fortran', 'COBOL', 'Ornithologie'];
const CITIES: Array<[string, string]> = [
  ['Paris', 'FR'],
  ['Lyon', 'FR'],
  ['Marseille', 'FR'],
  ['Toulouse', 'FR'],
  ['Bordeaux', 'FR'],
  ['Lille', 'FR'],
  ['Nantes', 'FR'],
  ['Strasbourg', 'FR'],
  ['Montpellier', 'FR'],
  ['Rennes', 'FR'],
  ['Nice', 'FR'],
  ['Genève', 'CH'],
  ['Zürich', 'CH'],
  ['London', 'GB'],
  ['Bruxelles', 'BE'],
  ['Montréal', 'CA'],
  ['Saint-Étienne', 'FR'],
  ['Besançon', 'FR'],
  ['Orléans', 'FR'],
  ['Nîmes', 'FR'],
  ['Liège', 'BE'],
  ['Québec', 'CA'],
  ['München', 'DE'],
  ['Düsseldorf', 'DE'],
  ['Barcelona', 'ES'],
  ['São Paulo', 'BR'],
];
const INDUSTRIES = [
  'Conseil',
  'Banque',
  'Informatique',
  'Industrie',
  'Assurance',
  'Énergie',
  'Santé',
  'Télécommunications',
  'Luxe',
  'Agroalimentaire',
  'Secteur public',
  'Aéronautique',
  'Automobile',
  'Immobilier',
  'Médias',
];
const SENIORITIES = ['confirmé', 'senior', 'junior', 'manager', 'directeur', 'c-level'];
const LANGUAGES = ['fr', 'en', 'es', 'de', 'it', 'zh', 'ar', 'pt'];

const ASSOCIATIONS = Array.from({ length: 20 }, uuid);
const ORG = uuid();
const SCOPE: SearchScope = { orgId: ORG, associationIds: ASSOCIATIONS.slice(0, 12) };

function makeDoc() {
  const [city, country] = pick(CITIES, 2.2);
  const skills = new Set<string>();
  const n = 2 + Math.floor(random() * 6);
  while (skills.size < n) skills.add(pick(SKILLS, 1.8));
  if (random() < 0.002) skills.add(pick(RARE_SKILLS, 1));
  const languages = new Set(['fr']);
  if (random() < 0.8) languages.add('en');
  if (random() < 0.3) languages.add(pick(LANGUAGES.slice(2)));
  const year = 1985 + Math.floor(random() ** 0.6 * 41);
  return {
    alumnus_id: uuid(),
    association_id: pick(ASSOCIATIONS, 1.3),
    blocked_org_ids: random() < 0.01 ? [ORG] : [],
    headline: `${pick(ROLES, 1.4)} ${random() < 0.6 ? pick(DOMAINS) : ''}`.trim(),
    industry: pick(INDUSTRIES),
    seniority: pick(SENIORITIES, 1.2),
    years_of_experience: Math.max(0, 2026 - year - 1),
    city,
    country,
    skills: [...skills],
    languages: [...languages],
    program: pick(PROGRAMS, 1.5),
    degree_level: pick(DEGREES, 1.3),
    graduation_year: year,
    open_to_work: random() < 0.25,
    last_confirmed_at: new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 690 * 86_400_000)).toISOString(),
  };
}

async function fill(pool: Pool): Promise<void> {
  await pool.query('TRUNCATE search_documents, search_words');
  const batch = 5000;
  for (let done = 0; done < DOCS; done += batch) {
    const rows = Array.from({ length: Math.min(batch, DOCS - done) }, makeDoc);
    await pool.query(
      `INSERT INTO search_documents (alumnus_id, association_id, blocked_org_ids, headline, industry, seniority,
         years_of_experience, city, country, skills, languages, program, degree_level, graduation_year, open_to_work, last_confirmed_at)
       SELECT * FROM json_to_recordset($1::json) AS x(alumnus_id uuid, association_id uuid, blocked_org_ids uuid[],
         headline text, industry text, seniority text, years_of_experience integer, city text, country text,
         skills text[], languages text[], program text, degree_level text, graduation_year integer,
         open_to_work boolean, last_confirmed_at timestamptz)`,
      [JSON.stringify(rows)],
    );
  }
  await pool.query(
    `INSERT INTO search_words (word) SELECT DISTINCT unnest(tsvector_to_array(search_text)) FROM search_documents ON CONFLICT DO NOTHING`,
  );
  await pool.query('VACUUM ANALYZE search_documents');
  await pool.query('VACUUM ANALYZE search_words');
}

type Mix = Record<string, SearchQuery[]>;

async function buildMix(adapter: PostgresSearchAdapter): Promise<Mix> {
  const deep: SearchQuery[] = [];
  for (const base of [
    { filters: { countries: ['FR'] }, sort: 'lastConfirmedAt', limit: 20 },
    { q: 'ingenieur', sort: 'relevance', limit: 20 },
    { q: 'python', sort: 'graduationYear', limit: 20 },
  ] as SearchQuery[]) {
    let cursor: string | undefined;
    for (let page = 0; page < 50; page++) {
      const r = await adapter.search({ ...base, cursor }, SCOPE);
      if (!r.nextCursor) break;
      cursor = r.nextCursor;
    }
    deep.push({ ...base, cursor });
  }
  return {
    'rare word': [{ q: 'fortran' }, { q: 'ornithologie' }, { q: 'cobol' }],
    'common word': [{ q: 'ingenieur' }, { q: 'manager' }, { q: 'paris' }, { q: 'excel' }],
    accents: [{ q: 'école' }, { q: 'genie civil' }, { q: 'Saint-Étienne' }, { q: 'zurich' }, { q: 'énergie' }, { q: 'developpeuse' }],
    typo: [{ q: 'javscript ' }, { q: 'comptabilte ' }, { q: 'kubernetse ' }, { q: 'developeur ' }],
    'filters only': [
      { filters: { cities: ['Lyon', 'Bordeaux'], graduationYearMin: 2010 } },
      { filters: { programs: ['MBA'], countries: ['FR'] } },
      { filters: { skills: ['Python', 'SQL'] } },
      { filters: { seniorities: ['senior'], openToWork: true } },
    ],
    'filters + facets': [
      { filters: { countries: ['FR'], openToWork: true }, facets: ['city', 'skills', 'program', 'industry', 'graduationYear'] },
      { filters: { skills: ['Python'] }, facets: ['city', 'skills', 'seniority'] },
      { q: 'data', filters: { graduationYearMin: 2015 }, facets: ['city', 'skills', 'program'] },
      { filters: { industries: ['Banque', 'Assurance'] }, facets: ['city', 'languages', 'degreeLevel'] },
    ],
    'deep cursor': deep,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function run(adapter: PostgresSearchAdapter, queries: SearchQuery[], concurrency: number) {
  const latencies: number[] = [];
  let next = 0;
  const began = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (;;) {
        const i = next++;
        if (i >= ITERATIONS) return;
        const t0 = process.hrtime.bigint();
        await adapter.search(queries[i % queries.length], SCOPE);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  const wallMs = Number(process.hrtime.bigint() - began) / 1e6;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    qps: (latencies.length / wallMs) * 1000,
  };
}

async function main() {
  let url = process.env.DATABASE_URL;
  let stop = async () => undefined as void;
  let dataDir: string | undefined;
  if (!url) {
    const { startEmbeddedPostgres, ensureDatabase } = await import('../src/database/embedded-postgres');
    dataDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
    const server = await startEmbeddedPostgres({ dataDir });
    await ensureDatabase(server.adminUrl, 'passerelle_bench');
    url = server.urlFor('passerelle_bench');
    stop = () => server.stop();
  }
  try {
    await runMigrations(url);
    const pool = new Pool({ connectionString: url, max: 10, options: '-c jit=off' });
    // The embedded server stops right after the run; a connection closed by it is expected then.
    pool.on('error', () => undefined);
    const t0 = Date.now();
    await fill(pool);
    const [{ n, words }] = (
      await pool.query(`SELECT (SELECT count(*) FROM search_documents)::int AS n, (SELECT count(*) FROM search_words)::int AS words`)
    ).rows;
    const [{ version }] = (await pool.query(`SELECT current_setting('server_version') AS version`)).rows;
    process.stdout.write(
      `PostgreSQL ${version}: ${n} documents, ${words} dictionary words, filled in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
    );
    const adapter = new PostgresSearchAdapter(pool, { candidateCap: CANDIDATE_CAP, facetCap: FACET_CAP });
    process.stdout.write(`candidate cap ${CANDIDATE_CAP}, facet cap ${FACET_CAP}, ${ITERATIONS} queries per type and concurrency\n`);
    const mix = await buildMix(adapter);
    // Warm-up: caches and plans.
    for (const queries of Object.values(mix)) for (const q of queries) await adapter.search(q, SCOPE);

    const results: Array<Record<string, string | number>> = [];
    process.stdout.write(`\n${'query type'.padEnd(18)} conc   p50 ms   p95 ms   p99 ms   queries/s\n`);
    for (const concurrency of [1, 8]) {
      for (const [name, queries] of Object.entries(mix)) {
        const r = await run(adapter, queries, concurrency);
        results.push({ type: name, concurrency, ...r });
        process.stdout.write(
          `${name.padEnd(18)} ${String(concurrency).padStart(4)} ${r.p50.toFixed(2).padStart(8)} ${r.p95.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)} ${r.qps.toFixed(0).padStart(11)}\n`,
        );
      }
    }
    mkdirSync(join(process.cwd(), 'bench/results'), { recursive: true });
    writeFileSync(
      join(process.cwd(), `bench/results/search-${DOCS}.json`),
      JSON.stringify({ docs: n, iterations: ITERATIONS, candidateCap: CANDIDATE_CAP, facetCap: FACET_CAP, version, results }, null, 2),
    );
    await pool.end();
  } finally {
    await stop();
    if (dataDir && !args.includes('--keep')) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
