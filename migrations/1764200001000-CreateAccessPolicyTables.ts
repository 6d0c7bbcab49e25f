import { MigrationInterface, QueryRunner } from 'typeorm';

/** Recruiter access requests, association- and alumnus-level org blocks, and the access log. */
export class CreateAccessPolicyTables1764200001000 implements MigrationInterface {
  name = 'CreateAccessPolicyTables1764200001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE association_access_requests (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        association_id uuid NOT NULL,
        org_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        message text,
        decided_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_association_access_requests PRIMARY KEY (id),
        CONSTRAINT uq_association_access_requests_pair UNIQUE (association_id, org_id),
        CONSTRAINT ck_association_access_requests_status CHECK (status IN ('pending', 'approved', 'rejected')),
        CONSTRAINT fk_association_access_requests_association FOREIGN KEY (association_id) REFERENCES associations (id) ON DELETE CASCADE,
        CONSTRAINT fk_association_access_requests_org FOREIGN KEY (org_id) REFERENCES recruiter_orgs (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_association_access_requests_list ON association_access_requests (association_id, created_at, id)`);

    await q.query(`
      CREATE TABLE association_blocked_orgs (
        association_id uuid NOT NULL,
        org_id uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_association_blocked_orgs PRIMARY KEY (association_id, org_id),
        CONSTRAINT fk_association_blocked_orgs_association FOREIGN KEY (association_id) REFERENCES associations (id) ON DELETE CASCADE,
        CONSTRAINT fk_association_blocked_orgs_org FOREIGN KEY (org_id) REFERENCES recruiter_orgs (id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE alumnus_blocked_orgs (
        alumnus_id uuid NOT NULL,
        org_id uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_alumnus_blocked_orgs PRIMARY KEY (alumnus_id, org_id),
        CONSTRAINT fk_alumnus_blocked_orgs_alumnus FOREIGN KEY (alumnus_id) REFERENCES alumni (id) ON DELETE CASCADE,
        CONSTRAINT fk_alumnus_blocked_orgs_org FOREIGN KEY (org_id) REFERENCES recruiter_orgs (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_alumnus_blocked_orgs_org ON alumnus_blocked_orgs (org_id)`);

    await q.query(`
      CREATE TABLE access_log_entries (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        alumnus_id uuid NOT NULL,
        kind text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_access_log_entries PRIMARY KEY (id),
        CONSTRAINT ck_access_log_entries_kind CHECK (kind IN ('preview_view', 'unlock', 'contact_request')),
        CONSTRAINT fk_access_log_entries_org FOREIGN KEY (org_id) REFERENCES recruiter_orgs (id) ON DELETE CASCADE,
        CONSTRAINT fk_access_log_entries_alumnus FOREIGN KEY (alumnus_id) REFERENCES alumni (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_access_log_entries_alumnus ON access_log_entries (alumnus_id, created_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE access_log_entries`);
    await q.query(`DROP TABLE alumnus_blocked_orgs`);
    await q.query(`DROP TABLE association_blocked_orgs`);
    await q.query(`DROP TABLE association_access_requests`);
  }
}
