import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';

export interface OutgoingMail {
  kind: 'magic_link' | 'invitation' | 'reconfirmation';
  to: string;
  subject: string;
  text: string;
  alumnusId?: string;
}

interface DueMail {
  id: string;
  kind: string;
  to_address: string;
  subject: string;
  body_text: string | null;
  attempts: number;
}

const MAX_ATTEMPTS = 8;
const BATCH = 20;

/**
 * The mail outbox. `enqueue` writes in the caller's transaction (the mail exists only if the
 * action that caused it committed); `deliverDue` sends due rows. Without SMTP_URL a mail is kept
 * in the outbox with status `held` and only its id and kind are logged, never its address or body.
 */
@Injectable()
export class MailService implements OnModuleInit {
  private readonly logger = new Logger(MailService.name);
  private readonly transport?: Transporter;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {
    if (config.smtpUrl) this.transport = createTransport(config.smtpUrl);
  }

  onModuleInit(): void {
    this.jobs.register({ name: 'mail-delivery', run: () => this.deliverDue() });
    this.jobs.register({ name: 'mail-retention', run: () => this.purgeOld() });
  }

  /**
   * Addresses are personal data: delivered or abandoned mails are kept 30 days (for support
   * questions), held mails 8 days (their links have expired by then).
   */
  async purgeOld(): Promise<number> {
    const [, count] = await this.dataSource.query(
      `DELETE FROM mail_outbox
        WHERE (status IN ('sent', 'failed') AND created_at < now() - interval '30 days')
           OR (status = 'held' AND created_at < now() - interval '8 days')`,
    );
    return count;
  }

  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO mail_outbox (kind, to_address, subject, body_text, alumnus_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [mail.kind, mail.to, mail.subject, mail.text, mail.alumnusId ?? null],
    );
    return row.id;
  }

  /**
   * Delivers due mails, one short transaction per batch. Rows are claimed with
   * FOR UPDATE SKIP LOCKED and marked in the same transaction, so a row is never handed to two
   * workers; the body (which may hold a magic link) is cleared once delivered.
   */
  async deliverDue(): Promise<{ sent: number; held: number; failed: number }> {
    const totals = { sent: 0, held: 0, failed: 0 };
    for (;;) {
      const claimed = await this.dataSource.transaction(async (manager) => {
        const rows: DueMail[] = await manager.query(
          `SELECT id, kind, to_address, subject, body_text, attempts FROM mail_outbox
            WHERE status = 'pending' AND next_attempt_at <= now()
            ORDER BY next_attempt_at, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        );
        for (const mail of rows) {
          if (!this.transport) {
            await manager.query(`UPDATE mail_outbox SET status = 'held' WHERE id = $1`, [mail.id]);
            this.logger.log(`mail ${mail.id} (${mail.kind}) kept in the outbox: SMTP_URL is not set`);
            totals.held++;
            continue;
          }
          try {
            await this.transport.sendMail({
              from: this.config.mailFrom,
              to: mail.to_address,
              subject: mail.subject,
              text: mail.body_text ?? '',
            });
            await manager.query(
              `UPDATE mail_outbox SET status = 'sent', sent_at = now(), body_text = NULL, attempts = attempts + 1 WHERE id = $1`,
              [mail.id],
            );
            totals.sent++;
          } catch (error) {
            const attempts = mail.attempts + 1;
            const failed = attempts >= MAX_ATTEMPTS;
            // The SMTP error text may quote the recipient; keep only its class and code.
            const reason = describeSmtpError(error);
            await manager.query(
              `UPDATE mail_outbox SET attempts = $2, status = $3, last_error = $4,
                      next_attempt_at = now() + make_interval(secs => $5)
                WHERE id = $1`,
              [mail.id, attempts, failed ? 'failed' : 'pending', reason, Math.min(3600, 15 * 2 ** attempts)],
            );
            this.logger.warn(`mail ${mail.id} (${mail.kind}) not delivered, attempt ${attempts}: ${reason}`);
            if (failed) totals.failed++;
          }
        }
        return rows.length;
      });
      if (claimed < BATCH) return totals;
    }
  }
}

function describeSmtpError(error: unknown): string {
  const e = error as { code?: string; responseCode?: number; name?: string };
  return [e?.name ?? 'Error', e?.code, e?.responseCode].filter(Boolean).join(' ');
}
