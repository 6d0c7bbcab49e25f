import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per org × alumnus unlock. The unique constraint is what makes a repeated (or
 * concurrent) unlock free: the second insert conflicts and returns the first unlock.
 */
export class CreateUnlocks1764350000000 implements MigrationInterface {
  name = 'CreateUnlocks1764350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE unlocks (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        alumnus_id uuid NOT NULL,
        association_id uuid NOT NULL,
        credits_charged integer NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_unlocks PRIMARY KEY (id),
        CONSTRAINT uq_unlocks_org_alumnus UNIQUE (org_id, alumnus_id),
        CONSTRAINT ck_unlocks_credits CHECK (credits_charged > 0),
        CONSTRAINT fk_unlocks_org FOREIGN KEY (org_id) REFERENCES recruiter_orgs (id),
        CONSTRAINT fk_unlocks_alumnus FOREIGN KEY (alumnus_id) REFERENCES alumni (id),
        CONSTRAINT fk_unlocks_association FOREIGN KEY (association_id) REFERENCES associations (id)
      )`);
    await q.query(`CREATE INDEX ix_unlocks_org_created ON unlocks (org_id, created_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE unlocks`);
  }
}
