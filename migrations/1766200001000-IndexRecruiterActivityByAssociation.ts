import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The association dashboard counts, per recruiter org, the alumni of one association it unlocked
 * or contacted: indexes led by the association, so that reading one association's rows does not
 * scan every association's.
 */
export class IndexRecruiterActivityByAssociation1766200001000 implements MigrationInterface {
  name = 'IndexRecruiterActivityByAssociation1766200001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_unlocks_association_org ON unlocks (association_id, org_id)`);
    await q.query(`CREATE INDEX ix_contact_requests_association_org ON contact_requests (association_id, org_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_contact_requests_association_org`);
    await q.query(`DROP INDEX ix_unlocks_association_org`);
  }
}
