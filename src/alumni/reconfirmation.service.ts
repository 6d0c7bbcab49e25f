import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { AlumniAuthService } from './alumni-auth.service';

/** Mails go out this long before the consent lapses, and to those whose consent already lapsed. */
const NOTICE_DAYS = 30;

/**
 * Consent lapse (CNIL: candidate pools are kept at most 2 years without renewed consent). The
 * VisibilityService already stops counting lapsed consent; this job asks each alumnus once per
 * consent period to reconfirm. `reconfirmation_sent_at` older than the latest confirmation means
 * the previous reminder belongs to an earlier period.
 */
@Injectable()
export class ReconfirmationService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AlumniAuthService,
    private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'consent-reconfirmation', run: () => this.sendDueReminders() });
  }

  async sendDueReminders(limit = 200): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due: { id: string; email: string }[] = await manager.query(
        `SELECT id, email FROM alumni
          WHERE erased_at IS NULL AND consent_searchable AND email IS NOT NULL
            AND greatest(consent_given_at, last_confirmed_at) < now() - make_interval(months => $1, days => -($2::int))
            AND (reconfirmation_sent_at IS NULL OR reconfirmation_sent_at < greatest(consent_given_at, last_confirmed_at))
          ORDER BY consent_given_at LIMIT $3
          FOR UPDATE SKIP LOCKED`,
        [this.config.consentLapseMonths, NOTICE_DAYS, limit],
      );
      for (const alumnus of due) {
        await this.auth.sendLink(manager, alumnus.id, alumnus.email, 'reconfirmation');
        await manager.query(`UPDATE alumni SET reconfirmation_sent_at = now() WHERE id = $1`, [alumnus.id]);
      }
      return due.length;
    });
  }
}
