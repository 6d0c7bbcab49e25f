import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payouts: one Stripe Connect transfer per association, period (calendar month in the
 * association's time zone) and currency. The unique constraint makes the job idempotent; the
 * amount is fixed when the row is created so that every retry sends Stripe the same request.
 */
export class CreatePayouts1764500001000 implements MigrationInterface {
  name = 'CreatePayouts1764500001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE payouts (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        association_id uuid NOT NULL,
        period text NOT NULL,
        currency text NOT NULL,
        amount_minor bigint NOT NULL,
        shares_to_period_end_minor bigint NOT NULL,
        reserve_minor bigint NOT NULL,
        destination text NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        key_generation integer NOT NULL DEFAULT 0,
        attempts integer NOT NULL DEFAULT 0,
        stripe_transfer_id text,
        failure_reason text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        paid_at timestamptz(3),
        CONSTRAINT pk_payouts PRIMARY KEY (id),
        CONSTRAINT uq_payouts_association_period UNIQUE (association_id, period, currency),
        CONSTRAINT ck_payouts_period CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        CONSTRAINT ck_payouts_status CHECK (status IN ('pending', 'paid', 'failed')),
        CONSTRAINT ck_payouts_amounts CHECK (amount_minor > 0 AND reserve_minor >= 0),
        CONSTRAINT ck_payouts_paid CHECK ((status = 'paid') = (stripe_transfer_id IS NOT NULL AND paid_at IS NOT NULL)),
        CONSTRAINT ck_payouts_currency CHECK (currency ~ '^[a-z]{3}$'),
        CONSTRAINT fk_payouts_association FOREIGN KEY (association_id) REFERENCES associations (id)
      )`);
    await q.query(`CREATE INDEX ix_payouts_association_created ON payouts (association_id, created_at, id)`);
    await q.query(`CREATE INDEX ix_payouts_unpaid ON payouts (created_at) WHERE status <> 'paid'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE payouts`);
  }
}
