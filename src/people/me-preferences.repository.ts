import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Injectable()
export class MePreferencesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(alumnusId: string): Promise<{ contact_requests: boolean; reconfirmation: boolean; locale: string } | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT notify_contact_requests AS contact_requests, notify_reconfirmation AS reconfirmation, locale FROM alumni WHERE id = $1 AND erased_at IS NULL`,
      [alumnusId],
    );
    return row;
  }

  async set(alumnusId: string, p: { contactRequests?: boolean; reconfirmation?: boolean; locale?: string }): Promise<void> {
    await this.dataSource.query(
      `UPDATE alumni SET notify_contact_requests = coalesce($2, notify_contact_requests),
              notify_reconfirmation = coalesce($3, notify_reconfirmation), locale = coalesce($4, locale), updated_at = now()
        WHERE id = $1 AND erased_at IS NULL`,
      [alumnusId, p.contactRequests ?? null, p.reconfirmation ?? null, p.locale ?? null],
    );
  }

  /** Active recruiter orgs whose name contains, or whose email domain starts with, `q` (wildcards escaped). */
  findOrganisations(q: string): Promise<{ id: string; name: string; domain: string }[]> {
    const pattern = q.replace(/[\\%_]/g, (c) => `\\${c}`);
    return this.dataSource.query(
      `SELECT id, name, email_domain AS domain FROM recruiter_orgs
        WHERE status = 'active' AND (name ILIKE '%' || $1 || '%' OR email_domain ILIKE $1 || '%')
        ORDER BY name, id LIMIT 20`,
      [pattern],
    );
  }
}
