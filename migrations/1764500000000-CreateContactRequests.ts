import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contact requests (credits held at send, consumed on accept, released on decline or expiry),
 * the alumnus's monthly cap on paid contacts, a reference on access-log entries so the alumnus
 * can see what their association earned from each access, and the program / graduation year
 * snapshot on revenue rows (no personal data: the alumnus id is deliberately not stored there).
 */
export class CreateContactRequests1764500000000 implements MigrationInterface {
  name = 'CreateContactRequests1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contact_requests (
        id uuid NOT NULL,
        org_id uuid NOT NULL,
        alumnus_id uuid NOT NULL,
        association_id uuid NOT NULL,
        job_title text NOT NULL,
        message text NOT NULL,
        salary_min_minor bigint,
        salary_max_minor bigint,
        currency text,
        credits bigint NOT NULL,
        status text NOT NULL DEFAULT 'open',
        expires_at timestamptz(3) NOT NULL,
        decided_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_contact_requests PRIMARY KEY (id),
        CONSTRAINT ck_contact_requests_status CHECK (status IN ('open', 'accepted', 'declined', 'expired')),
        CONSTRAINT ck_contact_requests_decided CHECK ((status = 'open') = (decided_at IS NULL)),
        CONSTRAINT ck_contact_requests_credits CHECK (credits > 0),
        CONSTRAINT ck_contact_requests_job_title CHECK (char_length(job_title) BETWEEN 1 AND 200),
        CONSTRAINT ck_contact_requests_message CHECK (char_length(message) BETWEEN 1 AND 5000),
        CONSTRAINT ck_contact_requests_salary CHECK (
          (salary_min_minor IS NULL OR salary_min_minor >= 0) AND (salary_max_minor IS NULL OR salary_max_minor >= 0)
          AND (salary_min_minor IS NULL OR salary_max_minor IS NULL OR salary_min_minor <= salary_max_minor)),
        CONSTRAINT ck_contact_requests_currency CHECK (currency IS NULL OR currency ~ '^[a-z]{3}$'),
        CONSTRAINT fk_contact_requests_org FOREIGN KEY (org_id) REFERENCES recruiter_orgs (id),
        CONSTRAINT fk_contact_requests_alumnus FOREIGN KEY (alumnus_id) REFERENCES alumni (id),
        CONSTRAINT fk_contact_requests_association FOREIGN KEY (association_id) REFERENCES associations (id)
      )`);
    // One open request per org and alumnus: the database refuses the second one whatever the race.
    await q.query(`CREATE UNIQUE INDEX uq_contact_requests_open ON contact_requests (org_id, alumnus_id) WHERE status = 'open'`);
    await q.query(`CREATE INDEX ix_contact_requests_org ON contact_requests (org_id, created_at, id)`);
    await q.query(`CREATE INDEX ix_contact_requests_alumnus ON contact_requests (alumnus_id, created_at, id)`);
    await q.query(`CREATE INDEX ix_contact_requests_expiry ON contact_requests (expires_at) WHERE status = 'open'`);

    await q.query(`ALTER TABLE alumni ADD COLUMN max_contact_requests_per_month integer`);
    await q.query(`
      ALTER TABLE alumni ADD CONSTRAINT ck_alumni_max_contact_requests
      CHECK (max_contact_requests_per_month IS NULL OR max_contact_requests_per_month BETWEEN 0 AND 1000)`);

    await q.query(`ALTER TABLE access_log_entries ADD COLUMN reference text`);

    // first_of_movement: reports count unlocks and contacts as sum(first_of_movement) instead of
    // count(DISTINCT reference), which had to sort every row (seconds at a million rows).
    await q.query(`
      ALTER TABLE revenue_entries ADD COLUMN program text, ADD COLUMN graduation_year integer,
        ADD COLUMN first_of_movement boolean NOT NULL DEFAULT true`);
    await q.query(`CREATE INDEX ix_revenue_entries_reference ON revenue_entries (reference) WHERE association_id IS NOT NULL`);
    // Revenue reports read only these columns: an index-only scan over one association's range.
    await q.query(`
      CREATE INDEX ix_revenue_entries_association_report ON revenue_entries (association_id, created_at)
      INCLUDE (kind, currency, gross_minor, association_share_minor, platform_share_minor, first_of_movement, org_id, program, graduation_year)
      WHERE association_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_revenue_entries_association_report`);
    await q.query(`DROP INDEX ix_revenue_entries_reference`);
    await q.query(`ALTER TABLE revenue_entries DROP COLUMN first_of_movement, DROP COLUMN graduation_year, DROP COLUMN program`);
    await q.query(`ALTER TABLE access_log_entries DROP COLUMN reference`);
    await q.query(`ALTER TABLE alumni DROP CONSTRAINT ck_alumni_max_contact_requests`);
    await q.query(`ALTER TABLE alumni DROP COLUMN max_contact_requests_per_month`);
    await q.query(`DROP TABLE contact_requests`);
  }
}
