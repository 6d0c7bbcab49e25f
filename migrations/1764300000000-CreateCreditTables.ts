import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Credit packs, wallets, lots, holds, the append-only ledger, revenue rows and request
 * idempotency keys. The money invariants (no negative balance, lot or hold; a lot's counters add
 * up to what it was granted; the ledger is never rewritten) are enforced here, in the database,
 * so that no code path — including a future one — can break them.
 */
export class CreateCreditTables1764300000000 implements MigrationInterface {
  name = 'CreateCreditTables1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE credit_packs (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        credits bigint NOT NULL,
        price_minor bigint NOT NULL,
        currency text NOT NULL,
        validity_days integer NOT NULL,
        stripe_price_id text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_credit_packs PRIMARY KEY (id),
        CONSTRAINT ck_credit_packs_credits CHECK (credits > 0),
        CONSTRAINT ck_credit_packs_price CHECK (price_minor >= 0),
        CONSTRAINT ck_credit_packs_currency CHECK (currency ~ '^[a-z]{3}$'),
        CONSTRAINT ck_credit_packs_validity CHECK (validity_days > 0)
      )`);
    await q.query(`CREATE INDEX ix_credit_packs_created ON credit_packs (created_at, id)`);

    await q.query(`
      CREATE TABLE wallets (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        balance bigint NOT NULL DEFAULT 0,
        held_credits bigint NOT NULL DEFAULT 0,
        frozen boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_wallets PRIMARY KEY (id),
        CONSTRAINT uq_wallets_org UNIQUE (org_id),
        CONSTRAINT ck_wallets_balance CHECK (balance >= 0),
        CONSTRAINT ck_wallets_held CHECK (held_credits >= 0),
        CONSTRAINT fk_wallets_org FOREIGN KEY (org_id) REFERENCES recruiter_orgs (id)
      )`);

    await q.query(`
      CREATE TABLE credit_purchases (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        pack_id uuid NOT NULL,
        credits bigint NOT NULL,
        amount_minor bigint NOT NULL,
        currency text NOT NULL,
        validity_days integer NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        status_reason text,
        stripe_checkout_session_id text,
        stripe_payment_intent_id text,
        amount_refunded_minor bigint NOT NULL DEFAULT 0,
        dispute_status text,
        lot_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_credit_purchases PRIMARY KEY (id),
        CONSTRAINT uq_credit_purchases_session UNIQUE (stripe_checkout_session_id),
        CONSTRAINT uq_credit_purchases_payment_intent UNIQUE (stripe_payment_intent_id),
        CONSTRAINT ck_credit_purchases_status CHECK (status IN ('pending', 'paid', 'failed', 'expired', 'quarantined')),
        CONSTRAINT ck_credit_purchases_dispute CHECK (dispute_status IS NULL OR dispute_status IN ('open', 'won', 'lost')),
        CONSTRAINT ck_credit_purchases_amounts CHECK (credits > 0 AND amount_minor >= 0 AND amount_refunded_minor >= 0),
        CONSTRAINT fk_credit_purchases_org FOREIGN KEY (org_id) REFERENCES recruiter_orgs (id),
        CONSTRAINT fk_credit_purchases_pack FOREIGN KEY (pack_id) REFERENCES credit_packs (id)
      )`);
    await q.query(`CREATE INDEX ix_credit_purchases_org ON credit_purchases (org_id, created_at, id)`);

    // A lot's counters always add up to what it was granted; released value follows the
    // cumulative-rounding rule floor(paid × (consumed + expired) / granted), checked in tests.
    await q.query(`
      CREATE TABLE credit_lots (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        wallet_id uuid NOT NULL,
        org_id uuid NOT NULL,
        source text NOT NULL,
        purchase_id uuid,
        credits_granted bigint NOT NULL,
        credits_remaining bigint NOT NULL,
        credits_held bigint NOT NULL DEFAULT 0,
        credits_consumed bigint NOT NULL DEFAULT 0,
        credits_expired bigint NOT NULL DEFAULT 0,
        credits_revoked bigint NOT NULL DEFAULT 0,
        amount_paid_minor bigint NOT NULL,
        currency text NOT NULL,
        released_minor bigint NOT NULL DEFAULT 0,
        refunded_minor bigint NOT NULL DEFAULT 0,
        refund_loss_minor bigint NOT NULL DEFAULT 0,
        reason text,
        expires_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_credit_lots PRIMARY KEY (id),
        CONSTRAINT uq_credit_lots_purchase UNIQUE (purchase_id),
        CONSTRAINT ck_credit_lots_source CHECK (source IN ('grant', 'purchase')),
        CONSTRAINT ck_credit_lots_nonnegative CHECK (
          credits_granted > 0 AND credits_remaining >= 0 AND credits_held >= 0 AND credits_consumed >= 0
          AND credits_expired >= 0 AND credits_revoked >= 0 AND amount_paid_minor >= 0 AND released_minor >= 0
          AND refunded_minor >= 0),
        CONSTRAINT ck_credit_lots_conservation CHECK (
          credits_granted = credits_remaining + credits_held + credits_consumed + credits_expired + credits_revoked),
        CONSTRAINT ck_credit_lots_released CHECK (released_minor <= amount_paid_minor),
        CONSTRAINT ck_credit_lots_currency CHECK (currency ~ '^[a-z]{3}$'),
        CONSTRAINT fk_credit_lots_wallet FOREIGN KEY (wallet_id) REFERENCES wallets (id),
        CONSTRAINT fk_credit_lots_purchase FOREIGN KEY (purchase_id) REFERENCES credit_purchases (id)
      )`);
    // The draw order (soonest expiry, oldest, id) over lots that still have credits.
    await q.query(`
      CREATE INDEX ix_credit_lots_draw ON credit_lots (wallet_id, expires_at NULLS LAST, created_at, id)
      WHERE credits_remaining > 0`);
    await q.query(`CREATE INDEX ix_credit_lots_expiry ON credit_lots (expires_at) WHERE credits_remaining > 0`);

    await q.query(`
      CREATE TABLE ledger_entries (
        id bigint GENERATED ALWAYS AS IDENTITY,
        wallet_id uuid NOT NULL,
        org_id uuid NOT NULL,
        kind text NOT NULL,
        credits_delta bigint NOT NULL,
        held_delta bigint NOT NULL DEFAULT 0,
        lot_id uuid,
        reference text,
        idempotency_key text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_ledger_entries PRIMARY KEY (id),
        CONSTRAINT uq_ledger_entries_idempotency UNIQUE (wallet_id, idempotency_key),
        CONSTRAINT ck_ledger_entries_kind CHECK (kind IN ('grant', 'purchase', 'spend', 'hold', 'release', 'consume_held', 'expire', 'refund')),
        CONSTRAINT fk_ledger_entries_wallet FOREIGN KEY (wallet_id) REFERENCES wallets (id)
      )`);
    await q.query(`CREATE INDEX ix_ledger_entries_wallet ON ledger_entries (wallet_id, id)`);

    await q.query(`
      CREATE TABLE credit_holds (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        wallet_id uuid NOT NULL,
        org_id uuid NOT NULL,
        reference text NOT NULL,
        credits bigint NOT NULL,
        status text NOT NULL DEFAULT 'held',
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        settled_at timestamptz(3),
        CONSTRAINT pk_credit_holds PRIMARY KEY (id),
        CONSTRAINT uq_credit_holds_reference UNIQUE (wallet_id, reference),
        CONSTRAINT ck_credit_holds_credits CHECK (credits > 0),
        CONSTRAINT ck_credit_holds_status CHECK (status IN ('held', 'consumed', 'released')),
        CONSTRAINT fk_credit_holds_wallet FOREIGN KEY (wallet_id) REFERENCES wallets (id)
      )`);
    await q.query(`
      CREATE TABLE credit_hold_lots (
        hold_id uuid NOT NULL,
        lot_id uuid NOT NULL,
        credits bigint NOT NULL,
        CONSTRAINT pk_credit_hold_lots PRIMARY KEY (hold_id, lot_id),
        CONSTRAINT ck_credit_hold_lots_credits CHECK (credits > 0),
        CONSTRAINT fk_credit_hold_lots_hold FOREIGN KEY (hold_id) REFERENCES credit_holds (id),
        CONSTRAINT fk_credit_hold_lots_lot FOREIGN KEY (lot_id) REFERENCES credit_lots (id)
      )`);

    await q.query(`
      CREATE TABLE revenue_entries (
        id bigint GENERATED ALWAYS AS IDENTITY,
        org_id uuid NOT NULL,
        association_id uuid,
        lot_id uuid NOT NULL,
        ledger_entry_id bigint,
        credits bigint NOT NULL,
        gross_minor bigint NOT NULL,
        association_share_minor bigint NOT NULL,
        platform_share_minor bigint NOT NULL,
        revenue_share_bps integer,
        currency text NOT NULL,
        kind text NOT NULL,
        reference text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_revenue_entries PRIMARY KEY (id),
        CONSTRAINT ck_revenue_entries_kind CHECK (kind IN ('unlock', 'contact', 'breakage', 'refund_adjustment')),
        CONSTRAINT ck_revenue_entries_split CHECK (gross_minor = association_share_minor + platform_share_minor),
        CONSTRAINT ck_revenue_entries_association CHECK ((kind IN ('unlock', 'contact')) = (association_id IS NOT NULL)),
        CONSTRAINT ck_revenue_entries_nonnegative CHECK (
          kind = 'refund_adjustment' OR (credits >= 0 AND gross_minor >= 0 AND association_share_minor >= 0 AND platform_share_minor >= 0)),
        CONSTRAINT ck_revenue_entries_bps CHECK (revenue_share_bps IS NULL OR revenue_share_bps BETWEEN 0 AND 10000),
        CONSTRAINT fk_revenue_entries_lot FOREIGN KEY (lot_id) REFERENCES credit_lots (id),
        CONSTRAINT fk_revenue_entries_association FOREIGN KEY (association_id) REFERENCES associations (id)
      )`);
    await q.query(
      `CREATE INDEX ix_revenue_entries_association ON revenue_entries (association_id, created_at) WHERE association_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX ix_revenue_entries_created ON revenue_entries (created_at)`);
    await q.query(`CREATE INDEX ix_revenue_entries_org ON revenue_entries (org_id, created_at)`);

    await q.query(`
      CREATE TABLE stripe_events (
        id text NOT NULL,
        type text NOT NULL,
        status text NOT NULL,
        detail text,
        payload jsonb NOT NULL,
        received_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_stripe_events PRIMARY KEY (id),
        CONSTRAINT ck_stripe_events_status CHECK (status IN ('processed', 'ignored', 'unmatched', 'quarantined'))
      )`);
    // Charge events that arrived before their purchase knew its payment intent, replayed when it does.
    await q.query(`
      CREATE INDEX ix_stripe_events_unmatched_payment_intent
      ON stripe_events ((payload #>> '{data,object,payment_intent}'), received_at) WHERE status = 'unmatched'`);

    await q.query(`
      CREATE TABLE idempotency_keys (
        principal text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        response_status integer,
        response_body jsonb,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_idempotency_keys PRIMARY KEY (principal, key)
      )`);
    await q.query(`CREATE INDEX ix_idempotency_keys_created ON idempotency_keys (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
    await q.query(`DROP TABLE stripe_events`);
    await q.query(`DROP TABLE revenue_entries`);
    await q.query(`DROP TABLE credit_hold_lots`);
    await q.query(`DROP TABLE credit_holds`);
    await q.query(`DROP TABLE ledger_entries`);
    await q.query(`DROP FUNCTION IF EXISTS ledger_entries_append_only()`);
    await q.query(`DROP TABLE credit_lots`);
    await q.query(`DROP TABLE credit_purchases`);
    await q.query(`DROP TABLE wallets`);
    await q.query(`DROP TABLE credit_packs`);
  }
}
