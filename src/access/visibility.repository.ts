import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface VisibilityRow {
  id: string;
  association_id: string;
  erased: boolean;
  org_active: boolean;
  recruiter_access: 'open' | 'approval' | 'closed';
  approved: boolean;
  association_block: boolean;
  alumnus_block: boolean;
  withdrawn: boolean;
  searchable: boolean;
  unlockable: boolean;
  contactable: boolean;
  lapsed: boolean;
}

/** The facts VisibilityService decides on, for one org and many alumni, in one statement. */
@Injectable()
export class VisibilityRepository {
  /**
   * The association-level half of the visibility rules as one set: an active org sees the
   * associations that are not closed, are open or approved its request, and do not block it.
   */
  async searchableAssociationIds(manager: EntityManager, orgId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT s.id
         FROM associations s
         JOIN recruiter_orgs o ON o.id = $1 AND o.status = 'active'
        WHERE s.recruiter_access <> 'closed'
          AND (s.recruiter_access = 'open'
               OR EXISTS (SELECT 1 FROM association_access_requests r
                           WHERE r.association_id = s.id AND r.org_id = $1 AND r.status = 'approved'))
          AND NOT EXISTS (SELECT 1 FROM association_blocked_orgs b WHERE b.association_id = s.id AND b.org_id = $1)`,
      [orgId],
    );
    return rows.map((r) => r.id);
  }

  findForOrg(manager: EntityManager, orgId: string, alumnusIds: string[], lapseMonths: number, lock: boolean): Promise<VisibilityRow[]> {
    return manager.query(
      `SELECT a.id, a.association_id,
              a.erased_at IS NOT NULL AS erased,
              coalesce(o.status = 'active', false) AS org_active,
              s.recruiter_access,
              EXISTS (SELECT 1 FROM association_access_requests r
                       WHERE r.association_id = a.association_id AND r.org_id = $1 AND r.status = 'approved') AS approved,
              EXISTS (SELECT 1 FROM association_blocked_orgs b
                       WHERE b.association_id = a.association_id AND b.org_id = $1) AS association_block,
              EXISTS (SELECT 1 FROM alumnus_blocked_orgs b WHERE b.alumnus_id = a.id AND b.org_id = $1) AS alumnus_block,
              (NOT a.consent_searchable AND EXISTS (SELECT 1 FROM consent_events e
                       WHERE e.alumnus_id = a.id AND e.searchable)) AS withdrawn,
              a.consent_searchable AS searchable,
              a.consent_unlockable AS unlockable,
              a.consent_contactable AS contactable,
              greatest(a.consent_given_at, a.last_confirmed_at) < now() - make_interval(months => $3) AS lapsed
         FROM alumni a
         JOIN associations s ON s.id = a.association_id
         LEFT JOIN recruiter_orgs o ON o.id = $1
        WHERE a.id = ANY($2::uuid[])
        ${lock ? 'FOR SHARE OF a' : ''}`,
      [orgId, alumnusIds, lapseMonths],
    );
  }
}
