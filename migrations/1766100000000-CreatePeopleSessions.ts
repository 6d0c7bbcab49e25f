import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People sign in to the web app: members of associations and recruiter orgs (with a role that
 * maps to API-key scopes), their single-use sign-in links, cookie sessions for alumni and members
 * (only SHA-256 hashes of the secrets are stored), the audit log of writes by members and keys,
 * the alumni's locale and mail preferences, and mail outbox columns for HTML bodies, one mail per
 * event (`dedupe_key`) and bodies that carry a link which expires (`expires_at`).
 *
 * Bodies of mails that are no longer pending are cleared here: they held sign-in tokens in clear.
 */
export class CreatePeopleSessions1766100000000 implements MigrationInterface {
  name = 'CreatePeopleSessions1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE members (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        association_id uuid,
        org_id uuid,
        email text NOT NULL,
        role text NOT NULL,
        locale text NOT NULL DEFAULT 'fr',
        invited_by text,
        joined_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_members PRIMARY KEY (id),
        CONSTRAINT fk_members_association FOREIGN KEY (association_id) REFERENCES associations (id) ON DELETE CASCADE,
        CONSTRAINT fk_members_org FOREIGN KEY (org_id) REFERENCES recruiter_orgs (id) ON DELETE CASCADE,
        CONSTRAINT ck_members_one_owner CHECK ((association_id IS NULL) <> (org_id IS NULL)),
        CONSTRAINT ck_members_association_role CHECK (association_id IS NULL OR role IN ('owner', 'treasurer', 'alumni_manager', 'viewer')),
        CONSTRAINT ck_members_org_role CHECK (org_id IS NULL OR role IN ('owner', 'recruiter', 'billing')),
        CONSTRAINT ck_members_email CHECK (email = lower(email) AND char_length(email) BETWEEN 3 AND 320),
        CONSTRAINT ck_members_locale CHECK (locale IN ('fr', 'en'))
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_members_association_email ON members (association_id, email) WHERE association_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX uq_members_org_email ON members (org_id, email) WHERE org_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_members_email ON members (email)`);
    // Sign-in looks an address up across every association.
    await q.query(`CREATE INDEX ix_alumni_email ON alumni (lower(email)) WHERE email IS NOT NULL`);

    await q.query(`
      CREATE TABLE member_sign_in_links (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL,
        token_hash bytea NOT NULL,
        purpose text NOT NULL,
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_member_sign_in_links PRIMARY KEY (id),
        CONSTRAINT uq_member_sign_in_links_hash UNIQUE (token_hash),
        CONSTRAINT ck_member_sign_in_links_hash CHECK (octet_length(token_hash) = 32),
        CONSTRAINT ck_member_sign_in_links_purpose CHECK (purpose IN ('login', 'invitation')),
        CONSTRAINT fk_member_sign_in_links_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_member_sign_in_links_member ON member_sign_in_links (member_id)`);

    await q.query(`
      CREATE TABLE people_sessions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL,
        alumnus_id uuid,
        member_id uuid,
        user_agent text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        last_seen_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        revoked_at timestamptz(3),
        CONSTRAINT pk_people_sessions PRIMARY KEY (id),
        CONSTRAINT uq_people_sessions_hash UNIQUE (token_hash),
        CONSTRAINT ck_people_sessions_hash CHECK (octet_length(token_hash) = 32),
        CONSTRAINT ck_people_sessions_subject CHECK ((alumnus_id IS NULL) <> (member_id IS NULL)),
        CONSTRAINT fk_people_sessions_alumnus FOREIGN KEY (alumnus_id) REFERENCES alumni (id) ON DELETE CASCADE,
        CONSTRAINT fk_people_sessions_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_people_sessions_alumnus ON people_sessions (alumnus_id) WHERE alumnus_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_people_sessions_member ON people_sessions (member_id) WHERE member_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY,
        at timestamptz(3) NOT NULL DEFAULT now(),
        association_id uuid,
        org_id uuid,
        actor_kind text NOT NULL,
        actor_id text NOT NULL,
        actor_label text NOT NULL,
        action text NOT NULL,
        target text,
        request_id text,
        CONSTRAINT pk_audit_log PRIMARY KEY (id),
        CONSTRAINT ck_audit_log_owner CHECK ((association_id IS NULL) <> (org_id IS NULL)),
        CONSTRAINT ck_audit_log_actor CHECK (actor_kind IN ('member', 'api_key')),
        CONSTRAINT fk_audit_log_association FOREIGN KEY (association_id) REFERENCES associations (id) ON DELETE CASCADE,
        CONSTRAINT fk_audit_log_org FOREIGN KEY (org_id) REFERENCES recruiter_orgs (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_audit_log_association ON audit_log (association_id, id) WHERE association_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_audit_log_org ON audit_log (org_id, id) WHERE org_id IS NOT NULL`);

    await q.query(`
      ALTER TABLE alumni
        ADD COLUMN locale text NOT NULL DEFAULT 'fr',
        ADD COLUMN notify_contact_requests boolean NOT NULL DEFAULT true,
        ADD COLUMN notify_reconfirmation boolean NOT NULL DEFAULT true,
        ADD CONSTRAINT ck_alumni_locale CHECK (locale IN ('fr', 'en'))`);

    await q.query(`
      ALTER TABLE mail_outbox
        ADD COLUMN body_html text,
        ADD COLUMN dedupe_key text,
        ADD COLUMN expires_at timestamptz(3),
        ADD COLUMN member_id uuid,
        ADD CONSTRAINT uq_mail_outbox_dedupe UNIQUE (dedupe_key),
        ADD CONSTRAINT fk_mail_outbox_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE mail_outbox DROP CONSTRAINT ck_mail_outbox_status`);
    await q.query(
      `ALTER TABLE mail_outbox ADD CONSTRAINT ck_mail_outbox_status CHECK (status IN ('pending', 'sent', 'held', 'failed', 'expired'))`,
    );
    await q.query(`CREATE INDEX ix_mail_outbox_member ON mail_outbox (member_id) WHERE member_id IS NOT NULL`);
    await q.query(`UPDATE mail_outbox SET body_text = NULL WHERE status <> 'pending' AND body_text IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_mail_outbox_member`);
    await q.query(`UPDATE mail_outbox SET status = 'failed' WHERE status = 'expired'`);
    await q.query(`ALTER TABLE mail_outbox DROP CONSTRAINT ck_mail_outbox_status`);
    await q.query(`ALTER TABLE mail_outbox ADD CONSTRAINT ck_mail_outbox_status CHECK (status IN ('pending', 'sent', 'held', 'failed'))`);
    await q.query(`
      ALTER TABLE mail_outbox DROP CONSTRAINT fk_mail_outbox_member, DROP CONSTRAINT uq_mail_outbox_dedupe,
        DROP COLUMN member_id, DROP COLUMN expires_at, DROP COLUMN dedupe_key, DROP COLUMN body_html`);
    await q.query(`
      ALTER TABLE alumni DROP CONSTRAINT ck_alumni_locale,
        DROP COLUMN notify_reconfirmation, DROP COLUMN notify_contact_requests, DROP COLUMN locale`);
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP TABLE people_sessions`);
    await q.query(`DROP TABLE member_sign_in_links`);
    await q.query(`DROP TABLE members`);
    await q.query(`DROP INDEX ix_alumni_email`);
  }
}
