import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alumni profiles, the append-only consent event log and its erasable evidence, magic links and
 * alumni sessions.
 *
 * Consent design: `consent_events` holds no personal data at all (purposes, terms version, text
 * hash, source, times) and a trigger refuses every UPDATE and DELETE on it, so the history is
 * provable. The personal evidence (IP, user agent, the association's proof reference) lives in
 * `consent_evidence`, one row per event, which erasure deletes. The current consent is cached on
 * `alumni` by an AFTER INSERT trigger on the log, so it equals the latest event at every commit.
 */
export class CreateAlumniAndConsentTables1764200000000 implements MigrationInterface {
  name = 'CreateAlumniAndConsentTables1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE alumni (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        association_id uuid NOT NULL,
        external_id text,
        first_name text,
        last_name text,
        email text,
        phone text,
        linkedin_url text,
        current_company text,
        headline text,
        industry text,
        seniority text,
        years_of_experience integer,
        city text,
        country text,
        skills text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        program text,
        degree_level text,
        graduation_year integer,
        bio text,
        open_to_work boolean NOT NULL DEFAULT false,
        last_confirmed_at timestamptz(3),
        import_hash text,
        consent_searchable boolean NOT NULL DEFAULT false,
        consent_unlockable boolean NOT NULL DEFAULT false,
        consent_contactable boolean NOT NULL DEFAULT false,
        consent_given_at timestamptz(3),
        reconfirmation_sent_at timestamptz(3),
        erased_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_alumni PRIMARY KEY (id),
        CONSTRAINT fk_alumni_association FOREIGN KEY (association_id) REFERENCES associations (id) ON DELETE CASCADE,
        CONSTRAINT uq_alumni_external_id UNIQUE (association_id, external_id),
        CONSTRAINT ck_alumni_consent_requires_searchable CHECK (consent_searchable OR NOT (consent_unlockable OR consent_contactable)),
        CONSTRAINT ck_alumni_years CHECK (years_of_experience IS NULL OR years_of_experience BETWEEN 0 AND 80),
        CONSTRAINT ck_alumni_graduation_year CHECK (graduation_year IS NULL OR graduation_year BETWEEN 1900 AND 2100),
        CONSTRAINT ck_alumni_erased CHECK (erased_at IS NULL OR (external_id IS NULL AND email IS NULL AND first_name IS NULL AND last_name IS NULL AND phone IS NULL AND NOT consent_searchable))
      )`);
    await q.query(`CREATE INDEX ix_alumni_association_created ON alumni (association_id, created_at, id)`);
    await q.query(`CREATE INDEX ix_alumni_association_email ON alumni (association_id, lower(email)) WHERE email IS NOT NULL`);

    await q.query(`
      CREATE TABLE consent_events (
        id bigint GENERATED ALWAYS AS IDENTITY,
        alumnus_id uuid NOT NULL,
        searchable boolean NOT NULL,
        unlockable boolean NOT NULL,
        contactable boolean NOT NULL,
        terms_version text,
        text_hash text,
        source text NOT NULL,
        given_at timestamptz(3) NOT NULL,
        recorded_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_consent_events PRIMARY KEY (id),
        CONSTRAINT fk_consent_events_alumnus FOREIGN KEY (alumnus_id) REFERENCES alumni (id) ON DELETE RESTRICT,
        CONSTRAINT ck_consent_events_source CHECK (source IN ('self_service', 'association_import', 'erasure')),
        CONSTRAINT ck_consent_events_requires_searchable CHECK (searchable OR NOT (unlockable OR contactable)),
        CONSTRAINT ck_consent_events_terms CHECK (NOT searchable OR terms_version IS NOT NULL),
        CONSTRAINT ck_consent_events_self_service_hash CHECK (source <> 'self_service' OR NOT searchable OR text_hash IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX ix_consent_events_alumnus ON consent_events (alumnus_id, id)`);

    await q.query(`
      CREATE TABLE consent_evidence (
        consent_event_id bigint NOT NULL,
        alumnus_id uuid NOT NULL,
        ip text,
        user_agent text,
        proof_reference text,
        CONSTRAINT pk_consent_evidence PRIMARY KEY (consent_event_id),
        CONSTRAINT fk_consent_evidence_event FOREIGN KEY (consent_event_id) REFERENCES consent_events (id),
        CONSTRAINT fk_consent_evidence_alumnus FOREIGN KEY (alumnus_id) REFERENCES alumni (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_consent_evidence_alumnus ON consent_evidence (alumnus_id)`);

    await q.query(`
      CREATE TABLE alumni_magic_links (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        alumnus_id uuid NOT NULL,
        token_hash bytea NOT NULL,
        purpose text NOT NULL,
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_alumni_magic_links PRIMARY KEY (id),
        CONSTRAINT uq_alumni_magic_links_hash UNIQUE (token_hash),
        CONSTRAINT ck_alumni_magic_links_hash CHECK (octet_length(token_hash) = 32),
        CONSTRAINT ck_alumni_magic_links_purpose CHECK (purpose IN ('login', 'invitation', 'reconfirmation')),
        CONSTRAINT fk_alumni_magic_links_alumnus FOREIGN KEY (alumnus_id) REFERENCES alumni (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_alumni_magic_links_alumnus ON alumni_magic_links (alumnus_id)`);

    await q.query(`
      CREATE TABLE alumni_sessions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        alumnus_id uuid NOT NULL,
        token_hash bytea NOT NULL,
        expires_at timestamptz(3) NOT NULL,
        revoked_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_alumni_sessions PRIMARY KEY (id),
        CONSTRAINT uq_alumni_sessions_hash UNIQUE (token_hash),
        CONSTRAINT ck_alumni_sessions_hash CHECK (octet_length(token_hash) = 32),
        CONSTRAINT fk_alumni_sessions_alumnus FOREIGN KEY (alumnus_id) REFERENCES alumni (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_alumni_sessions_alumnus ON alumni_sessions (alumnus_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE alumni_sessions`);
    await q.query(`DROP TABLE alumni_magic_links`);
    await q.query(`DROP TABLE consent_evidence`);
    await q.query(`DROP TABLE consent_events`);
    await q.query(`DROP FUNCTION IF EXISTS consent_events_apply()`);
    await q.query(`DROP FUNCTION IF EXISTS consent_events_refuse_change()`);
    await q.query(`DROP TABLE alumni`);
  }
}
