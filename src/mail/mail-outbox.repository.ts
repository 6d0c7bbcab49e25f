import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface DueMail {
  id: string;
  kind: string;
  to_address: string;
  subject: string;
  body_text: string | null;
  body_html: string | null;
  attempts: number;
  /** The link the mail carries has expired: it is dropped instead of delivered. */
  expired: boolean;
}

export interface NewMail {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  alumnusId: string | null;
  memberId: string | null;
  dedupeKey: string | null;
  expiresAt: Date | null;
}

@Injectable()
export class MailOutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Returns the new row's id, or null when a mail with the same dedupe key was already queued. */
  async insert(manager: EntityManager, mail: NewMail): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO mail_outbox (kind, to_address, subject, body_text, body_html, alumnus_id, member_id, dedupe_key, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [mail.kind, mail.to, mail.subject, mail.text, mail.html, mail.alumnusId, mail.memberId, mail.dedupeKey, mail.expiresAt],
    );
    return rows[0]?.id ?? null;
  }

  /** Rows locked for the rest of the transaction; other workers skip them. */
  claimDue(manager: EntityManager, limit: number): Promise<DueMail[]> {
    return manager.query(
      `SELECT id, kind, to_address, subject, body_text, body_html, attempts, coalesce(expires_at <= now(), false) AS expired
         FROM mail_outbox
        WHERE status = 'pending' AND next_attempt_at <= now()
        ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  /** The body may hold a sign-in link: it is not kept once delivered. */
  async markSent(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE mail_outbox SET status = 'sent', sent_at = now(), body_text = NULL, body_html = NULL, attempts = attempts + 1 WHERE id = $1`,
      [id],
    );
  }

  async markExpired(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE mail_outbox SET status = 'expired', body_text = NULL, body_html = NULL WHERE id = $1`, [id]);
  }

  /** A mail given up on loses its body too: nobody will read it, and it may hold a link. */
  async markAttemptFailed(
    manager: EntityManager,
    id: string,
    attempts: number,
    giveUp: boolean,
    reason: string,
    retryInSeconds: number,
  ): Promise<void> {
    await manager.query(
      `UPDATE mail_outbox SET attempts = $2, status = $3, last_error = $4, next_attempt_at = now() + make_interval(secs => $5),
              body_text = CASE WHEN $3 = 'failed' THEN NULL ELSE body_text END,
              body_html = CASE WHEN $3 = 'failed' THEN NULL ELSE body_html END
        WHERE id = $1`,
      [id, attempts, giveUp ? 'failed' : 'pending', reason, retryInSeconds],
    );
  }

  /**
   * Pending mails whose link expired lose their body at once; delivered, expired or abandoned
   * mails (addresses are personal data) are deleted after 30 days.
   */
  async purgeOld(): Promise<number> {
    await this.dataSource.query(
      `UPDATE mail_outbox SET status = 'expired', body_text = NULL, body_html = NULL WHERE status = 'pending' AND expires_at <= now()`,
    );
    const [, count] = await this.dataSource.query(
      `DELETE FROM mail_outbox WHERE status IN ('sent', 'failed', 'expired', 'held') AND created_at < now() - interval '30 days'`,
    );
    return count;
  }
}
