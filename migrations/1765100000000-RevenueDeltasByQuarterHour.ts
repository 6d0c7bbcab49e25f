import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A time-zone change no longer makes the association's spends wait for the summary rebuild.
 *
 * Before: the triggers on revenue_entries wrote deltas per local day, so they read the
 * association's zone and took its advisory lock (shared); the rebuild took it exclusively, and
 * every spend of that association waited for the rebuild (seconds per million revenue rows). An
 * unlock batch holds several orgs' wallets and units of several associations, so one association's
 * change could hold up unlocks of others too.
 *
 * Now the deltas are keyed by UTC quarter-hour (`bucket_start`), which needs no zone: every zone
 * in use has an offset that is a multiple of 15 minutes, so a quarter-hour lies within one local
 * day of any of them. The zone is applied where a delta meets the summary: when the compaction
 * folds it (reading the zone in its own statement), and when the report reads pending deltas
 * (in the report's statement, with the summary). The triggers take no lock and read no other
 * table.
 *
 * The rebuild (a trigger on UPDATE OF time_zone) still runs in the transaction of the change. It
 * excludes the compaction (its advisory lock), deletes the association's summary, then in one
 * statement — one snapshot — sums the association's visible revenue rows into the summary under
 * the new zone and deletes the deltas of those same rows: a revenue row and its deltas commit
 * together, so a row the snapshot sees has its deltas deleted, and one it does not see (a spend
 * still running, or committed after the statement began) keeps its deltas, which the report and
 * the compaction then read under the zone of their own snapshot. Readers see the old summary and
 * zone until the change commits, then the new ones.
 *
 * The quarter-hour functions themselves are the repeatable definitions in src/revenue/sql/,
 * applied after the migrations. down() folds the pending deltas with them, then removes the ones
 * that write or read quarter-hour deltas, rather than restoring per-local-day copies of them:
 * after a rollback the summary no longer follows revenue_entries, and when the migrations run up
 * again CreatePendingRebuilds asks for its rebuild, which runs after the definitions are back.
 */
export class RevenueDeltasByQuarterHour1765100000000 implements MigrationInterface {
  name = 'RevenueDeltasByQuarterHour1765100000000';

  async up(q: QueryRunner): Promise<void> {
    // The pending deltas (per local day) are folded before the table changes shape.
    await rekeyDeltas(q, 'local_day', 'bucket_start timestamptz');
  }

  async down(q: QueryRunner): Promise<void> {
    await rekeyDeltas(q, 'bucket_start', 'local_day date');
    // They would write quarter-hour deltas into the per-local-day table (and fail every spend).
    await q.query(`DROP TRIGGER IF EXISTS tg_revenue_daily_insert ON revenue_entries`);
    await q.query(`DROP TRIGGER IF EXISTS tg_revenue_daily_update ON revenue_entries`);
    await q.query(`DROP TRIGGER IF EXISTS tg_revenue_daily_delete ON revenue_entries`);
    await q.query(`DROP FUNCTION IF EXISTS revenue_daily_on_insert()`);
    await q.query(`DROP FUNCTION IF EXISTS revenue_daily_on_update()`);
    await q.query(`DROP FUNCTION IF EXISTS revenue_daily_on_delete()`);
    await q.query(`DROP FUNCTION IF EXISTS revenue_daily_compact()`);
  }
}

/**
 * Folds the pending deltas with the current compaction function, if there is one (on a fresh
 * database the functions come after the migrations, and after down() they are gone: in both
 * cases no trigger wrote a delta either), while no spend may add one and no compaction may run;
 * then replaces the delta table's time key `from` with `to` ("name type") and its report index.
 */
async function rekeyDeltas(q: QueryRunner, from: string, to: string): Promise<void> {
  await q.query(`LOCK TABLE revenue_daily_delta IN ACCESS EXCLUSIVE MODE`);
  await q.query(`SELECT pg_advisory_xact_lock(hashtextextended('revenue-daily-compaction', 0))`);
  await q.query(`
    DO $$ BEGIN
      IF to_regprocedure('revenue_daily_compact()') IS NOT NULL THEN PERFORM revenue_daily_compact(); END IF;
    END $$`);
  await q.query(`ALTER TABLE revenue_daily_delta DROP COLUMN ${from}`);
  await q.query(`ALTER TABLE revenue_daily_delta ADD COLUMN ${to} NOT NULL`);
  await q.query(`CREATE INDEX ix_revenue_daily_delta_report ON revenue_daily_delta (association_id, dimension, ${to.split(' ')[0]})`);
}
