import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { queryRows } from '../database/query';
import { DataSource, EntityManager } from 'typeorm';

export interface AccessRequestRow {
  id: string;
  association_id: string;
  org_id: string;
  org_name: string;
  status: string;
  message: string | null;
  created_at: Date;
  decided_at: Date | null;
}

const REQUEST_SELECT = `SELECT r.id, r.association_id, r.org_id, o.name AS org_name, r.status, r.message, r.created_at, r.decided_at
  FROM association_access_requests r JOIN recruiter_orgs o ON o.id = r.org_id`;

export interface DirectoryRow {
  id: string;
  name: string;
  slug: string;
  recruiter_access: 'open' | 'approval';
  blocked: boolean;
  request_status: 'pending' | 'approved' | 'rejected' | null;
  searchable_alumni: string;
}

@Injectable()
export class AccessRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The marketplace as one org sees it: associations not closed, by name, with this org's request
   * and block rows only (never another org's), and the number of search documents this org could
   * find there (not lapsed, not blocking it), counted per association of the page.
   */
  directoryPage(orgId: string, limit: number, confirmedAfter: Date, after?: { name: string; id: string }): Promise<DirectoryRow[]> {
    return this.dataSource.query(
      `SELECT s.id, s.name, s.slug, s.recruiter_access,
              EXISTS (SELECT 1 FROM association_blocked_orgs b WHERE b.association_id = s.id AND b.org_id = $1) AS blocked,
              (SELECT r.status FROM association_access_requests r WHERE r.association_id = s.id AND r.org_id = $1) AS request_status,
              (SELECT count(*) FROM search_documents d
                WHERE d.association_id = s.id AND d.last_confirmed_at > $2
                  AND (cardinality(d.blocked_org_ids) = 0 OR NOT (d.blocked_org_ids @> ARRAY[$1::uuid]))) AS searchable_alumni
         FROM associations s
        WHERE s.recruiter_access <> 'closed'
          AND ($3::text IS NULL OR (s.name, s.id) > ($3, $4::uuid))
        ORDER BY s.name, s.id
        LIMIT $5`,
      [orgId, confirmedAfter, after?.name ?? null, after?.id ?? null, limit],
    );
  }

  async findRecruiterAccess(associationId: string): Promise<string | undefined> {
    const rows = await this.dataSource.query(`SELECT recruiter_access FROM associations WHERE id = $1`, [associationId]);
    return rows[0]?.recruiter_access;
  }

  /** One row per org and association: asking again keeps it, a rejected one goes back to pending. */
  /** Returns the request id and whether it is newly pending (created, or re-opened after a rejection). */
  async upsertRequest(
    manager: EntityManager,
    associationId: string,
    orgId: string,
    message: string | null,
  ): Promise<{ id: string; opened: boolean }> {
    const [row] = await manager.query(
      `WITH previous AS (
         SELECT status FROM association_access_requests WHERE association_id = $1 AND org_id = $2
       )
       INSERT INTO association_access_requests (association_id, org_id, message) VALUES ($1, $2, $3)
       ON CONFLICT ON CONSTRAINT uq_association_access_requests_pair DO UPDATE
          SET status = CASE WHEN association_access_requests.status = 'rejected' THEN 'pending' ELSE association_access_requests.status END,
              message = coalesce(EXCLUDED.message, association_access_requests.message),
              decided_at = CASE WHEN association_access_requests.status = 'rejected' THEN NULL ELSE association_access_requests.decided_at END,
              updated_at = now()
       RETURNING id, coalesce((SELECT status FROM previous), 'rejected') = 'rejected' AS opened`,
      [associationId, orgId, message],
    );
    return { id: row.id, opened: row.opened };
  }

  async findRequest(associationId: string, requestId: string): Promise<AccessRequestRow | undefined> {
    const rows = await this.dataSource.query(`${REQUEST_SELECT} WHERE r.id = $1 AND r.association_id = $2`, [requestId, associationId]);
    return rows[0];
  }

  listRequests(
    associationId: string,
    limit: number,
    status?: string,
    after?: { createdAt: Date; id: string },
  ): Promise<AccessRequestRow[]> {
    const params: unknown[] = [associationId, limit + 1];
    let where = 'r.association_id = $1';
    if (status) {
      params.push(status);
      where += ` AND r.status = $${params.length}`;
    }
    if (after) {
      params.push(after.createdAt, after.id);
      where += ` AND (r.created_at, r.id) > ($${params.length - 1}, $${params.length})`;
    }
    return this.dataSource.query(`${REQUEST_SELECT} WHERE ${where} ORDER BY r.created_at, r.id LIMIT $2`, params);
  }

  /** Returns false when the request is not this association's. */
  async decide(associationId: string, requestId: string, status: 'approved' | 'rejected'): Promise<boolean> {
    const [rows] = await this.dataSource.query(
      `UPDATE association_access_requests SET status = $3, decided_at = now(), updated_at = now()
        WHERE id = $1 AND association_id = $2 RETURNING id`,
      [requestId, associationId, status],
    );
    return rows.length > 0;
  }

  /** Idempotent: blocking twice keeps the first block. Throws a foreign-key violation for an unknown org. */
  async blockOrg(associationId: string, orgId: string): Promise<{ created_at: Date; org_name: string }> {
    await this.dataSource.query(`INSERT INTO association_blocked_orgs (association_id, org_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      associationId,
      orgId,
    ]);
    const [row] = await this.dataSource.query(
      `SELECT b.created_at, o.name AS org_name FROM association_blocked_orgs b JOIN recruiter_orgs o ON o.id = b.org_id
        WHERE b.association_id = $1 AND b.org_id = $2`,
      [associationId, orgId],
    );
    return row;
  }

  async unblockOrg(associationId: string, orgId: string): Promise<boolean> {
    const [, count] = await this.dataSource.query(`DELETE FROM association_blocked_orgs WHERE association_id = $1 AND org_id = $2`, [
      associationId,
      orgId,
    ]);
    return count > 0;
  }

  async insertAccessLogEntry(
    manager: EntityManager,
    orgId: string,
    alumnusId: string,
    kind: string,
    reference: string | null = null,
  ): Promise<void> {
    await queryRows(
      manager,
      `INSERT INTO access_log_entries (org_id, alumnus_id, kind, reference) VALUES ($1, $2, $3, $4)`,
      [orgId, alumnusId, kind, reference],
      {
        prepare: 'access_log_insert',
      },
    );
  }

  listBlockedOrgs(
    associationId: string,
    limit: number,
    after?: { createdAt: Date; id: string },
  ): Promise<{ org_id: string; org_name: string; created_at: Date }[]> {
    const params: unknown[] = [associationId, limit + 1];
    if (after) params.push(after.createdAt, after.id);
    return this.dataSource.query(
      `SELECT b.org_id, o.name AS org_name, b.created_at
         FROM association_blocked_orgs b JOIN recruiter_orgs o ON o.id = b.org_id
        WHERE b.association_id = $1 ${after ? 'AND (b.created_at, b.org_id) > ($3, $4)' : ''}
        ORDER BY b.created_at, b.org_id LIMIT $2`,
      params,
    );
  }
}
