import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface ContactMailFacts {
  id: string;
  job_title: string;
  message: string;
  credits: string;
  expires_at: Date;
  org_id: string;
  org_name: string;
  alumnus_id: string;
  alumnus_email: string | null;
  alumnus_first_name: string | null;
  alumnus_last_name: string | null;
  alumnus_locale: string;
  notify: boolean;
}

@Injectable()
export class ContactMailsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async facts(manager: EntityManager, requestId: string): Promise<ContactMailFacts | undefined> {
    const [row] = await manager.query(
      `SELECT c.id, c.job_title, c.message, c.credits::text AS credits, c.expires_at, o.id AS org_id, o.name AS org_name,
              a.id AS alumnus_id, a.email AS alumnus_email, a.first_name AS alumnus_first_name, a.last_name AS alumnus_last_name,
              a.locale AS alumnus_locale, a.notify_contact_requests AS notify
         FROM contact_requests c JOIN recruiter_orgs o ON o.id = c.org_id JOIN alumni a ON a.id = c.alumnus_id
        WHERE c.id = $1`,
      [requestId],
    );
    return row;
  }

  /** Open requests expiring within `days` (the reminder is deduplicated per request). */
  async expiringSoon(days: number, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM contact_requests WHERE status = 'open' AND expires_at > now() AND expires_at <= now() + make_interval(days => $1)
        ORDER BY expires_at LIMIT $2`,
      [days, limit],
    );
    return rows.map((r) => r.id);
  }
}
