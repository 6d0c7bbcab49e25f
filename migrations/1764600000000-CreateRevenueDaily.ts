import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * revenue_daily: an association's revenue summed per local calendar day (in the association's
 * time zone), currency and report dimension, so that the association report reads a few thousand
 * summary rows instead of up to millions of revenue_entries (issue 6: ≤ 200 ms at 1M rows).
 *
 * Each revenue row is counted three times, once per dimension the report can group by:
 * `org` (group_value = org id), `program` and `graduation_year` (NULL when unknown); the
 * ungrouped report may sum any one dimension. One row per (day, org, program, year) combination would
 * barely compress real data (a busy day has thousands of distinct combinations); per dimension,
 * a day has at most orgs + programs + years rows.
 *
 * Kept exact by statement-level triggers on revenue_entries (insert, update, delete, truncate) in
 * the same transaction as the change, so no code path can forget it. They do not update
 * revenue_daily: they append the statement's sums to revenue_daily_delta, and a job
 * (revenue_daily_compact) folds the deltas into revenue_daily every few seconds. An upsert from
 * the spending transaction would hold the summary row of (association, day, program) and
 * (…, graduation year) until commit, so concurrent spends of different orgs on one association
 * would queue behind each other; appends never wait. The report reads revenue_daily plus the
 * pending deltas in one statement, so it is exact whether or not the job has run.
 *
 * Keyed by local day rather than UTC hour: hourly rows would not compress grouped reports (an hour
 * of a busy association already spans most orgs) and would not serve zones with half-hour offsets
 * (Asia/Kolkata). The price is that a time-zone change must re-bucket: an AFTER UPDATE OF
 * time_zone trigger on associations rebuilds that association's summary in the same transaction.
 * Rows of revenue_entries without an association (breakage, refund adjustments) are not in it:
 * the platform report (UTC, all rows) still reads revenue_entries.
 */
export class CreateRevenueDaily1764600000000 implements MigrationInterface {
  name = 'CreateRevenueDaily1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE revenue_daily (
        association_id uuid NOT NULL,
        dimension text NOT NULL,
        local_day date NOT NULL,
        group_value text COLLATE "C",
        currency text COLLATE "C" NOT NULL,
        entries bigint NOT NULL,
        gross_minor bigint NOT NULL,
        association_share_minor bigint NOT NULL,
        platform_share_minor bigint NOT NULL,
        breakage_minor bigint NOT NULL,
        refund_adjustments_minor bigint NOT NULL,
        unlocks bigint NOT NULL,
        accepted_contacts bigint NOT NULL,
        -- No CHECK (entries >= 0): an upsert's proposed row is checked before the conflict is
        -- found, and removals (an UPDATE of created_at moving a row to another day) propose negatives.
        CONSTRAINT uq_revenue_daily_key UNIQUE NULLS NOT DISTINCT (association_id, dimension, local_day, group_value, currency),
        CONSTRAINT ck_revenue_daily_dimension CHECK (dimension IN ('org', 'program', 'graduation_year'))
      )`);
    await q.query(`
      CREATE TABLE revenue_daily_delta (
        association_id uuid NOT NULL,
        dimension text NOT NULL,
        local_day date NOT NULL,
        group_value text COLLATE "C",
        currency text COLLATE "C" NOT NULL,
        entries bigint NOT NULL,
        gross_minor bigint NOT NULL,
        association_share_minor bigint NOT NULL,
        platform_share_minor bigint NOT NULL,
        breakage_minor bigint NOT NULL,
        refund_adjustments_minor bigint NOT NULL,
        unlocks bigint NOT NULL,
        accepted_contacts bigint NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_revenue_daily_delta_report ON revenue_daily_delta (association_id, dimension, local_day)`);
    // No foreign key to associations: every row is derived from revenue_entries rows, whose own
    // foreign key already holds, and a check per summary row would cost each spend three lookups.
    // Byte-order collation ("C") on the text keys: cheaper comparisons in the unique index and
    // when a rebuild groups millions of rows; report ordering is done in code anyway.

    // Concurrency with a time-zone change: before reading the zone, a change of revenue_entries
    // takes the association's advisory lock in shared mode (held to commit); the rebuild takes it
    // exclusively. So a rebuild either waits for this transaction (and then sees its rows, and
    // replaces its deltas) or commits first, and the next statement here reads the new zone.
    // Without it a row could be summed under the old zone's day after the rebuild had run.
    // Advisory rather than FOR SHARE on the association row: no write to that row per spend.
    await q.query(onChangeFunctionSql('revenue_daily_on_insert', NEW_ROWS));
    await q.query(onChangeFunctionSql('revenue_daily_on_update', `${OLD_ROWS} UNION ALL ${NEW_ROWS}`));
    await q.query(onChangeFunctionSql('revenue_daily_on_delete', OLD_ROWS));
    await q.query(`
      CREATE TRIGGER tg_revenue_daily_insert AFTER INSERT ON revenue_entries
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION revenue_daily_on_insert()`);
    await q.query(`
      CREATE TRIGGER tg_revenue_daily_update AFTER UPDATE ON revenue_entries
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION revenue_daily_on_update()`);
    await q.query(`
      CREATE TRIGGER tg_revenue_daily_delete AFTER DELETE ON revenue_entries
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION revenue_daily_on_delete()`);
    await q.query(`
      CREATE FUNCTION revenue_daily_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM revenue_daily;
        DELETE FROM revenue_daily_delta;
        RETURN NULL;
      END $fn$`);
    await q.query(`
      CREATE TRIGGER tg_revenue_daily_truncate AFTER TRUNCATE ON revenue_entries
      FOR EACH STATEMENT EXECUTE FUNCTION revenue_daily_on_truncate()`);

    // Folds the pending deltas into revenue_daily, in one statement (a report sees the deltas
    // either pending or folded, never both or neither). One compaction at a time (try-lock: a
    // second caller returns 0 and leaves the work to the first). Returns the deltas folded.
    await q.query(COMPACT_FUNCTION_SQL);

    // A time-zone change moves rows across local days: rebuild that association's summary in the
    // transaction that changes the zone. It first excludes compaction, then waits for the
    // association's in-flight revenue changes (their advisory locks), and holds both to commit,
    // so spends of this association wait for the rebuild (seconds per million revenue rows).
    await q.query(REBUILD_FUNCTION_SQL);
    await q.query(`
      CREATE TRIGGER tg_revenue_daily_time_zone AFTER UPDATE OF time_zone ON associations
      FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone) EXECUTE FUNCTION revenue_daily_rebuild()`);

    await q.query(`SET LOCAL work_mem = '64MB'`); // the backfill groups in memory rather than sorting on disk
    await q.query(`
      INSERT INTO revenue_daily (${SUMMARY_COLUMNS})
      ${aggregate(`SELECT ${COLUMNS}, 1 AS sign FROM revenue_entries WHERE association_id IS NOT NULL`)}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tg_revenue_daily_time_zone ON associations`);
    await q.query(`DROP TRIGGER tg_revenue_daily_truncate ON revenue_entries`);
    await q.query(`DROP TRIGGER tg_revenue_daily_delete ON revenue_entries`);
    await q.query(`DROP TRIGGER tg_revenue_daily_update ON revenue_entries`);
    await q.query(`DROP TRIGGER tg_revenue_daily_insert ON revenue_entries`);
    await q.query(`DROP FUNCTION revenue_daily_rebuild()`);
    await q.query(`DROP FUNCTION revenue_daily_compact()`);
    await q.query(`DROP FUNCTION revenue_daily_on_truncate()`);
    await q.query(`DROP FUNCTION revenue_daily_on_delete()`);
    await q.query(`DROP FUNCTION revenue_daily_on_update()`);
    await q.query(`DROP FUNCTION revenue_daily_on_insert()`);
    await q.query(`DROP TABLE revenue_daily_delta`);
    await q.query(`DROP TABLE revenue_daily`);
  }
}

/** The revenue_entries columns the summary reads (all in ix_revenue_entries_association_report). */
export const COLUMNS = `association_id, created_at, org_id, program, graduation_year, currency, kind, first_of_movement, gross_minor,
  association_share_minor, platform_share_minor`;

export const SUMMARY_COLUMNS = `association_id, dimension, local_day, group_value, currency, entries, gross_minor,
  association_share_minor, platform_share_minor, breakage_minor, refund_adjustments_minor, unlocks, accepted_contacts`;

/**
 * Sums `source` (revenue_entries columns plus `sign`, +1 or −1) into SUMMARY_COLUMNS, one pass
 * with grouping sets (one set per dimension). Sums mirror the raw report exactly: unlocks and
 * accepted contacts count movements (first_of_movement), and `entries` counts rows so that a
 * bucket whose rows all sum to 0 is still reported, as it was.
 *
 * `bucket` is the time key: by default the local day in the association's time zone (the
 * summary's key); a later migration keys the deltas by UTC quarter-hour instead.
 */
export function aggregate(
  source: string,
  bucket: { alias: string; expr: string; from: string } = {
    alias: 'local_day',
    expr: '(s.created_at AT TIME ZONE a.time_zone)::date',
    from: 's JOIN associations a ON a.id = s.association_id',
  },
): string {
  return `
    SELECT c.association_id,
           CASE WHEN GROUPING(c.org_id) = 0 THEN 'org' WHEN GROUPING(c.program) = 0 THEN 'program' ELSE 'graduation_year' END,
           c.${bucket.alias},
           CASE WHEN GROUPING(c.org_id) = 0 THEN c.org_id::text WHEN GROUPING(c.program) = 0 THEN c.program ELSE c.graduation_year::text END
             COLLATE "C",
           c.currency COLLATE "C",
           sum(c.sign), sum(c.sign * c.gross_minor), sum(c.sign * c.association_share_minor), sum(c.sign * c.platform_share_minor),
           sum(c.sign * CASE WHEN c.kind = 'breakage' THEN c.gross_minor ELSE 0 END),
           sum(c.sign * CASE WHEN c.kind = 'refund_adjustment' THEN c.gross_minor ELSE 0 END),
           sum(c.sign * CASE WHEN c.kind = 'unlock' AND c.first_of_movement THEN 1 ELSE 0 END),
           sum(c.sign * CASE WHEN c.kind = 'contact' AND c.first_of_movement THEN 1 ELSE 0 END)
      FROM (SELECT s.*, ${bucket.expr} AS ${bucket.alias}
              FROM (${source}) ${bucket.from}) c
     GROUP BY c.association_id, c.${bucket.alias}, c.currency, GROUPING SETS ((c.org_id), (c.program), (c.graduation_year))`;
}

export const NEW_ROWS = `SELECT ${COLUMNS}, 1 AS sign FROM new_rows`;
export const OLD_ROWS = `SELECT ${COLUMNS}, -1 AS sign FROM old_rows`;

/** The statement-level trigger function `name` that appends the sums of `source` to revenue_daily_delta. */
export const onChangeFunctionSql = (name: string, source: string): string => `
      CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
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
export const compactFunctionSql = (moved: string): string => `
      CREATE FUNCTION revenue_daily_compact() RETURNS bigint LANGUAGE plpgsql AS $fn$
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

/** revenue_daily_compact() as this migration creates it. */
export const COMPACT_FUNCTION_SQL = compactFunctionSql('DELETE FROM revenue_daily_delta RETURNING *');

/** revenue_daily_rebuild() as this migration creates it. */
export const REBUILD_FUNCTION_SQL = `
      CREATE FUNCTION revenue_daily_rebuild() RETURNS trigger LANGUAGE plpgsql SET work_mem = '64MB' AS $fn$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('revenue-daily-compaction', 0));
        PERFORM pg_advisory_xact_lock(hashtextextended('revenue-daily:' || NEW.id, 0));
        DELETE FROM revenue_daily_delta WHERE association_id = NEW.id;
        DELETE FROM revenue_daily WHERE association_id = NEW.id;
        INSERT INTO revenue_daily (${SUMMARY_COLUMNS})
          ${aggregate(`SELECT ${COLUMNS}, 1 AS sign FROM revenue_entries WHERE association_id = NEW.id`)};
        RETURN NULL;
      END $fn$`;
