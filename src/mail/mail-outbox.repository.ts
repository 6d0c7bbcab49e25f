import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface DueMail {
  id: string;
  kind: string;
  to_address: string;
  subject: string;
  body_text: string | null;
  attempts: number;
}

@Injectable()
export class MailOutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    mail: { kind: string; to: string; subject: string; text: string; alumnusId: string | null },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO mail_outbox (kind, to_address, subject, body_text, alumnus_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [mail.kind, mail.to, mail.subject, mail.text, mail.alumnusId],
    );
    return row.id;
  }

  /** Rows locked for the rest of the transaction; other workers skip them. */
  claimDue(manager: EntityManager, limit: number): Promise<DueMail[]> {
    return manager.query(
      `SELECT id, kind, to_address, subject, body_text, attempts FROM mail_outbox
        WHERE status = 'pending' AND next_attempt_at <= now()
        ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  async markHeld(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE mail_outbox SET status = 'held' WHERE id = $1`, [id]);
  }

  /** The body may hold a magic link: it is not kept once delivered. */
  async markSent(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE mail_outbox SET status = 'sent', sent_at = now(), body_text = NULL, attempts = attempts + 1 WHERE id = $1`,
      [id],
    );
  }

  async markAttemptFailed(manager: EntityManager, id: string, attempts: number, giveUp: boolean, reason: string, retryInSeconds: number): Promise<void> {
    await manager.query(
      `UPDATE mail_outbox SET attempts = $2, status = $3, last_error = $4, next_attempt_at = now() + make_interval(secs => $5)
        WHERE id = $1`,
      [id, attempts, giveUp ? 'failed' : 'pending', reason, retryInSeconds],
    );
  }

  /** Delivered or abandoned mails are kept 30 days, held mails 8 days (their links have expired). */
  async purgeOld(): Promise<number> {
    const [, count] = await this.dataSource.query(
      `DELETE FROM mail_outbox
        WHERE (status IN ('sent', 'failed') AND created_at < now() - interval '30 days')
           OR (status = 'held' AND created_at < now() - interval '8 days')`,
    );
    return count;
  }
}
