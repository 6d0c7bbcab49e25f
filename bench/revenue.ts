import 'reflect-metadata';
import { BenchRow } from './lib/report';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '../src/database/data-source';
import { RevenueGroupBy, RevenueRepository } from '../src/revenue/revenue.repository';

/**
 * The association revenue report over 1,000,000 revenue rows of one association (a year, 50 orgs,
 * 10 programs, 30 graduation years), plus 200,000 rows of another association, filled with one
 * INSERT … SELECT generate_series (no trigger disabled: revenue_entries has none; its foreign
 * keys are checked). Times RevenueRepository.association — the query the route runs — 20 times
 * per shape after 2 warm-up runs and prints p50 / p95.
 *   npm run build && node dist/bench/revenue.js [rows=1000000] [runs=20]
 * Uses DATABASE_URL when set, else a throw-away embedded PostgreSQL.
 */
export async function runRevenueBench(rows: number, runs: number): Promise<BenchRow[]> {
  const results: BenchRow[] = [];
  let url = process.env.DATABASE_URL;
  let stop = async () => undefined;
  if (!url) {
    const { startEmbeddedPostgres, ensureDatabase } = await import('../src/database/embedded-postgres');
    const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
    const server = await startEmbeddedPostgres({ dataDir });
    await ensureDatabase(server.adminUrl, 'bench');
    url = server.urlFor('bench');
    stop = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  await runMigrations(url);
  const dataSource = new DataSource(dataSourceOptions(url, 4));
  await dataSource.initialize();
  try {
    const [assoc] = await dataSource.query(
      `INSERT INTO associations (name, slug, time_zone) VALUES ('Bench', 'bench-' || gen_random_uuid(), 'Europe/Paris') RETURNING id`,
    );
    const [other] = await dataSource.query(`INSERT INTO associations (name, slug) VALUES ('Other', 'other-' || gen_random_uuid()) RETURNING id`);
    const [org] = await dataSource.query(`INSERT INTO recruiter_orgs (name, email_domain) VALUES ('Bench org', 'bench.example') RETURNING id`);
    const [wallet] = await dataSource.query(`INSERT INTO wallets (org_id) VALUES ($1) RETURNING id`, [org.id]);
    const [lot] = await dataSource.query(
      `INSERT INTO credit_lots (wallet_id, org_id, source, credits_granted, credits_remaining, amount_paid_minor, currency)
       VALUES ($1, $2, 'grant', 1, 1, 0, 'eur') RETURNING id`,
      [wallet.id, org.id],
    );
    const fill = async (associationId: string, n: number) => {
      const started = Date.now();
      await dataSource.query(
        `INSERT INTO revenue_entries (org_id, association_id, lot_id, credits, gross_minor, association_share_minor,
           platform_share_minor, revenue_share_bps, currency, kind, reference, program, graduation_year, first_of_movement, created_at)
         SELECT ('00000000-0000-4000-8000-' || lpad((i % 50)::text, 12, '0'))::uuid, $1, $2, 1, 250 + i % 100,
                (250 + i % 100) * 8 / 10, (250 + i % 100) - (250 + i % 100) * 8 / 10, 8000, 'eur',
                CASE WHEN i % 5 = 0 THEN 'contact' ELSE 'unlock' END, 'unlock:' || i, 'Program ' || (i % 10),
                1990 + i % 30, i % 7 <> 0, timestamptz '2025-01-01 00:00:00+00' + (i::double precision / $3) * interval '365 days'
           FROM generate_series(1, $3) AS i`,
        [associationId, lot.id, n],
      );
      return Date.now() - started;
    };
    const fillMs = await fill(assoc.id, rows);
    await fill(other.id, Math.floor(rows / 5));
    await dataSource.query(`VACUUM ANALYZE revenue_entries`);
    process.stdout.write(`filled ${rows} rows (+${Math.floor(rows / 5)} of another association) in ${fillMs} ms\n`);

    const repo = new RevenueRepository(dataSource);
    if (process.env.EXPLAIN) {
      // The repository's own statement (month, no groupBy), run under EXPLAIN through a wrapped data source.
      const explaining = {
        transaction: (fn: (m: { query: (sql: string, params?: unknown[]) => Promise<unknown> }) => Promise<unknown>) =>
          dataSource.transaction((m) =>
            fn({
              query: async (sql: string, params?: unknown[]) => {
                if (sql.startsWith('SET')) return m.query(sql); // the repository's SET LOCAL statements
                const plan = await m.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
                process.stdout.write(plan.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n') + '\n');
                return [];
              },
            }),
          ),
      };
      await new RevenueRepository(explaining as unknown as DataSource).association(assoc.id, {
        from: '2025-01-01',
        to: '2025-12-31',
        timeZone: 'Europe/Paris',
        granularity: 'month',
      });
    }
    const range = { from: '2025-01-01', to: '2025-12-31', timeZone: 'Europe/Paris', granularity: 'month' as const };
    const shapes: Array<[string, RevenueGroupBy | undefined]> = [
      ['month', undefined],
      ['month, groupBy=org', 'org'],
      ['month, groupBy=program', 'program'],
      ['month, groupBy=graduationYear', 'graduationYear'],
    ];
    process.stdout.write(`| shape | buckets | p50 ms | p95 ms |\n|---|---|---|---|\n`);
    for (const [name, groupBy] of shapes) {
      const times: number[] = [];
      let buckets = 0;
      for (let i = 0; i < runs + 2; i++) {
        const started = process.hrtime.bigint();
        buckets = (await repo.association(assoc.id, range, groupBy)).length;
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (i >= 2) times.push(ms);
      }
      times.sort((a, b) => a - b);
      const pct = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)].toFixed(1);
      process.stdout.write(`| ${name} | ${buckets} | ${pct(50)} | ${pct(95)} |\n`);
      results.push({
        benchmark: 'revenue',
        figure: `association report, ${rows} revenue rows, ${name}`,
        value: Number(pct(50)),
        unit: 'ms p50',
        target: rows >= 1_000_000 ? '≤ 200 ms' : undefined,
        met: rows >= 1_000_000 ? Number(pct(95)) <= 200 : undefined,
        comparison: `p95 ${pct(95)} ms over ${runs} runs (repository query timed directly; no HTTP)`,
      });
    }
  } finally {
    await dataSource.destroy();
    await stop();
  }
  return results;
}

if (require.main === module) {
  runRevenueBench(Number(process.argv[2] ?? 1_000_000), Number(process.argv[3] ?? 20)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
