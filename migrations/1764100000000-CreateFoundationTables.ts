import { MigrationInterface, QueryRunner } from 'typeorm';

/** Associations, recruiter orgs and the API keys that authenticate them. */
export class CreateFoundationTables1764100000000 implements MigrationInterface {
  name = 'CreateFoundationTables1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE associations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        slug text NOT NULL,
        revenue_share_bps integer NOT NULL DEFAULT 8000,
        unlock_price_credits integer NOT NULL DEFAULT 1,
        contact_price_credits integer NOT NULL DEFAULT 2,
        recruiter_access text NOT NULL DEFAULT 'approval',
        stripe_connect_account_id text,
        time_zone text NOT NULL DEFAULT 'Europe/Paris',
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_associations PRIMARY KEY (id),
        CONSTRAINT uq_associations_slug UNIQUE (slug),
        CONSTRAINT ck_associations_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 64),
        CONSTRAINT ck_associations_share CHECK (revenue_share_bps BETWEEN 0 AND 10000),
        CONSTRAINT ck_associations_unlock_price CHECK (unlock_price_credits BETWEEN 1 AND 1000),
        CONSTRAINT ck_associations_contact_price CHECK (contact_price_credits BETWEEN 1 AND 1000),
        CONSTRAINT ck_associations_recruiter_access CHECK (recruiter_access IN ('open', 'approval', 'closed'))
      )`);
    await q.query(`CREATE INDEX ix_associations_created ON associations (created_at, id)`);

    await q.query(`
      CREATE TABLE recruiter_orgs (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        email_domain text NOT NULL,
        status text NOT NULL DEFAULT 'active',
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_recruiter_orgs PRIMARY KEY (id),
        CONSTRAINT ck_recruiter_orgs_status CHECK (status IN ('active', 'suspended'))
      )`);
    await q.query(`CREATE INDEX ix_recruiter_orgs_created ON recruiter_orgs (created_at, id)`);

    // Only a SHA-256 of the secret is stored; the secret has 256 bits of entropy, so a slow
    // password hash would add latency to every request without adding safety.
    await q.query(`
      CREATE TABLE api_keys (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        key_id text NOT NULL,
        kind text NOT NULL,
        association_id uuid,
        org_id uuid,
        name text NOT NULL,
        scopes text[] NOT NULL,
        secret_hash bytea NOT NULL,
        created_by_key_id text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3),
        revoked_at timestamptz(3),
        last_used_at timestamptz(3),
        CONSTRAINT pk_api_keys PRIMARY KEY (id),
        CONSTRAINT uq_api_keys_key_id UNIQUE (key_id),
        CONSTRAINT ck_api_keys_key_id CHECK (key_id ~ '^[a-z0-9]{16}$'),
        CONSTRAINT ck_api_keys_hash CHECK (octet_length(secret_hash) = 32),
        CONSTRAINT ck_api_keys_owner CHECK (
          (kind = 'adm' AND association_id IS NULL AND org_id IS NULL) OR
          (kind = 'asc' AND association_id IS NOT NULL AND org_id IS NULL) OR
          (kind = 'rec' AND org_id IS NOT NULL AND association_id IS NULL)),
        CONSTRAINT fk_api_keys_association FOREIGN KEY (association_id) REFERENCES associations (id) ON DELETE CASCADE,
        CONSTRAINT fk_api_keys_org FOREIGN KEY (org_id) REFERENCES recruiter_orgs (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_api_keys_association ON api_keys (association_id, created_at, id) WHERE association_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_api_keys_org ON api_keys (org_id, created_at, id) WHERE org_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_keys`);
    await q.query(`DROP TABLE recruiter_orgs`);
    await q.query(`DROP TABLE associations`);
  }
}
