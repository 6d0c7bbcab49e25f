import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { addressableAssociationId } from '../auth/ownership';
import { Principal, RecruiterPrincipal } from '../auth/principal';
import { NotFoundError } from '../common/domain-error';
import { createdAtCursor, createdAtCursorOf, PageQueryDto, toPage } from '../common/pagination';
import { isForeignKeyViolation } from '../database/pg-errors';
import { AccessError } from './access.errors';
import { AccessRequestDto, AccessRequestPageDto, AccessRequestQueryDto, AssociationBlockDto } from './dto/access.dto';

export type AccessLogKind = 'preview_view' | 'unlock' | 'contact_request';

const REQUEST_SELECT = `SELECT r.id, r.association_id, r.org_id, o.name AS org_name, r.status, r.message, r.created_at, r.decided_at
  FROM association_access_requests r JOIN recruiter_orgs o ON o.id = r.org_id`;

/**
 * The association side of the access policy: recruiter access requests (for `approval`
 * associations), association-level org blocks, and the access log other features write to.
 */
@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One request per org and association. Asking again returns the existing request; a rejected
   * one goes back to pending (the admin decides again).
   */
  async requestAccess(principal: RecruiterPrincipal, associationId: string, message?: string): Promise<AccessRequestDto> {
    const [association] = await this.dataSource.query(`SELECT recruiter_access FROM associations WHERE id = $1`, [associationId]);
    if (!association) throw new NotFoundError('Association');
    if (association.recruiter_access === 'closed') {
      throw new AccessError('access_request_closed', 'This association is closed to recruiters');
    }
    const [row] = await this.dataSource.query(
      `INSERT INTO association_access_requests (association_id, org_id, message) VALUES ($1, $2, $3)
       ON CONFLICT ON CONSTRAINT uq_association_access_requests_pair DO UPDATE
          SET status = CASE WHEN association_access_requests.status = 'rejected' THEN 'pending' ELSE association_access_requests.status END,
              message = coalesce(EXCLUDED.message, association_access_requests.message),
              decided_at = CASE WHEN association_access_requests.status = 'rejected' THEN NULL ELSE association_access_requests.decided_at END,
              updated_at = now()
       RETURNING id`,
      [associationId, principal.orgId, message ?? null],
    );
    return this.findRequest(associationId, row.id);
  }

  async listRequests(principal: Principal, id: string, query: AccessRequestQueryDto): Promise<AccessRequestPageDto> {
    const associationId = addressableAssociationId(principal, id);
    const after = createdAtCursor(query.cursor);
    const params: unknown[] = [associationId, query.limit + 1];
    let where = 'r.association_id = $1';
    if (query.status) {
      params.push(query.status);
      where += ` AND r.status = $${params.length}`;
    }
    if (after) {
      params.push(after.createdAt, after.id);
      where += ` AND (r.created_at, r.id) > ($${params.length - 1}, $${params.length})`;
    }
    const rows = await this.dataSource.query(`${REQUEST_SELECT} WHERE ${where} ORDER BY r.created_at, r.id LIMIT $2`, params);
    return toPage(rows, query.limit, (r: any) => createdAtCursorOf({ createdAt: r.created_at, id: r.id }), toRequestDto);
  }

  /** Approving or rejecting is a state, not a transition: deciding twice is harmless. Rejecting an approved request revokes access. */
  async decide(principal: Principal, id: string, requestId: string, status: 'approved' | 'rejected'): Promise<AccessRequestDto> {
    const associationId = addressableAssociationId(principal, id);
    const updated = await this.dataSource.query(
      `UPDATE association_access_requests SET status = $3, decided_at = now(), updated_at = now()
        WHERE id = $1 AND association_id = $2 RETURNING id`,
      [requestId, associationId, status],
    );
    if (updated[0].length === 0) throw new NotFoundError('Access request');
    return this.findRequest(associationId, requestId);
  }

  async blockOrg(principal: Principal, id: string, orgId: string): Promise<AssociationBlockDto> {
    const associationId = addressableAssociationId(principal, id);
    try {
      await this.dataSource.query(
        `INSERT INTO association_blocked_orgs (association_id, org_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [associationId, orgId],
      );
    } catch (error) {
      if (isForeignKeyViolation(error)) throw new NotFoundError('Recruiter org');
      throw error;
    }
    const [row] = await this.dataSource.query(
      `SELECT association_id, org_id, created_at FROM association_blocked_orgs WHERE association_id = $1 AND org_id = $2`,
      [associationId, orgId],
    );
    return { associationId: row.association_id, orgId: row.org_id, createdAt: row.created_at.toISOString() };
  }

  async unblockOrg(principal: Principal, id: string, orgId: string): Promise<void> {
    const associationId = addressableAssociationId(principal, id);
    const [, count] = await this.dataSource.query(
      `DELETE FROM association_blocked_orgs WHERE association_id = $1 AND org_id = $2`,
      [associationId, orgId],
    );
    if (count === 0) throw new NotFoundError('Blocked org');
  }

  /** Records a preview view, unlock or contact request for the alumnus's access log (GDPR Art. 15). */
  async recordAccess(orgId: string, alumnusId: string, kind: AccessLogKind, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `INSERT INTO access_log_entries (org_id, alumnus_id, kind) VALUES ($1, $2, $3)`,
      [orgId, alumnusId, kind],
    );
  }

  private async findRequest(associationId: string, requestId: string): Promise<AccessRequestDto> {
    const [row] = await this.dataSource.query(`${REQUEST_SELECT} WHERE r.id = $1 AND r.association_id = $2`, [requestId, associationId]);
    if (!row) throw new NotFoundError('Access request');
    return toRequestDto(row);
  }
}

function toRequestDto(row: any): AccessRequestDto {
  return {
    id: row.id,
    associationId: row.association_id,
    orgId: row.org_id,
    orgName: row.org_name,
    status: row.status,
    message: row.message,
    createdAt: row.created_at.toISOString(),
    decidedAt: row.decided_at ? row.decided_at.toISOString() : null,
  };
}
