import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { formatDate, toLocale } from '../mail/templates';
import { MembersService } from '../members/members.service';
import { ContactMailsRepository } from './contact-mails.repository';

const EXPIRY_NOTICE_DAYS = 3;

/**
 * Contact-request mails, queued in the transaction of the event (so they exist only if it
 * committed and never delay the answer), once per event and recipient (dedupe keys):
 * to the alumnus when a request arrives and 3 days before it expires (unless muted), and to the
 * org's owners and recruiters when it is accepted (with the shared email), declined or expired.
 */
@Injectable()
export class ContactMailsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facts: ContactMailsRepository,
    private readonly members: MembersService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'contact-request-reminders', run: () => this.sendExpiryReminders() });
  }

  private portal(path: string): string {
    return `${this.config.publicBaseUrl}${path}`;
  }

  async received(manager: EntityManager, requestId: string, reminder = false): Promise<void> {
    const f = await this.facts.facts(manager, requestId);
    if (!f || !f.alumnus_email || !f.notify) return;
    const locale = toLocale(f.alumnus_locale);
    const url = this.portal('/alumni/contact-requests');
    const expiresOn = formatDate(locale, new Date(f.expires_at));
    await this.mail.enqueue(manager, {
      to: f.alumnus_email,
      locale,
      alumnusId: f.alumnus_id,
      dedupeKey: `${reminder ? 'contact_request_expiring' : 'contact_request_received'}:${f.id}:${f.alumnus_id}`,
      template: reminder
        ? { kind: 'contact_request_expiring', orgName: f.org_name, jobTitle: f.job_title, url, expiresOn }
        : { kind: 'contact_request_received', orgName: f.org_name, jobTitle: f.job_title, message: f.message, url, expiresOn },
    });
  }

  async decided(manager: EntityManager, requestId: string, outcome: 'accepted' | 'declined' | 'expired'): Promise<void> {
    const f = await this.facts.facts(manager, requestId);
    if (!f) return;
    const url = this.portal('/org');
    for (const member of await this.members.orgRecipients(manager, f.org_id)) {
      const locale = toLocale(member.locale);
      const credits = Number(f.credits);
      const template =
        outcome === 'accepted'
          ? {
              kind: 'contact_request_accepted' as const,
              jobTitle: f.job_title,
              alumnusName: [f.alumnus_first_name, f.alumnus_last_name].filter(Boolean).join(' ') || '—',
              alumnusEmail: f.alumnus_email ?? '',
              url,
            }
          : { kind: `contact_request_${outcome}` as const, jobTitle: f.job_title, credits, url };
      await this.mail.enqueue(manager, {
        to: member.email,
        locale,
        memberId: member.id,
        dedupeKey: `contact_request_${outcome}:${f.id}:${member.id}`,
        template,
      });
    }
  }

  /** The job: one reminder per request that expires within 3 days (the dedupe key makes it once). */
  async sendExpiryReminders(limit = 500): Promise<number> {
    const ids = await this.facts.expiringSoon(EXPIRY_NOTICE_DAYS, limit);
    for (const id of ids) await this.dataSource.transaction((m) => this.received(m, id, true));
    return ids.length;
  }
}
