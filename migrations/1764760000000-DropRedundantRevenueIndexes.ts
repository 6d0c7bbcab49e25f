import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every spend writes revenue rows, and each index of revenue_entries is one more entry per row.
 * Two of its six indexes served no query:
 * - ix_revenue_entries_association (association_id, created_at) WHERE association_id IS NOT NULL
 *   has the key and predicate of ix_revenue_entries_association_report, which also covers the
 *   report's columns; the planner can use that one wherever it used this one.
 * - ix_revenue_entries_org (org_id, created_at): no query reads revenue rows by org (org-facing
 *   history reads the ledger, reports read revenue_daily or filter by association or time).
 */
export class DropRedundantRevenueIndexes1764760000000 implements MigrationInterface {
  name = 'DropRedundantRevenueIndexes1764760000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_revenue_entries_association`);
    await q.query(`DROP INDEX ix_revenue_entries_org`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_revenue_entries_org ON revenue_entries (org_id, created_at)`);
    await q.query(
      `CREATE INDEX ix_revenue_entries_association ON revenue_entries (association_id, created_at) WHERE association_id IS NOT NULL`,
    );
  }
}
