import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { MailOutboxRepository } from './mail-outbox.repository';

export interface OutgoingMail {
  kind: 'magic_link' | 'invitation' | 'reconfirmation' | 'webhook_disabled';
  to: string;
  subject: string;
  text: string;
  alumnusId?: string;
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
    private readonly outbox: MailOutboxRepository,
    private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {
    if (config.smtpUrl) this.transport = createTransport(config.smtpUrl);
  }

  onModuleInit(): void {
    this.jobs.register({ name: 'mail-delivery', run: () => this.deliverDue() });
    this.jobs.register({ name: 'mail-retention', run: () => this.purgeOld() });
  }

  /** Addresses are personal data: old mails are deleted (see MailOutboxRepository.purgeOld). */
  purgeOld(): Promise<number> {
    return this.outbox.purgeOld();
  }

  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<string> {
    return this.outbox.insert(manager, { ...mail, alumnusId: mail.alumnusId ?? null });
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
        const rows = await this.outbox.claimDue(manager, BATCH);
        for (const mail of rows) {
          if (!this.transport) {
            await this.outbox.markHeld(manager, mail.id);
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
            await this.outbox.markSent(manager, mail.id);
            totals.sent++;
          } catch (error) {
            const attempts = mail.attempts + 1;
            const failed = attempts >= MAX_ATTEMPTS;
            // The SMTP error text may quote the recipient; keep only its class and code.
            const reason = describeSmtpError(error);
            await this.outbox.markAttemptFailed(manager, mail.id, attempts, failed, reason, Math.min(3600, 15 * 2 ** attempts));
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
