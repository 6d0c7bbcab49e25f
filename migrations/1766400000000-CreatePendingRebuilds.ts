import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * pending_rebuilds: derived data a migration needs rebuilt by the current database functions.
 * Versioned migrations run before the repeatable definitions (src/<feature>/sql/), so a migration
 * cannot call those functions, and a copy of one frozen in a migration drifts from the live one.
 * A migration inserts the rebuild's name here instead, in its own transaction; the migration
 * runner (src/database/rebuilds.ts) runs the rebuild after the repeatable definitions and deletes
 * the row in one transaction: in the same start, or in the next one after a crash in between.
 *
 * The revenue summary is the first such rebuild. CreateRevenueDaily creates revenue_daily empty
 * and no longer sums revenue_entries into it itself (that backfill held its own copy of the
 * summing statement); this request rebuilds it for every association on any database that
 * reaches this migration, which is every database that ran CreateRevenueDaily with this code. On
 * a database whose summary was already kept by its triggers, the rebuild gives the same report.
 */
export class CreatePendingRebuilds1766400000000 implements MigrationInterface {
  name = 'CreatePendingRebuilds1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pending_rebuilds (
        name text NOT NULL,
        requested_by text NOT NULL,
        requested_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_pending_rebuilds PRIMARY KEY (name)
      )`);
    await q.query(`INSERT INTO pending_rebuilds (name, requested_by) VALUES ('revenue_daily', $1)`, [this.name]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pending_rebuilds`);
  }
}
