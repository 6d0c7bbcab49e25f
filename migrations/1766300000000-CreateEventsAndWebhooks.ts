import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Integration events and outgoing webhooks.
 *
 * `events` is written in the transaction of the change that caused it (one row per receiving
 * principal). `tx_id` (the writing transaction's xid8) orders the feed: a reader only returns rows
 * whose transaction is older than its snapshot's xmin, so a row committed later can never sort
 * before a cursor already handed out (see EventsRepository.page).
 *
 * `webhook_deliveries` is the job queue: one row per event × endpoint, claimed with
 * FOR UPDATE SKIP LOCKED; `next_attempt_at` doubles as the lease of a claimed row, so a worker
 * killed mid-delivery leaves a row that becomes due again.
 */
export class CreateEventsAndWebhooks1766300000000 implements MigrationInterface {
  name = 'CreateEventsAndWebhooks1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE events (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        tx_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        type text NOT NULL,
        api_version text NOT NULL,
        org_id uuid,
        association_id uuid,
        data jsonb NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_events PRIMARY KEY (id),
        CONSTRAINT ck_events_one_receiver CHECK ((org_id IS NULL) <> (association_id IS NULL))
      )`);
    await q.query(`CREATE INDEX ix_events_org_order ON events (org_id, tx_id, seq) WHERE org_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_events_association_order ON events (association_id, tx_id, seq) WHERE association_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_events_created ON events (created_at)`);

    // Lots whose credits.expiring event was recorded (once per lot), kept beside the hot lots table.
    await q.query(`
      CREATE TABLE credit_lot_expiry_notices (
        lot_id uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_credit_lot_expiry_notices PRIMARY KEY (lot_id),
        CONSTRAINT fk_credit_lot_expiry_notices_lot FOREIGN KEY (lot_id) REFERENCES credit_lots (id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE webhook_endpoints (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        org_id uuid,
        association_id uuid,
        url text NOT NULL,
        description text,
        event_types text[] NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        disabled_reason text,
        alert_email text,
        failing_since timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_webhook_endpoints PRIMARY KEY (id),
        CONSTRAINT ck_webhook_endpoints_one_owner CHECK ((org_id IS NULL) <> (association_id IS NULL)),
        CONSTRAINT fk_webhook_endpoints_org FOREIGN KEY (org_id) REFERENCES recruiter_orgs (id) ON DELETE CASCADE,
        CONSTRAINT fk_webhook_endpoints_association FOREIGN KEY (association_id) REFERENCES associations (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_webhook_endpoints_org ON webhook_endpoints (org_id, created_at, id) WHERE org_id IS NOT NULL`);
    await q.query(
      `CREATE INDEX ix_webhook_endpoints_association ON webhook_endpoints (association_id, created_at, id) WHERE association_id IS NOT NULL`,
    );

    // Secrets are needed in clear to sign; they are endpoint credentials, never logged.
    await q.query(`
      CREATE TABLE webhook_endpoint_secrets (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        endpoint_id uuid NOT NULL,
        secret text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3),
        CONSTRAINT pk_webhook_endpoint_secrets PRIMARY KEY (id),
        CONSTRAINT fk_webhook_endpoint_secrets_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoints (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_webhook_endpoint_secrets_endpoint ON webhook_endpoint_secrets (endpoint_id, created_at)`);

    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL,
        endpoint_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        attempt_count integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz(3) NOT NULL DEFAULT now(),
        last_response_status integer,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_webhook_deliveries PRIMARY KEY (id),
        CONSTRAINT uq_webhook_deliveries_event_endpoint UNIQUE (event_id, endpoint_id),
        CONSTRAINT ck_webhook_deliveries_status CHECK (status IN ('pending', 'succeeded', 'failed')),
        CONSTRAINT fk_webhook_deliveries_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE,
        CONSTRAINT fk_webhook_deliveries_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoints (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX ix_webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, created_at, id)`);

    await q.query(`
      CREATE TABLE webhook_attempts (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        endpoint_id uuid NOT NULL,
        delivery_id uuid,
        event_id uuid,
        event_type text NOT NULL,
        trigger text NOT NULL,
        url text NOT NULL,
        started_at timestamptz(3) NOT NULL,
        duration_ms integer NOT NULL,
        response_status integer,
        response_body text,
        error_kind text,
        succeeded boolean NOT NULL,
        CONSTRAINT pk_webhook_attempts PRIMARY KEY (id),
        CONSTRAINT ck_webhook_attempts_trigger CHECK (trigger IN ('scheduled', 'manual', 'test')),
        CONSTRAINT fk_webhook_attempts_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
        CONSTRAINT fk_webhook_attempts_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_deliveries (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_webhook_attempts_endpoint ON webhook_attempts (endpoint_id, started_at, id)`);
    await q.query(`CREATE INDEX ix_webhook_attempts_started ON webhook_attempts (started_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_attempts`);
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhook_endpoint_secrets`);
    await q.query(`DROP TABLE webhook_endpoints`);
    await q.query(`DROP TABLE credit_lot_expiry_notices`);
    await q.query(`DROP TABLE events`);
  }
}
