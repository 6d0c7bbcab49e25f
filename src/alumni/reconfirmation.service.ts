import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { AlumniAuthService } from './alumni-auth.service';
import { AlumniRepository } from './alumni.repository';
import { SearchProjection } from '../search/search-projection.service';

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
    private readonly alumni: AlumniRepository,
    private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly search: SearchProjection,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'consent-reconfirmation',
      run: async () => {
        await this.sendDueReminders();
        await this.removeLapsedFromSearch();
      },
    });
  }

  async sendDueReminders(limit = 200): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = await this.alumni.lockDueForReconfirmation(manager, this.config.consentLapseMonths, NOTICE_DAYS, limit);
      for (const alumnus of due) {
        await this.auth.sendLink(manager, alumnus.id, alumnus.email, 'reconfirmation', new Date(alumnus.lapses_at));
        await this.alumni.markReconfirmationSent(manager, alumnus.id);
      }
      return due.length;
    });
  }

  /**
   * Consent rule: searches already hide lapsed consent at query time; this drops the documents
   * themselves so the index holds only live consent. Returns how many were removed.
   */
  async removeLapsedFromSearch(limit = 1000): Promise<number> {
    return this.dataSource.transaction((manager) => this.search.removeLapsed(manager, this.config.consentLapseMonths, limit));
  }
}
