import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outgoing mail. A row is claimed with FOR UPDATE SKIP LOCKED and marked sent in the same
 * transaction, so two workers never deliver it twice. Bodies may carry a magic link: they are
 * cleared once delivered.
 */
export class CreateMailOutbox1764200002000 implements MigrationInterface {
  name = 'CreateMailOutbox1764200002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        alumnus_id uuid,
        kind text NOT NULL,
        to_address text NOT NULL,
        subject text NOT NULL,
        body_text text,
        status text NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz(3) NOT NULL DEFAULT now(),
        last_error text,
        sent_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_mail_outbox PRIMARY KEY (id),
        CONSTRAINT ck_mail_outbox_status CHECK (status IN ('pending', 'sent', 'held', 'failed')),
        CONSTRAINT fk_mail_outbox_alumnus FOREIGN KEY (alumnus_id) REFERENCES alumni (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX ix_mail_outbox_alumnus ON mail_outbox (alumnus_id) WHERE alumnus_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_outbox`);
  }
}
