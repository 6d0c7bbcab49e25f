import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  aggregate,
  COLUMNS,
  COMPACT_FUNCTION_SQL,
  compactFunctionSql,
  NEW_ROWS,
  OLD_ROWS,
  onChangeFunctionSql,
  REBUILD_FUNCTION_SQL,
  SUMMARY_COLUMNS,
} from './1764600000000-CreateRevenueDaily';

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
 */
export class RevenueDeltasByQuarterHour1765100000000 implements MigrationInterface {
  name = 'RevenueDeltasByQuarterHour1765100000000';

  async up(q: QueryRunner): Promise<void> {
    // The pending deltas (per local day) are folded before the table changes shape.
    await rekeyDeltas(q, 'local_day', 'bucket_start timestamptz');

    const onChange = (name: string, source: string) => `
      CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO revenue_daily_delta (${DELTA_COLUMNS}) ${aggregate(source, QUARTER_HOUR)};
        RETURN NULL;
      END $fn$`;
    await q.query(onChange('revenue_daily_on_insert', NEW_ROWS));
    await q.query(onChange('revenue_daily_on_update', `${OLD_ROWS} UNION ALL ${NEW_ROWS}`));
    await q.query(onChange('revenue_daily_on_delete', OLD_ROWS));

    // The deltas are deleted only with a zone to fold them under (a delta's association exists:
    // revenue rows keep theirs by foreign key), in one statement with the fold as before.
    await q.query(
      orReplace(
        compactFunctionSql(`
          DELETE FROM revenue_daily_delta x USING associations a
           WHERE a.id = x.association_id
          RETURNING x.*, (x.bucket_start AT TIME ZONE a.time_zone)::date AS local_day`),
      ),
    );

    await q.query(`
      CREATE OR REPLACE FUNCTION revenue_daily_rebuild() RETURNS trigger LANGUAGE plpgsql SET work_mem = '64MB' AS $fn$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('revenue-daily-compaction', 0));
        DELETE FROM revenue_daily WHERE association_id = NEW.id;
        WITH folded AS (DELETE FROM revenue_daily_delta WHERE association_id = NEW.id)
        INSERT INTO revenue_daily (${SUMMARY_COLUMNS})
          ${aggregate(`SELECT ${COLUMNS}, 1 AS sign FROM revenue_entries WHERE association_id = NEW.id`)};
        RETURN NULL;
      END $fn$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await rekeyDeltas(q, 'bucket_start', 'local_day date');
    await q.query(orReplace(onChangeFunctionSql('revenue_daily_on_insert', NEW_ROWS)));
    await q.query(orReplace(onChangeFunctionSql('revenue_daily_on_update', `${OLD_ROWS} UNION ALL ${NEW_ROWS}`)));
    await q.query(orReplace(onChangeFunctionSql('revenue_daily_on_delete', OLD_ROWS)));
    await q.query(orReplace(COMPACT_FUNCTION_SQL));
    await q.query(orReplace(REBUILD_FUNCTION_SQL));
  }
}

/**
 * Folds the pending deltas with the current compaction function (no spend may add one meanwhile,
 * and no compaction may run), then replaces the delta table's time key `from` with `to`
 * ("name type") and its report index.
 */
async function rekeyDeltas(q: QueryRunner, from: string, to: string): Promise<void> {
  await q.query(`LOCK TABLE revenue_daily_delta IN ACCESS EXCLUSIVE MODE`);
  await q.query(`SELECT pg_advisory_xact_lock(hashtextextended('revenue-daily-compaction', 0))`);
  await q.query(`SELECT revenue_daily_compact()`);
  await q.query(`ALTER TABLE revenue_daily_delta DROP COLUMN ${from}`);
  await q.query(`ALTER TABLE revenue_daily_delta ADD COLUMN ${to} NOT NULL`);
  await q.query(`CREATE INDEX ix_revenue_daily_delta_report ON revenue_daily_delta (association_id, dimension, ${to.split(' ')[0]})`);
}

/** The earlier migration's CREATE FUNCTION text, as a replacement of the existing function. */
const orReplace = (sql: string): string => sql.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION');

const DELTA_COLUMNS = SUMMARY_COLUMNS.replace('local_day', 'bucket_start');

/** The UTC quarter-hour of a revenue row; rows without an association are not summarised. */
const QUARTER_HOUR = {
  alias: 'bucket_start',
  expr: `date_bin('15 minutes', s.created_at, timestamptz '2000-01-01 00:00:00+00')`,
  from: 's WHERE s.association_id IS NOT NULL',
};
