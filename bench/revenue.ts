import 'reflect-metadata';
import { openBenchDatabase } from './lib/bench-database';
import { BenchRow } from './lib/report';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { RevenueBucket, RevenueGroupBy, RevenueRepository } from '../src/revenue/revenue.repository';

/**
 * The association revenue report over 1,000,000 revenue rows of one association (a year, 50 orgs,
 * 10 programs, 30 graduation years), plus 200,000 rows of another association, filled with one
 * INSERT … SELECT generate_series per association. Nothing is disabled: foreign keys are checked
 * and the statement-level trigger on revenue_entries sums the inserted rows into
 * revenue_daily_delta in the same statement, set-based (the code path every insert takes; a spend
 * inserts its one or two rows the same way), then folds the deltas into revenue_daily as the
 * compaction job does. The fill time therefore includes the summary.
 * Times RevenueRepository.association — the query the route runs, on revenue_daily — 20 times per
 * shape after 2 warm-up runs and prints p50 / p95, next to the same report computed from
 * revenue_entries (associationFromEntries, the query the route ran before the summary), checks
 * that both give the same buckets, and times a time-zone change (which rebuilds the summary) and
 * a revenue row of the association written while it runs (which must not wait for it).
 *   npm run build && node dist/bench/revenue.js [rows=1000000] [runs=20]
 * Uses DATABASE_URL when set, else a throw-away embedded PostgreSQL.
 */
export async function runRevenueBench(rows: number, runs: number): Promise<BenchRow[]> {
  const results: BenchRow[] = [];
  const { url, stop } = await openBenchDatabase();
  const dataSource = new DataSource(dataSourceOptions(url, 4));
  await dataSource.initialize();
  try {
    const [assoc] = await dataSource.query(
      `INSERT INTO associations (name, slug, time_zone) VALUES ('Bench', 'bench-' || gen_random_uuid(), 'Europe/Paris') RETURNING id`,
    );
    const [other] = await dataSource.query(
      `INSERT INTO associations (name, slug) VALUES ('Other', 'other-' || gen_random_uuid()) RETURNING id`,
    );
    const [org] = await dataSource.query(
      `INSERT INTO recruiter_orgs (name, email_domain) VALUES ('Bench org', 'bench.example') RETURNING id`,
    );
    const [wallet] = await dataSource.query(`INSERT INTO wallets (org_id) VALUES ($1) RETURNING id`, [org.id]);
    const [lot] = await dataSource.query(
      `INSERT INTO credit_lots (wallet_id, org_id, source, credits_granted, credits_remaining, amount_paid_minor, currency)
       VALUES ($1, $2, 'grant', 1, 1, 0, 'eur') RETURNING id`,
      [wallet.id, org.id],
    );
    const fill = async (associationId: string, n: number) => {
      const started = Date.now();
      // One transaction with more work_mem, so the trigger's summary of a million rows is grouped
      // in memory (the trigger itself sets nothing: a spend summarises one or two rows).
      await dataSource.transaction(async (m) => {
        await m.query(`SET LOCAL work_mem = '64MB'`);
        await m.query(
          `INSERT INTO revenue_entries (org_id, association_id, lot_id, credits, gross_minor, association_share_minor,
             platform_share_minor, revenue_share_bps, currency, kind, reference, program, graduation_year, first_of_movement, created_at)
           SELECT ('00000000-0000-4000-8000-' || lpad((i % 50)::text, 12, '0'))::uuid, $1, $2, 1, 250 + i % 100,
                  (250 + i % 100) * 8 / 10, (250 + i % 100) - (250 + i % 100) * 8 / 10, 8000, 'eur',
                  CASE WHEN i % 5 = 0 THEN 'contact' ELSE 'unlock' END, 'unlock:' || i, 'Program ' || (i % 10),
                  1990 + i % 30, i % 7 <> 0, timestamptz '2025-01-01 00:00:00+00' + (i::double precision / $3) * interval '365 days'
             FROM generate_series(1, $3) AS i`,
          [associationId, lot.id, n],
        );
      });
      return Date.now() - started;
    };
    const fillMs = await fill(assoc.id, rows);
    await fill(other.id, Math.floor(rows / 5));
    // The trigger appended the fills' sums to revenue_daily_delta; fold them as the compaction job would.
    const compactStarted = Date.now();
    const folded = await new RevenueRepository(dataSource).compactSummary();
    process.stdout.write(`compaction folded ${folded} delta rows in ${Date.now() - compactStarted} ms\n`);
    await dataSource.query(`VACUUM ANALYZE revenue_entries`);
    await dataSource.query(`VACUUM ANALYZE revenue_daily`);
    // The folded deltas are dead rows until a vacuum (autovacuum, on a running server).
    await dataSource.query(`VACUUM ANALYZE revenue_daily_delta`);
    process.stdout.write(
      `filled ${rows} rows (+${Math.floor(rows / 5)} of another association) in ${fillMs} ms, summary trigger included\n`,
    );

    const repo = new RevenueRepository(dataSource);
    if (process.env.EXPLAIN) {
      // The repository's own statements (month, no groupBy; summary, then raw), run under EXPLAIN
      // through a wrapped data source.
      const explain = async (m: { query: (sql: string, params?: unknown[]) => Promise<unknown> }, sql: string, params?: unknown[]) => {
        if (sql.startsWith('SET')) return m.query(sql); // the raw query's SET LOCAL statements
        const plan = (await m.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)) as Record<string, string>[];
        process.stdout.write(plan.map((r) => r['QUERY PLAN']).join('\n') + '\n');
        return [];
      };
      const explaining = {
        query: (sql: string, params?: unknown[]) => explain(dataSource, sql, params),
        transaction: (fn: (m: { query: (sql: string, params?: unknown[]) => Promise<unknown> }) => Promise<unknown>) =>
          dataSource.transaction((m) => fn({ query: (sql: string, params?: unknown[]) => explain(m, sql, params) })),
      };
      const explained = new RevenueRepository(explaining as unknown as DataSource);
      const month = { from: '2025-01-01', to: '2025-12-31', timeZone: 'Europe/Paris', granularity: 'month' as const };
      await explained.association(assoc.id, month);
      await explained.associationFromEntries(assoc.id, month);
    }
    const range = { from: '2025-01-01', to: '2025-12-31', timeZone: 'Europe/Paris', granularity: 'month' as const };
    const shapes: Array<[string, RevenueGroupBy | undefined]> = [
      ['month', undefined],
      ['month, groupBy=org', 'org'],
      ['month, groupBy=program', 'program'],
      ['month, groupBy=graduationYear', 'graduationYear'],
    ];
    const [{ n: summaryRows }] = await dataSource.query(`SELECT count(*)::int AS n FROM revenue_daily WHERE association_id = $1`, [
      assoc.id,
    ]);
    process.stdout.write(`revenue_daily holds ${summaryRows} rows for the association\n`);
    const time = async (run: () => Promise<RevenueBucket[]>, count = runs) => {
      const times: number[] = [];
      let buckets: RevenueBucket[] = [];
      for (let i = 0; i < count + 2; i++) {
        const started = process.hrtime.bigint();
        buckets = await run();
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (i >= 2) times.push(ms);
      }
      times.sort((a, b) => a - b);
      const pct = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)].toFixed(1);
      return { buckets, p50: pct(50), p95: pct(95) };
    };
    process.stdout.write(`| shape | buckets | p50 ms | p95 ms | raw p50 ms | raw p95 ms | same buckets |\n|---|---|---|---|---|---|---|\n`);
    for (const [name, groupBy] of shapes) {
      const summary = await time(() => repo.association(assoc.id, range, groupBy));
      // The raw-table comparison takes about a second a run: a few runs are enough to compare.
      const rawRuns = Math.min(runs, 3);
      const raw = await time(() => repo.associationFromEntries(assoc.id, range, groupBy), rawRuns);
      const same = JSON.stringify(summary.buckets) === JSON.stringify(raw.buckets);
      process.stdout.write(
        `| ${name} | ${summary.buckets.length} | ${summary.p50} | ${summary.p95} | ${raw.p50} | ${raw.p95} | ${same ? 'yes' : '**NO**'} |\n`,
      );
      results.push({
        benchmark: 'revenue',
        figure: `association report, ${rows} revenue rows, ${name}`,
        value: Number(summary.p50),
        unit: 'ms p50',
        target: rows >= 1_000_000 ? '≤ 200 ms' : undefined,
        met: rows >= 1_000_000 ? same && Number(summary.p95) <= 200 : undefined,
        comparison:
          `p95 ${summary.p95} ms over ${runs} runs (repository query on revenue_daily, ${summaryRows} summary rows; no HTTP); ` +
          `same report from revenue_entries (raw SQL, ${rawRuns} runs): p50 ${raw.p50} ms, max ${raw.p95} ms; buckets identical: ${same ? 'yes' : 'NO'}`,
      });
    }
    // A time-zone change re-buckets every row of the association (trigger on associations). While
    // it runs, a revenue row of the association is written on another connection, as a spend
    // writes it (foreign keys and summary trigger): it must not wait for the rebuild.
    const rebuildStarted = Date.now();
    const rebuilding = dataSource.query(`UPDATE associations SET time_zone = 'America/New_York' WHERE id = $1`, [assoc.id]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const spendStarted = Date.now();
    await dataSource.query(
      `INSERT INTO revenue_entries (org_id, association_id, lot_id, credits, gross_minor, association_share_minor,
         platform_share_minor, revenue_share_bps, currency, kind, reference, program, graduation_year, first_of_movement)
       VALUES ('00000000-0000-4000-8000-000000000001', $1, $2, 1, 300, 240, 60, 8000, 'eur', 'unlock', 'unlock:during-rebuild', 'Program 1', 2001, true)`,
      [assoc.id, lot.id],
    );
    const spendMs = Date.now() - spendStarted;
    const spendDone = Date.now() - rebuildStarted;
    await rebuilding;
    const rebuildMs = Date.now() - rebuildStarted;
    const nyRange = { ...range, from: '2025-01-01', to: '2100-12-31', timeZone: 'America/New_York' };
    const rebuilt =
      JSON.stringify(await repo.association(assoc.id, nyRange, 'org')) ===
      JSON.stringify(await repo.associationFromEntries(assoc.id, nyRange, 'org'));
    process.stdout.write(
      `time-zone change (summary rebuilt from ${rows} rows): ${rebuildMs} ms; a revenue row written meanwhile: ${spendMs} ms ` +
        `(done ${spendDone} ms after the change began); report equals raw afterwards: ${rebuilt}\n`,
    );
    results.push({
      benchmark: 'revenue',
      figure: `association time-zone change, ${rows} revenue rows (summary rebuilt in the same transaction)`,
      value: rebuildMs,
      unit: 'ms',
      comparison:
        `a revenue row of the association written 200 ms into the change: ${spendMs} ms (${spendDone < rebuildMs ? 'before' : 'NOT before'} the change ended); ` +
        `report equals the raw aggregation afterwards: ${rebuilt ? 'yes' : 'NO'}; fill of ${rows} rows incl. summary trigger: ${fillMs} ms`,
    });
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
