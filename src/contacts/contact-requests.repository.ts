import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../database/query';
import { toSafeInteger } from '../database/transformers';

export type ContactRequestStatus = 'open' | 'accepted' | 'declined' | 'expired';

export interface ContactRequestRow {
  id: string;
  orgId: string;
  alumnusId: string;
  associationId: string;
  jobTitle: string;
  message: string;
  salaryMinMinor: number | null;
  salaryMaxMinor: number | null;
  currency: string | null;
  credits: number;
  status: ContactRequestStatus;
  expiresAt: Date;
  decidedAt: Date | null;
  createdAt: Date;
  /** Set in the org's listing only once the alumnus accepted (and not erased since). */
  alumnusEmail?: string | null;
  orgName?: string;
  /** Computed by the database clock. */
  isPastExpiry?: boolean;
}

export interface NewContactRequest {
  id: string;
  orgId: string;
  alumnusId: string;
  associationId: string;
  jobTitle: string;
  message: string;
  salaryMinMinor: number | null;
  salaryMaxMinor: number | null;
  currency: string | null;
  credits: number;
  ttlDays: number;
}

export interface ContactTerms {
  contactPriceCredits: number;
  revenueShareBps: number;
  timeZone: string;
  maxPerMonth: number | null;
  program: string | null;
  graduationYear: number | null;
}

const COLUMNS = `c.id, c.org_id, c.alumnus_id, c.association_id, c.job_title, c.message, c.salary_min_minor, c.salary_max_minor,
  c.currency, c.credits, c.status, c.expires_at, c.decided_at, c.created_at, (c.expires_at <= now()) AS is_past_expiry`;

@Injectable()
export class ContactRequestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Serialises contact requests to one alumnus for the length of the caller's transaction, so the
   * monthly cap is counted and enforced atomically (the visibility check only takes FOR SHARE).
   */
  async lockAlumnusForContact(manager: EntityManager, alumnusId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('contact-requests:' || $1, 0))`, [alumnusId]);
  }

  /** Price, share and cap in force now, and the alumnus's non-personal attribution for revenue. */
  async terms(manager: EntityManager, alumnusId: string): Promise<ContactTerms | null> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `SELECT s.contact_price_credits, s.revenue_share_bps, s.time_zone, a.max_contact_requests_per_month, a.program, a.graduation_year
         FROM alumni a JOIN associations s ON s.id = a.association_id WHERE a.id = $1`,
      [alumnusId],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      contactPriceCredits: r.contact_price_credits as number,
      revenueShareBps: r.revenue_share_bps as number,
      timeZone: r.time_zone as string,
      maxPerMonth: (r.max_contact_requests_per_month as number | null) ?? null,
      program: (r.program as string | null) ?? null,
      graduationYear: (r.graduation_year as number | null) ?? null,
    };
  }

  /** Requests to the alumnus, open or accepted, created in the current calendar month of the association's time zone. */
  async countThisMonth(manager: EntityManager, alumnusId: string, timeZone: string): Promise<number> {
    const rows = await queryRows<{ n: string }>(
      manager,
      `SELECT count(*) AS n FROM contact_requests
        WHERE alumnus_id = $1 AND status IN ('open', 'accepted')
          AND created_at >= (date_trunc('month', now() AT TIME ZONE $2) AT TIME ZONE $2)`,
      [alumnusId, timeZone],
    );
    return toSafeInteger(rows[0].n);
  }

  async insert(manager: EntityManager, c: NewContactRequest): Promise<ContactRequestRow> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `WITH c AS (
         INSERT INTO contact_requests (id, org_id, alumnus_id, association_id, job_title, message, salary_min_minor,
           salary_max_minor, currency, credits, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now() + make_interval(days => $11))
         RETURNING *)
       SELECT ${COLUMNS} FROM c`,
      [
        c.id,
        c.orgId,
        c.alumnusId,
        c.associationId,
        c.jobTitle,
        c.message,
        c.salaryMinMinor,
        c.salaryMaxMinor,
        c.currency,
        c.credits,
        c.ttlDays,
      ],
    );
    return toRow(rows[0]);
  }

  /** The alumnus's own request, row-locked: every transition starts here. */
  async lockForAlumnus(manager: EntityManager, id: string, alumnusId: string): Promise<ContactRequestRow | null> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `SELECT ${COLUMNS} FROM contact_requests c WHERE c.id = $1 AND c.alumnus_id = $2 FOR UPDATE`,
      [id, alumnusId],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** For the expiry job: the request if it is still open, past expiry and not being decided right now. */
  async lockExpirable(manager: EntityManager, id: string): Promise<ContactRequestRow | null> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `SELECT ${COLUMNS} FROM contact_requests c
        WHERE c.id = $1 AND c.status = 'open' AND c.expires_at <= now() FOR UPDATE SKIP LOCKED`,
      [id],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  async dueForExpiry(limit: number): Promise<string[]> {
    const rows = await this.dataSource.query(
      `SELECT id FROM contact_requests WHERE status = 'open' AND expires_at <= now() ORDER BY expires_at LIMIT $1`,
      [limit],
    );
    return rows.map((r: { id: string }) => r.id);
  }

  async setStatus(manager: EntityManager, id: string, status: Exclude<ContactRequestStatus, 'open'>): Promise<void> {
    await manager.query(`UPDATE contact_requests SET status = $2, decided_at = now() WHERE id = $1 AND status = 'open'`, [id, status]);
  }

  /**
   * The org's own requests, newest first. The alumnus email only on accepted ones, and only while
   * the alumnus still accepts contact and has not blocked the org (a blocked org sees nothing of
   * the blocker; a withdrawal applies to the next request).
   */
  async pageForOrg(orgId: string, limit: number, before?: { createdAt: Date; id: string }): Promise<ContactRequestRow[]> {
    const params: unknown[] = [orgId, limit + 1];
    if (before) params.push(before.createdAt, before.id);
    const rows = await this.dataSource.query(
      `SELECT ${COLUMNS},
              CASE WHEN c.status = 'accepted' AND a.consent_contactable
                        AND NOT EXISTS (SELECT 1 FROM alumnus_blocked_orgs b WHERE b.alumnus_id = a.id AND b.org_id = c.org_id)
                   THEN a.email END AS alumnus_email
         FROM contact_requests c JOIN alumni a ON a.id = c.alumnus_id
        WHERE c.org_id = $1 ${before ? 'AND (c.created_at, c.id) < ($3, $4)' : ''}
        ORDER BY c.created_at DESC, c.id DESC LIMIT $2`,
      params,
    );
    return rows.map(toRow);
  }

  async pageForAlumnus(alumnusId: string, limit: number, before?: { createdAt: Date; id: string }): Promise<ContactRequestRow[]> {
    const params: unknown[] = [alumnusId, limit + 1];
    if (before) params.push(before.createdAt, before.id);
    const rows = await this.dataSource.query(
      `SELECT ${COLUMNS}, o.name AS org_name
         FROM contact_requests c JOIN recruiter_orgs o ON o.id = c.org_id
        WHERE c.alumnus_id = $1 ${before ? 'AND (c.created_at, c.id) < ($3, $4)' : ''}
        ORDER BY c.created_at DESC, c.id DESC LIMIT $2`,
      params,
    );
    return rows.map(toRow);
  }

  /** The org's own request, as sent (without the alumnus email). */
  async findForOrg(manager: EntityManager, id: string, orgId: string): Promise<ContactRequestRow | null> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `SELECT ${COLUMNS} FROM contact_requests c WHERE c.id = $1 AND c.org_id = $2`,
      [id, orgId],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  async findForAlumnus(manager: EntityManager, id: string, alumnusId: string): Promise<ContactRequestRow | null> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `SELECT ${COLUMNS}, o.name AS org_name FROM contact_requests c JOIN recruiter_orgs o ON o.id = c.org_id
        WHERE c.id = $1 AND c.alumnus_id = $2`,
      [id, alumnusId],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }
}

function nullableInt(value: unknown): number | null {
  return value === null || value === undefined ? null : toSafeInteger(value as string);
}

function toRow(r: Record<string, unknown>): ContactRequestRow {
  return {
    id: r.id as string,
    orgId: r.org_id as string,
    alumnusId: r.alumnus_id as string,
    associationId: r.association_id as string,
    jobTitle: r.job_title as string,
    message: r.message as string,
    salaryMinMinor: nullableInt(r.salary_min_minor),
    salaryMaxMinor: nullableInt(r.salary_max_minor),
    currency: (r.currency as string | null) ?? null,
    credits: toSafeInteger(r.credits as string),
    status: r.status as ContactRequestStatus,
    expiresAt: r.expires_at as Date,
    decidedAt: (r.decided_at as Date | null) ?? null,
    createdAt: r.created_at as Date,
    alumnusEmail: r.alumnus_email === undefined ? undefined : ((r.alumnus_email as string | null) ?? null),
    orgName: (r.org_name as string | undefined) ?? undefined,
    isPastExpiry: r.is_past_expiry as boolean,
  };
}
