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
 * applied after the migrations. down() needs the per-local-day versions this migration replaced,
 * so it keeps a frozen copy of them.
 */
export class RevenueDeltasByQuarterHour1765100000000 implements MigrationInterface {
  name = 'RevenueDeltasByQuarterHour1765100000000';

  async up(q: QueryRunner): Promise<void> {
    // The pending deltas (per local day) are folded before the table changes shape.
    await rekeyDeltas(q, 'local_day', 'bucket_start timestamptz');
  }

  async down(q: QueryRunner): Promise<void> {
    await rekeyDeltas(q, 'bucket_start', 'local_day date');
    await q.query(onChangeFunctionSql('revenue_daily_on_insert', NEW_ROWS));
    await q.query(onChangeFunctionSql('revenue_daily_on_update', `${OLD_ROWS} UNION ALL ${NEW_ROWS}`));
    await q.query(onChangeFunctionSql('revenue_daily_on_delete', OLD_ROWS));
    await q.query(COMPACT_FUNCTION_SQL);
    await q.query(REBUILD_FUNCTION_SQL);
  }
}

/**
 * Folds the pending deltas with the current compaction function, if there is one yet (on a fresh
 * database the functions come after the migrations, and there are no deltas), while no spend may
 * add one and no compaction may run; then replaces the delta table's time key `from` with `to`
 * ("name type") and its report index.
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

// The per-local-day definitions as CreateRevenueDaily created them, frozen for down().

/** The revenue_entries columns the summary reads (all in ix_revenue_entries_association_report). */
const COLUMNS = `association_id, created_at, org_id, program, graduation_year, currency, kind, first_of_movement, gross_minor,
  association_share_minor, platform_share_minor`;

const SUMMARY_COLUMNS = `association_id, dimension, local_day, group_value, currency, entries, gross_minor,
  association_share_minor, platform_share_minor, breakage_minor, refund_adjustments_minor, unlocks, accepted_contacts`;

/** Sums `source` (revenue_entries columns plus `sign`) per local day and dimension (grouping sets). */
function aggregate(source: string): string {
  return `
    SELECT c.association_id,
           CASE WHEN GROUPING(c.org_id) = 0 THEN 'org' WHEN GROUPING(c.program) = 0 THEN 'program' ELSE 'graduation_year' END,
           c.local_day,
           CASE WHEN GROUPING(c.org_id) = 0 THEN c.org_id::text WHEN GROUPING(c.program) = 0 THEN c.program ELSE c.graduation_year::text END
             COLLATE "C",
           c.currency COLLATE "C",
           sum(c.sign), sum(c.sign * c.gross_minor), sum(c.sign * c.association_share_minor), sum(c.sign * c.platform_share_minor),
           sum(c.sign * CASE WHEN c.kind = 'breakage' THEN c.gross_minor ELSE 0 END),
           sum(c.sign * CASE WHEN c.kind = 'refund_adjustment' THEN c.gross_minor ELSE 0 END),
           sum(c.sign * CASE WHEN c.kind = 'unlock' AND c.first_of_movement THEN 1 ELSE 0 END),
           sum(c.sign * CASE WHEN c.kind = 'contact' AND c.first_of_movement THEN 1 ELSE 0 END)
      FROM (SELECT s.*, (s.created_at AT TIME ZONE a.time_zone)::date AS local_day
              FROM (${source}) s JOIN associations a ON a.id = s.association_id) c
     GROUP BY c.association_id, c.local_day, c.currency, GROUPING SETS ((c.org_id), (c.program), (c.graduation_year))`;
}

const NEW_ROWS = `SELECT ${COLUMNS}, 1 AS sign FROM new_rows`;
const OLD_ROWS = `SELECT ${COLUMNS}, -1 AS sign FROM old_rows`;

/** The statement-level trigger function `name` that appends the sums of `source` to revenue_daily_delta. */
const onChangeFunctionSql = (name: string, source: string): string => `
      CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM pg_advisory_xact_lock_shared(hashtextextended('revenue-daily:' || a.association_id, 0))
           FROM (SELECT DISTINCT association_id FROM (${source}) s WHERE association_id IS NOT NULL ORDER BY 1) a;
        INSERT INTO revenue_daily_delta (${SUMMARY_COLUMNS}) ${aggregate(source)};
        RETURN NULL;
      END $fn$`;

/**
 * revenue_daily_compact(): folds the rows of `moved` (a DELETE … RETURNING the deltas with their
 * SUMMARY_COLUMNS) into revenue_daily, under the compaction's try-lock.
 */
const compactFunctionSql = (moved: string): string => `
      CREATE OR REPLACE FUNCTION revenue_daily_compact() RETURNS bigint LANGUAGE plpgsql AS $fn$
      DECLARE
        folded bigint;
      BEGIN
        IF NOT pg_try_advisory_xact_lock(hashtextextended('revenue-daily-compaction', 0)) THEN
          RETURN 0;
        END IF;
        WITH moved AS (${moved}),
        folded_rows AS (
          INSERT INTO revenue_daily AS d (${SUMMARY_COLUMNS})
          SELECT association_id, dimension, local_day, group_value, currency, sum(entries), sum(gross_minor),
                 sum(association_share_minor), sum(platform_share_minor), sum(breakage_minor), sum(refund_adjustments_minor),
                 sum(unlocks), sum(accepted_contacts)
            FROM moved
           GROUP BY 1, 2, 3, 4, 5
           ORDER BY 1, 2, 3, 4, 5
          ON CONFLICT ON CONSTRAINT uq_revenue_daily_key DO UPDATE SET
            entries = d.entries + EXCLUDED.entries,
            gross_minor = d.gross_minor + EXCLUDED.gross_minor,
            association_share_minor = d.association_share_minor + EXCLUDED.association_share_minor,
            platform_share_minor = d.platform_share_minor + EXCLUDED.platform_share_minor,
            breakage_minor = d.breakage_minor + EXCLUDED.breakage_minor,
            refund_adjustments_minor = d.refund_adjustments_minor + EXCLUDED.refund_adjustments_minor,
            unlocks = d.unlocks + EXCLUDED.unlocks,
            accepted_contacts = d.accepted_contacts + EXCLUDED.accepted_contacts
          RETURNING 1)
        SELECT count(*) INTO folded FROM moved;
        RETURN folded;
      END $fn$`;

/** revenue_daily_compact() as CreateRevenueDaily created it. */
const COMPACT_FUNCTION_SQL = compactFunctionSql('DELETE FROM revenue_daily_delta RETURNING *');

/** revenue_daily_rebuild() as CreateRevenueDaily created it. */
const REBUILD_FUNCTION_SQL = `
      CREATE OR REPLACE FUNCTION revenue_daily_rebuild() RETURNS trigger LANGUAGE plpgsql SET work_mem = '64MB' AS $fn$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('revenue-daily-compaction', 0));
        PERFORM pg_advisory_xact_lock(hashtextextended('revenue-daily:' || NEW.id, 0));
        DELETE FROM revenue_daily_delta WHERE association_id = NEW.id;
        DELETE FROM revenue_daily WHERE association_id = NEW.id;
        INSERT INTO revenue_daily (${SUMMARY_COLUMNS})
          ${aggregate(`SELECT ${COLUMNS}, 1 AS sign FROM revenue_entries WHERE association_id = NEW.id`)};
        RETURN NULL;
      END $fn$`;
