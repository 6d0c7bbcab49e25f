import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * revenue_daily: an association's revenue summed per local calendar day (in the association's
 * time zone), currency and report dimension, so that the association report reads a few thousand
 * summary rows instead of up to millions of revenue_entries.
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
    // The triggers that keep the summary exact and its compaction are repeatable definitions in
    // src/revenue/sql/, applied after the migrations. The table starts empty: the summary of the
    // revenue rows already there is rebuilt by revenue_daily_rebuild_for once those definitions
    // exist (CreatePendingRebuilds asks for it), not by a copy of the summing statement here.
    // No foreign key to associations: every row is derived from revenue_entries rows, whose own
    // foreign key already holds, and a check per summary row would cost each spend three lookups.
    // Byte-order collation ("C") on the text keys: cheaper comparisons in the unique index and
    // when a rebuild groups millions of rows; report ordering is done in code anyway.
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS tg_revenue_daily_time_zone ON associations`);
    await q.query(`DROP TRIGGER IF EXISTS tg_revenue_daily_truncate ON revenue_entries`);
    await q.query(`DROP TRIGGER IF EXISTS tg_revenue_daily_delete ON revenue_entries`);
    await q.query(`DROP TRIGGER IF EXISTS tg_revenue_daily_update ON revenue_entries`);
    await q.query(`DROP TRIGGER IF EXISTS tg_revenue_daily_insert ON revenue_entries`);
    await q.query(`DROP FUNCTION IF EXISTS revenue_daily_rebuild()`);
    await q.query(`DROP FUNCTION IF EXISTS revenue_daily_rebuild_for(uuid[])`);
    await q.query(`DROP FUNCTION IF EXISTS revenue_daily_append_sql(boolean, text[], integer[])`);
    await q.query(`DROP FUNCTION IF EXISTS revenue_daily_compact()`);
    await q.query(`DROP FUNCTION IF EXISTS revenue_daily_on_truncate()`);
    await q.query(`DROP FUNCTION IF EXISTS revenue_daily_on_delete()`);
    await q.query(`DROP FUNCTION IF EXISTS revenue_daily_on_update()`);
    await q.query(`DROP FUNCTION IF EXISTS revenue_daily_on_insert()`);
    await q.query(`DROP TABLE revenue_daily_delta`);
    await q.query(`DROP TABLE revenue_daily`);
  }
}
