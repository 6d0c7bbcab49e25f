import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { MailOutboxRepository } from './mail-outbox.repository';
import { Locale, MailTemplate, renderMail } from './templates';

export interface OutgoingMail {
  to: string;
  locale: Locale;
  template: MailTemplate;
  alumnusId?: string;
  memberId?: string;
  /**
   * One mail per event and recipient: a second enqueue with the same key is a no-op, e.g.
   * `contact_request_accepted:<requestId>:<memberId>`.
   */
  dedupeKey?: string;
  /** When the link in the mail expires; an undelivered mail is dropped (body included) then. */
  expiresAt?: Date;
}

const MAX_ATTEMPTS = 8;
const BATCH = 20;

/**
 * The mail outbox. `enqueue` writes in the caller's transaction (the mail exists only if the
 * action that caused it committed, and the request never waits for SMTP); the `mail-delivery`
 * job sends due rows and retries failures with backoff. Without SMTP_URL (development only: the
 * configuration refuses it with NODE_ENV=production) each mail is printed to the console,
 * clearly labelled, instead of sent. The logger never sees an address or a body.
 */
@Injectable()
export class MailService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  private readonly transport?: Transporter;
  /** Where development mails are printed (stdout; tests replace it). */
  consoleSink: (text: string) => void = (text) => process.stdout.write(text);

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

  /** After the jobs have stopped (their module hooks run first): SMTP connections are closed. */
  onApplicationShutdown(): void {
    this.transport?.close();
  }

  /** Addresses are personal data: old mails are deleted (see MailOutboxRepository.purgeOld). */
  purgeOld(): Promise<number> {
    return this.outbox.purgeOld();
  }

  /** Queues a mail in the caller's transaction; null when its dedupe key was already used. */
  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<string | null> {
    const rendered = renderMail(mail.locale, mail.template);
    return this.outbox.insert(manager, {
      kind: mail.template.kind,
      to: mail.to,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      alumnusId: mail.alumnusId ?? null,
      memberId: mail.memberId ?? null,
      dedupeKey: mail.dedupeKey ?? null,
      expiresAt: mail.expiresAt ?? null,
    });
  }

  /**
   * Delivers due mails, one short transaction per batch. Rows are claimed with
   * FOR UPDATE SKIP LOCKED and marked in the same transaction, so a row is never handed to two
   * workers; the body (which may hold a sign-in link) is cleared once delivered.
   */
  async deliverDue(): Promise<{ sent: number; expired: number; failed: number }> {
    const totals = { sent: 0, expired: 0, failed: 0 };
    for (;;) {
      const claimed = await this.dataSource.transaction(async (manager) => {
        const rows = await this.outbox.claimDue(manager, BATCH);
        for (const mail of rows) {
          if (mail.expired) {
            await this.outbox.markExpired(manager, mail.id);
            totals.expired++;
            continue;
          }
          try {
            if (this.transport) {
              await this.transport.sendMail({
                from: this.config.mailFrom,
                to: mail.to_address,
                subject: mail.subject,
                text: mail.body_text ?? '',
                ...(mail.body_html ? { html: mail.body_html } : {}),
              });
            } else {
              this.printToConsole(mail.to_address, mail.subject, mail.body_text ?? '');
            }
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

  private printToConsole(to: string, subject: string, text: string): void {
    const rule = '-'.repeat(72);
    this.consoleSink(
      `\n${rule}\nDEVELOPMENT MAIL (SMTP_URL is not set: printed here, not sent)\nTo: ${to}\nSubject: ${subject}\n\n${text}${rule}\n`,
    );
  }
}

function describeSmtpError(error: unknown): string {
  const e = error as { code?: string; responseCode?: number; name?: string };
  return [e?.name ?? 'Error', e?.code, e?.responseCode].filter(Boolean).join(' ');
}
