import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { toSafeInteger } from '../database/transformers';
import { ConsentSegment } from './dto/consent-health.dto';

export interface ConsentCounts {
  total: number;
  searchable: number;
  unlockable: number;
  contactable: number;
  lapsingIn30Days: number;
  lapsed: number;
  neverAnswered: number;
  neverInvited: number;
  withoutEmail: number;
}

export interface SegmentRow {
  id: string;
  externalId: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  lastInvitedAt: Date | null;
  consentLapsesAt: Date | null;
  createdAt: Date;
}

export interface OrgActivityRow {
  orgId: string;
  name: string;
  emailDomain: string;
  blocked: boolean;
  accessRequest: 'pending' | 'approved' | 'rejected' | null;
  accessRequestId: string | null;
  unlockedAlumni: number;
  contactedAlumni: number;
  acceptedContacts: number;
  lastActivityAt: Date | null;
}

/**
 * Per alumnus of association $1: whether an invitation was ever sent, whether they ever answered
 * themselves, and when the consent lapses ($2 = lapse months). Consent counts only while it has
 * not lapsed (the rule search and unlocks apply).
 */
const ALUMNI_STATE = `
  SELECT a.id, a.external_id, a.first_name, a.last_name, a.email, a.created_at,
         a.consent_searchable, a.consent_unlockable, a.consent_contactable,
         CASE WHEN a.consent_searchable
              THEN greatest(a.consent_given_at, a.last_confirmed_at) + make_interval(months => $2) END AS lapses_at,
         (SELECT max(l.created_at) FROM alumni_magic_links l WHERE l.alumnus_id = a.id AND l.purpose = 'invitation') AS last_invited_at,
         EXISTS (SELECT 1 FROM consent_events e WHERE e.alumnus_id = a.id AND e.source = 'self_service') AS answered
    FROM alumni a
   WHERE a.association_id = $1 AND a.erased_at IS NULL`;

const SEGMENT_CONDITIONS: Record<ConsentSegment, string> = {
  never_answered: 's.last_invited_at IS NOT NULL AND NOT s.answered',
  never_invited: 's.last_invited_at IS NULL AND NOT s.answered',
  lapsing: `s.lapses_at > now() AND s.lapses_at <= now() + interval '30 days'`,
  lapsed: 's.lapses_at <= now()',
};

@Injectable()
export class AssociationDashboardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  async associationExists(associationId: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM associations WHERE id = $1`, [associationId])).length > 0;
  }

  async consentCounts(associationId: string, lapseMonths: number): Promise<ConsentCounts> {
    const [r] = await this.dataSource.query(
      `SELECT count(*) AS total,
              count(*) FILTER (WHERE s.consent_searchable AND s.lapses_at > now()) AS searchable,
              count(*) FILTER (WHERE s.consent_unlockable AND s.lapses_at > now()) AS unlockable,
              count(*) FILTER (WHERE s.consent_contactable AND s.lapses_at > now()) AS contactable,
              count(*) FILTER (WHERE ${SEGMENT_CONDITIONS.lapsing}) AS lapsing,
              count(*) FILTER (WHERE ${SEGMENT_CONDITIONS.lapsed}) AS lapsed,
              count(*) FILTER (WHERE ${SEGMENT_CONDITIONS.never_answered}) AS never_answered,
              count(*) FILTER (WHERE ${SEGMENT_CONDITIONS.never_invited}) AS never_invited,
              count(*) FILTER (WHERE s.email IS NULL) AS without_email
         FROM (${ALUMNI_STATE}) s`,
      [associationId, lapseMonths],
    );
    const n = (v: string) => toSafeInteger(v);
    return {
      total: n(r.total),
      searchable: n(r.searchable),
      unlockable: n(r.unlockable),
      contactable: n(r.contactable),
      lapsingIn30Days: n(r.lapsing),
      lapsed: n(r.lapsed),
      neverAnswered: n(r.never_answered),
      neverInvited: n(r.never_invited),
      withoutEmail: n(r.without_email),
    };
  }

  /** One page of a segment, oldest alumni first (keyset on created_at, id). */
  async segment(
    associationId: string,
    lapseMonths: number,
    segment: ConsentSegment,
    limit: number,
    after?: { createdAt: Date; id: string },
  ): Promise<SegmentRow[]> {
    const params: unknown[] = [associationId, lapseMonths, limit + 1];
    if (after) params.push(after.createdAt, after.id);
    const rows = await this.dataSource.query(
      `SELECT s.* FROM (${ALUMNI_STATE}) s
        WHERE ${SEGMENT_CONDITIONS[segment]} ${after ? 'AND (s.created_at, s.id) > ($4, $5)' : ''}
        ORDER BY s.created_at, s.id LIMIT $3`,
      params,
    );
    return rows.map((r: Record<string, unknown>) => ({
      id: r.id as string,
      externalId: (r.external_id as string | null) ?? null,
      firstName: (r.first_name as string | null) ?? null,
      lastName: (r.last_name as string | null) ?? null,
      email: (r.email as string | null) ?? null,
      lastInvitedAt: (r.last_invited_at as Date | null) ?? null,
      consentLapsesAt: (r.lapses_at as Date | null) ?? null,
      createdAt: r.created_at as Date,
    }));
  }

  /** The association's alumni among `ids` (erased ones excluded), with their email. */
  async alumniForInvitation(m: EntityManager, associationId: string, ids: string[]): Promise<Array<{ id: string; email: string | null }>> {
    return m.query(`SELECT id, email FROM alumni WHERE association_id = $1 AND id = ANY($2::uuid[]) AND erased_at IS NULL`, [
      associationId,
      ids,
    ]);
  }

  /**
   * Orgs with their dealings with association $1: unlocks, contact requests, access request and
   * block. With `q`, every org whose name or email domain contains it; without, the orgs that
   * have dealt with the association.
   */
  async orgActivity(associationId: string, q: string | undefined, limit: number): Promise<OrgActivityRow[]> {
    const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows = await this.dataSource.query(
      `WITH u AS (SELECT org_id, count(*) AS unlocked, max(created_at) AS last_at FROM unlocks WHERE association_id = $1 GROUP BY org_id),
            c AS (SELECT org_id, count(DISTINCT alumnus_id) AS contacted, count(*) FILTER (WHERE status = 'accepted') AS accepted,
                         max(created_at) AS last_at
                    FROM contact_requests WHERE association_id = $1 GROUP BY org_id),
            r AS (SELECT org_id, id, status FROM association_access_requests WHERE association_id = $1),
            b AS (SELECT org_id FROM association_blocked_orgs WHERE association_id = $1)
       SELECT o.id, o.name, o.email_domain, b.org_id IS NOT NULL AS blocked, r.status AS request_status, r.id AS request_id,
              coalesce(u.unlocked, 0) AS unlocked, coalesce(c.contacted, 0) AS contacted, coalesce(c.accepted, 0) AS accepted,
              CASE WHEN u.last_at IS NULL THEN c.last_at WHEN c.last_at IS NULL THEN u.last_at ELSE greatest(u.last_at, c.last_at) END AS last_at
         FROM recruiter_orgs o
         LEFT JOIN u ON u.org_id = o.id
         LEFT JOIN c ON c.org_id = o.id
         LEFT JOIN r ON r.org_id = o.id
         LEFT JOIN b ON b.org_id = o.id
        WHERE ${pattern ? `(o.name ILIKE $2 OR o.email_domain ILIKE $2)` : `(u.org_id IS NOT NULL OR c.org_id IS NOT NULL OR r.org_id IS NOT NULL OR b.org_id IS NOT NULL)`}
        ORDER BY unlocked DESC, contacted DESC, o.name, o.id
        LIMIT ${pattern ? '$3' : '$2'}`,
      pattern ? [associationId, pattern, limit] : [associationId, limit],
    );
    return rows.map((r: Record<string, unknown>) => ({
      orgId: r.id as string,
      name: r.name as string,
      emailDomain: r.email_domain as string,
      blocked: r.blocked as boolean,
      accessRequest: (r.request_status as OrgActivityRow['accessRequest']) ?? null,
      accessRequestId: (r.request_id as string | null) ?? null,
      unlockedAlumni: toSafeInteger(r.unlocked as string),
      contactedAlumni: toSafeInteger(r.contacted as string),
      acceptedContacts: toSafeInteger(r.accepted as string),
      lastActivityAt: (r.last_at as Date | null) ?? null,
    }));
  }
}
