/**
 * The API against its lean peer (bench/lib/peer.ts), route by route, in one run: the built API in
 * a child process on its own embedded PostgreSQL, the peer in another child process on the same
 * database and data, and autocannon in this process as the load generator for both. Each route is
 * loaded API, peer, API, peer… (alternating rounds), so a slow moment of the shared machine hits
 * both; the table gives throughput and p50/p99 of each and their ratio.
 *
 *   npm run build && node dist/bench/overhead.js [--size 20000] [--duration 3] [--rounds 2] [--routes health,search,search-c1]
 *
 * `--routes` runs only some parts (all by default): health, wallet, search, unlock, revenue, search-c1, import.
 */
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { VisibilityRepository } from '../src/access/visibility.repository';
import { dataSourceOptions } from '../src/database/data-source';
import { RevenueRepository } from '../src/revenue/revenue.repository';
import { PostgresSearchAdapter } from '../src/search/postgres-search.adapter';
import { SearchFacetField } from '../src/search/search.port';
import { fmt, percentile } from './lib/report';
import { BenchServer, processCpuMs, startBenchServer } from './lib/server';
import { alumnusRow } from './search-http';

export interface OverheadRow {
  route: string;
  api: Figures;
  peer: Figures;
  /** API throughput / peer throughput (or peer time / API time for the import). */
  ratio: number;
  goal?: number;
  note?: string;
}

interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
  unit: string;
}

interface Target {
  url: string;
  /** Varies each request (unlocks of fresh profiles); fixed headers otherwise. */
  setup?: (request: { path: string; headers: Record<string, string> }) => { path: string; headers: Record<string, string> };
}

async function api(base: string, method: string, path: string, key: string, body?: unknown): Promise<any> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

async function startPeerProcess(databaseUrl: string): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [join(__dirname, 'lib', 'peer.js')], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: databaseUrl,
      // The limits the API under test runs with (bench/lib/server.ts): counted, never reached.
      ...Object.fromEntries(['DEFAULT', 'SEARCH', 'UNLOCK'].map((c) => [`RATE_LIMIT_${c}`, '100000000/60'])),
      ...peerNodeEnv(),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => {
    out += d;
    // The peer's failures, once each, so a bad figure says why.
    const line = String(d).split('\n')[0];
    if (!seen.has(line)) {
      seen.add(line);
      process.stderr.write(`${String(d).slice(0, 2000)}\n`);
    }
  });
  const seen = new Set<string>();
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /PEER_URL (\S+)/.exec(out);
      if (match) {
        clearInterval(timer);
        resolve(match[1]);
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`peer did not start:\n${out}`));
      }
    }, 50);
  });
  return {
    url,
    child,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

function peerNodeEnv(): Record<string, string> {
  return process.env.BENCH_PEER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_PEER_NODE_OPTIONS } : {};
}

interface Round {
  ok: number;
  seconds: number;
  p50: number;
  p99: number;
  errors: number;
}

async function cannon(
  target: Target,
  options: { connections: number; duration: number; method?: string; headers?: Record<string, string> },
): Promise<Round> {
  const url = new URL(target.url);
  const result = await autocannon({
    url: url.origin,
    connections: options.connections,
    duration: options.duration,
    method: (options.method ?? 'GET') as 'GET',
    headers: options.headers,
    requests: [
      {
        path: `${url.pathname}${url.search}`,
        ...(target.setup
          ? { setupRequest: (req: any) => ({ ...req, ...target.setup!({ path: req.path, headers: { ...(req.headers ?? {}) } }) }) }
          : {}),
      },
    ],
  });
  return {
    ok: result['2xx'],
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

function combine(rounds: Round[]): Figures & { errors: number } {
  const ok = rounds.reduce((n, r) => n + r.ok, 0);
  const seconds = rounds.reduce((n, r) => n + r.seconds, 0);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
  return {
    perSecond: ok / seconds,
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    unit: 'req/s',
    errors: rounds.reduce((n, r) => n + r.errors, 0),
  };
}

export async function runOverheadBench(options: {
  size: number;
  duration: number;
  rounds: number;
  connections?: number;
  /** The parts to run (OVERHEAD_PARTS); all when absent. */
  parts?: readonly string[];
}): Promise<OverheadRow[]> {
  const connections = options.connections ?? 8;
  const runs = (part: OverheadPart) => !options.parts || options.parts.includes(part);
  const server: BenchServer = await startBenchServer({ RATE_LIMIT_STORE: 'postgres' });
  const peer = await startPeerProcess(server.databaseUrl);
  const dataSource = new DataSource(dataSourceOptions(server.databaseUrl, 4));
  await dataSource.initialize();
  const rows: OverheadRow[] = [];
  try {
    const log = (line: string) => process.stdout.write(`${line}\n`);
    // --- The data: one open association, `size` profiles imported through the route, funded orgs.
    const created = await api(server.url, 'POST', '/v1/associations', server.adminKey, {
      name: 'Bench association',
      slug: `bench-${Date.now().toString(36)}`,
      recruiterAccess: 'open',
    });
    const associationId: string = created.association.id;
    const associationKey: string = created.apiKey.secret;
    const seedStart = performance.now();
    for (let start = 0; start < options.size; start += 5000) {
      const batch = Array.from({ length: Math.min(5000, options.size - start) }, (_, k) => alumnusRow(start + k));
      const result = await api(server.url, 'POST', `/v1/associations/${associationId}/alumni/import`, associationKey, batch);
      if (result.failed.length > 0) throw new Error(`import refused rows: ${JSON.stringify(result.failed[0])}`);
    }
    const orgs: Array<{ id: string; key: string }> = [];
    for (let i = 0; i < 17; i++) {
      const org = await api(server.url, 'POST', '/v1/recruiter-orgs', server.adminKey, {
        name: `Bench org ${i}`,
        emailDomain: `bench-${i}.example`,
      });
      await api(server.url, 'POST', `/v1/recruiter-orgs/${org.org.id}/credit-grants`, server.adminKey, {
        credits: 1_000_000,
        amountPaidMinor: 100_000_000,
        reason: 'bench',
      });
      orgs.push({ id: org.org.id, key: org.apiKey.secret });
    }
    const hot = orgs.pop()!;
    const unlockable: string[] = (
      await dataSource.query(`SELECT id FROM alumni WHERE association_id = $1 AND consent_unlockable ORDER BY random()`, [associationId])
    ).map((r: { id: string }) => r.id);
    const [lot] = await dataSource.query(`SELECT id FROM credit_lots WHERE org_id = $1`, [orgs[0].id]);
    await fillRevenue(
      dataSource,
      associationId,
      lot.id,
      orgs.map((o) => o.id),
      100_000,
    );
    await dataSource.query('VACUUM ANALYZE');
    log(
      `seeded ${options.size} profiles (${unlockable.length} unlockable), 17 funded orgs, 100,000 revenue rows in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );

    // --- The routes.
    const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
    let nextPair = 0;
    let nextHot = 0;
    const unlockMany = (base: string): Target => ({
      url: `${base}/v1/profiles/x/unlock`,
      setup: (req) => {
        const k = nextPair++;
        const org = orgs[k % orgs.length];
        const alumnus = unlockable[Math.floor(k / orgs.length) % unlockable.length];
        return { path: `/v1/profiles/${alumnus}/unlock`, headers: { ...req.headers, ...bearer(org.key) } };
      },
    });
    const unlockHot = (base: string): Target => ({
      url: `${base}/v1/profiles/x/unlock`,
      setup: (req) => ({
        path: `/v1/profiles/${unlockable[nextHot++ % unlockable.length]}/unlock`,
        headers: { ...req.headers, ...bearer(hot.key) },
      }),
    });
    const searchKey = orgs[0].key;
    const routes: Array<{
      part: OverheadPart;
      name: string;
      goal?: number;
      method?: string;
      headers?: Record<string, string>;
      target: (base: string) => Target;
      note?: string;
    }> = [
      { part: 'health', name: 'GET /health (peer: bare Fastify handler)', goal: 0.6, target: (b) => ({ url: `${b}/health` }) },
      {
        part: 'wallet',
        name: 'GET /v1/wallet (authenticated)',
        goal: 0.8,
        headers: bearer(orgs[1].key),
        target: (b) => ({ url: `${b}/v1/wallet` }),
      },
      {
        part: 'search',
        name: 'GET /v1/search common term + facets',
        goal: 0.8,
        headers: bearer(searchKey),
        target: (b) => ({ url: `${b}/v1/search?q=manager&facets=city,skills,industry` }),
      },
      {
        part: 'search',
        name: 'GET /v1/search rare term + facets',
        goal: 0.8,
        headers: bearer(searchKey),
        target: (b) => ({ url: `${b}/v1/search?q=fortran&facets=city,skills,industry` }),
      },
      { part: 'unlock', name: 'POST /v1/profiles/{id}/unlock, 16 wallets', goal: 0.8, method: 'POST', target: unlockMany },
      { part: 'unlock', name: 'POST /v1/profiles/{id}/unlock, one hot wallet', goal: 0.8, method: 'POST', target: unlockHot },
      {
        part: 'revenue',
        name: 'GET /v1/associations/{id}/revenue (month)',
        headers: bearer(associationKey),
        target: (b) => ({ url: `${b}/v1/associations/${associationId}/revenue?granularity=month` }),
      },
    ];
    for (const route of routes.filter((r) => runs(r.part))) {
      const load = (base: string, duration: number) =>
        cannon(route.target(base), { connections, duration, method: route.method, headers: route.headers });
      // One second each to warm up (JIT, prepared statements, pool connections).
      await load(server.url, 1);
      await load(peer.url, 1);
      const apiRounds: Round[] = [];
      const peerRounds: Round[] = [];
      // CPU time of each server process over its rounds (/proc): per answer, a figure the other
      // load on the machine moves far less than throughput.
      let apiCpuMs = 0;
      let peerCpuMs = 0;
      for (let round = 0; round < options.rounds; round++) {
        const apiBefore = processCpuMs(server.pid);
        apiRounds.push(await load(server.url, options.duration));
        apiCpuMs += processCpuMs(server.pid) - apiBefore;
        const peerBefore = processCpuMs(peer.child.pid!);
        peerRounds.push(await load(peer.url, options.duration));
        peerCpuMs += processCpuMs(peer.child.pid!) - peerBefore;
      }
      const a = combine(apiRounds);
      const p = combine(peerRounds);
      const apiCpu = (1000 * apiCpuMs) / apiRounds.reduce((n, r) => n + r.ok, 0);
      const peerCpu = (1000 * peerCpuMs) / peerRounds.reduce((n, r) => n + r.ok, 0);
      const row: OverheadRow = {
        route: `${route.name}, c=${connections}`,
        api: a,
        peer: p,
        ratio: a.perSecond / p.perSecond,
        goal: route.goal,
        note: [
          `server CPU per answer: API ${Math.round(apiCpu)} µs, peer ${Math.round(peerCpu)} µs (peer / API ${(peerCpu / apiCpu).toFixed(2)})`,
          ...(a.errors + p.errors > 0 ? [`non-2xx/errors: API ${a.errors}, peer ${p.errors}`] : []),
        ].join('; '),
      };
      rows.push(row);
      log(renderLine(row));
    }

    // --- Search at concurrency 1: the API's p50 against the same statements run directly
    // (association scope, the search, the consent re-check of the hits), one after the other.
    const pool = new Pool({ connectionString: server.databaseUrl, max: 2 });
    const visibility = new VisibilityRepository(dataSource);
    const engine = new PostgresSearchAdapter(pool);
    const [{ id: searchOrgId }] = [orgs[0]];
    for (const [label, q] of runs('search-c1')
      ? ([
          ['common term', 'manager'],
          ['rare term', 'fortran'],
        ] as const)
      : []) {
      const facets: SearchFacetField[] = ['city', 'skills', 'industry'];
      const direct = async () => {
        const associationIds = await visibility.searchableAssociationIds(undefined, searchOrgId);
        const cutoff = new Date();
        cutoff.setUTCMonth(cutoff.getUTCMonth() - 24);
        const result = await engine.search({ q, filters: {}, facets }, { orgId: searchOrgId, associationIds, confirmedAfter: cutoff });
        const ids = result.hits.map((h) => h.alumnusId);
        if (ids.length > 0) await visibility.findForOrgWithPreview(searchOrgId, ids, 24);
      };
      for (let i = 0; i < 20; i++) await direct();
      const sqlRounds: number[] = [];
      const apiRounds: Round[] = [];
      const target = { url: `${server.url}/v1/search?q=${q}&facets=${facets.join(',')}` };
      await cannon(target, { connections: 1, duration: 1, headers: bearer(searchKey) });
      for (let round = 0; round < options.rounds; round++) {
        apiRounds.push(await cannon(target, { connections: 1, duration: options.duration, headers: bearer(searchKey) }));
        const times: number[] = [];
        const until = performance.now() + options.duration * 1000;
        while (performance.now() < until) {
          const t0 = performance.now();
          await direct();
          times.push(performance.now() - t0);
        }
        times.sort((x, y) => x - y);
        sqlRounds.push(percentile(times, 50));
      }
      const a = combine(apiRounds);
      const sqlP50 = [...sqlRounds].sort((x, y) => x - y)[Math.floor((sqlRounds.length - 1) / 2)];
      const row: OverheadRow = {
        route: `GET /v1/search ${label} + facets, c=1: p50 over HTTP vs the same SQL run directly`,
        api: { ...a, unit: 'req/s' },
        peer: { perSecond: 1000 / sqlP50, p50: sqlP50, p99: NaN, unit: 'SQL runs/s' },
        // A latency goal: direct SQL p50 / API p50 ≥ 1 / 1.25.
        ratio: sqlP50 / a.p50,
        goal: 0.8,
        note: `API p50 = ${(a.p50 / sqlP50).toFixed(2)} × SQL p50 (goal ≤ 1.25)`,
      };
      rows.push(row);
      log(renderLine(row));
    }
    await pool.end();

    // --- Imports of 10,000 rows (JSON), each into a new association, alternating API and peer.
    const importRows = 10_000;
    const apiImports: number[] = [];
    const peerImports: number[] = [];
    for (let round = 0; round < (runs('import') ? options.rounds : 0); round++) {
      for (const [base, sink] of [
        [server.url, apiImports],
        [peer.url, peerImports],
      ] as const) {
        const assoc = await api(server.url, 'POST', '/v1/associations', server.adminKey, {
          name: 'Import bench',
          slug: `import-${round}-${sink === apiImports ? 'api' : 'peer'}-${Date.now().toString(36)}`,
        });
        const body = Array.from({ length: importRows }, (_, k) => alumnusRow(k));
        const t0 = performance.now();
        const result = await api(base, 'POST', `/v1/associations/${assoc.association.id}/alumni/import`, assoc.apiKey.secret, body);
        const seconds = (performance.now() - t0) / 1000;
        if (result.created !== importRows) throw new Error(`import on ${base}: ${JSON.stringify(result).slice(0, 200)}`);
        sink.push(importRows / seconds);
      }
    }
    if (!runs('import')) return rows;
    const best = (values: number[]) => Math.max(...values);
    const importRow: OverheadRow = {
      route: `POST /v1/associations/{id}/alumni/import, ${importRows} rows (JSON), best of ${options.rounds}`,
      api: { perSecond: best(apiImports), p50: NaN, p99: NaN, unit: 'rows/s' },
      peer: { perSecond: best(peerImports), p50: NaN, p99: NaN, unit: 'rows/s' },
      ratio: best(apiImports) / best(peerImports),
      note: `API ${apiImports.map((v) => Math.round(v)).join(', ')} rows/s; peer ${peerImports.map((v) => Math.round(v)).join(', ')} rows/s`,
    };
    rows.push(importRow);
    log(renderLine(importRow));
  } finally {
    await dataSource.destroy();
    await peer.stop();
    await server.stop();
  }
  return rows;
}

/** Revenue rows of the association over the last year (the report's default period), as bench/revenue.ts fills them. */
async function fillRevenue(dataSource: DataSource, associationId: string, lotId: string, orgIds: string[], n: number): Promise<void> {
  await dataSource.transaction(async (m) => {
    await m.query(`SET LOCAL work_mem = '64MB'`);
    await m.query(
      `INSERT INTO revenue_entries (org_id, association_id, lot_id, credits, gross_minor, association_share_minor,
         platform_share_minor, revenue_share_bps, currency, kind, reference, program, graduation_year, first_of_movement, created_at)
       SELECT ($4::uuid[])[1 + i % cardinality($4::uuid[])], $1, $2, 1, 250 + i % 100,
              (250 + i % 100) * 8 / 10, (250 + i % 100) - (250 + i % 100) * 8 / 10, 8000, 'eur',
              CASE WHEN i % 5 = 0 THEN 'contact' ELSE 'unlock' END, 'bench:' || i, 'Program ' || (i % 10),
              1990 + i % 30, i % 7 <> 0, now() - (i::double precision / $3) * interval '360 days'
         FROM generate_series(1, $3) AS i`,
      [associationId, lotId, n, orgIds],
    );
  });
  await new RevenueRepository(dataSource).compactSummary();
}

function renderLine(r: OverheadRow): string {
  return `${r.route.padEnd(70)} API ${fmt(r.api.perSecond)} ${r.api.unit} p50 ${fmt(r.api.p50, 2)} p99 ${fmt(r.api.p99, 2)} | peer ${fmt(r.peer.perSecond)} ${r.peer.unit} p50 ${fmt(r.peer.p50, 2)} p99 ${fmt(r.peer.p99, 2)} | ratio ${r.ratio.toFixed(2)}${r.note ? ` (${r.note})` : ''}`;
}

export function renderOverheadTable(rows: OverheadRow[]): string {
  const num = (v: number, digits = 1) => (Number.isFinite(v) ? fmt(v, digits) : '—');
  return [
    '| route | API throughput | API p50 / p99 (ms) | peer throughput | peer p50 / p99 (ms) | ratio API/peer | goal | met |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.route} | ${num(r.api.perSecond)} ${r.api.unit} | ${num(r.api.p50, 2)} / ${num(r.api.p99, 2)} | ${num(r.peer.perSecond)} ${r.peer.unit} | ${num(r.peer.p50, 2)} / ${num(r.peer.p99, 2)} | **${r.ratio.toFixed(2)}** | ${
          r.goal === undefined ? '—' : `≥ ${r.goal}`
        } | ${r.goal === undefined ? '—' : r.ratio >= r.goal ? 'yes' : '**no**'}${r.note ? ` (${r.note})` : ''} |`,
    ),
  ].join('\n');
}

export const OVERHEAD_PARTS = ['health', 'wallet', 'search', 'unlock', 'revenue', 'search-c1', 'import'] as const;
type OverheadPart = (typeof OVERHEAD_PARTS)[number];

function parts(args: string[]): OverheadPart[] | undefined {
  const at = args.indexOf('--routes');
  if (at < 0) return undefined;
  const chosen = args[at + 1].split(',');
  const unknown = chosen.filter((p) => !(OVERHEAD_PARTS as readonly string[]).includes(p));
  if (unknown.length > 0) throw new Error(`--routes: unknown ${unknown.join(', ')}; choose among ${OVERHEAD_PARTS.join(', ')}`);
  return chosen as OverheadPart[];
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const arg = (name: string, fallback: number) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  runOverheadBench({
    size: arg('size', 20_000),
    duration: arg('duration', 3),
    rounds: arg('rounds', 2),
    connections: arg('connections', 8),
    parts: parts(args),
  })
    .then((rows) => process.stdout.write(`\n${renderOverheadTable(rows)}\n`))
    .catch((error) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    });
}

export const OVERHEAD_EXPLAINED = [
  "The peer (bench/lib/peer.ts) is bare Fastify calling the API's own repositories: per request the API-key lookup and secret check,",
  "the rate-limit counting of the API's own store, the route's statements and its access-log / audit writes, with no cache, validation, DTO mapping, logging or metrics.",
  'Both run with RATE_LIMIT_STORE=postgres (what a deployment with DATABASE_URL uses). The API batches concurrent unlocks; the peer charges',
  'one unlock per request. Ratio = API throughput / peer throughput; for search at c=1 it is direct-SQL p50 / API p50 (goal: API p50 ≤ 1.25 × SQL p50).',
  'The load generator is autocannon in the bench process; API and peer are loaded in turn, so each ratio compares figures taken minutes apart at most.',
  "The notes give each server process's CPU time per answer (from /proc, the API's and the peer's own process, not PostgreSQL's): it moves far less with the machine's other load than throughput does.",
].join('\n');
