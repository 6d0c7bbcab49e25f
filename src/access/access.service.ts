import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventsService } from '../events/events.service';
import { DataSource, EntityManager } from 'typeorm';
import { addressableAssociationId } from '../auth/ownership';
import { Principal, RecruiterPrincipal } from '../auth/principal';
import { NotFoundError } from '../common/domain-error';
import { createdAtCursor, createdAtCursorOf, decodeCursor, PageQueryDto, toPage } from '../common/pagination';
import { toSafeInteger } from '../database/transformers';
import { isForeignKeyViolation } from '../database/pg-errors';
import { AccessError } from './access.errors';
import { AccessRepository, AccessRequestRow, DirectoryRow } from './access.repository';
import { DirectoryAccessStatus, DirectoryPageDto } from './dto/directory.dto';
import { VisibilityService } from './visibility.service';
import {
  AccessRequestDto,
  AccessRequestPageDto,
  AccessRequestQueryDto,
  AssociationBlockDto,
  AssociationBlockPageDto,
} from './dto/access.dto';

export type AccessLogKind = 'preview_view' | 'unlock' | 'contact_request';

/**
 * The association side of the access policy: recruiter access requests (for `approval`
 * associations), association-level org blocks, and the access log other features write to.
 * Whether an org may see an alumnus is decided by VisibilityService alone.
 */
@Injectable()
export class AccessService {
  constructor(
    private readonly access: AccessRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly visibility: VisibilityService,
  ) {}

  /** GET /v1/associations/directory: the associations on the marketplace and this org's access to each. */
  async directory(principal: RecruiterPrincipal, query: PageQueryDto): Promise<DirectoryPageDto> {
    let after: { name: string; id: string } | undefined;
    if (query.cursor !== undefined) {
      const [name, id] = decodeCursor(query.cursor, ['string', 'uuid']) as string[];
      after = { name, id };
    }
    const rows = await this.access.directoryPage(principal.orgId, query.limit + 1, this.visibility.consentLapseCutoff(), after);
    return toPage(
      rows,
      query.limit,
      (r) => [r.name, r.id],
      (r) => ({
        id: r.id,
        name: r.name,
        slug: r.slug,
        searchableAlumni: toSafeInteger(r.searchable_alumni),
        recruiterAccess: r.recruiter_access,
        accessStatus: accessStatus(r),
      }),
    );
  }

  async requestAccess(principal: RecruiterPrincipal, associationId: string, message?: string): Promise<AccessRequestDto> {
    const policy = await this.access.findRecruiterAccess(associationId);
    if (!policy) throw new NotFoundError('Association');
    if (policy === 'closed') throw new AccessError('access_request_closed', 'This association is closed to recruiters');
    const id = await this.dataSource.transaction(async (manager) => {
      const request = await this.access.upsertRequest(manager, associationId, principal.orgId, message ?? null);
      if (request.opened) {
        await this.events.record(manager, [
          { type: 'access_request.created', to: { associationId }, data: { accessRequestId: request.id, orgId: principal.orgId } },
        ]);
      }
      return request.id;
    });
    return this.findRequest(associationId, id);
  }

  async listRequests(principal: Principal, id: string, query: AccessRequestQueryDto): Promise<AccessRequestPageDto> {
    const associationId = addressableAssociationId(principal, id);
    const rows = await this.access.listRequests(associationId, query.limit, query.status, createdAtCursor(query.cursor));
    return toPage(rows, query.limit, (r) => createdAtCursorOf({ createdAt: r.created_at, id: r.id }), toRequestDto);
  }

  /** Approving or rejecting is a state, not a transition: deciding twice is harmless. Rejecting an approved request revokes access. */
  async decide(principal: Principal, id: string, requestId: string, status: 'approved' | 'rejected'): Promise<AccessRequestDto> {
    const associationId = addressableAssociationId(principal, id);
    if (!(await this.access.decide(associationId, requestId, status))) throw new NotFoundError('Access request');
    return this.findRequest(associationId, requestId);
  }

  async blockOrg(principal: Principal, id: string, orgId: string): Promise<AssociationBlockDto> {
    const associationId = addressableAssociationId(principal, id);
    try {
      const row = await this.access.blockOrg(associationId, orgId);
      return { associationId, orgId, orgName: row.org_name, createdAt: row.created_at.toISOString() };
    } catch (error) {
      if (isForeignKeyViolation(error)) throw new NotFoundError('Recruiter org');
      throw error;
    }
  }

  async listBlockedOrgs(principal: Principal, id: string, query: PageQueryDto): Promise<AssociationBlockPageDto> {
    const associationId = addressableAssociationId(principal, id);
    const rows = await this.access.listBlockedOrgs(associationId, query.limit, createdAtCursor(query.cursor));
    return toPage(
      rows,
      query.limit,
      (r) => createdAtCursorOf({ createdAt: r.created_at, id: r.org_id }),
      (r) => ({ associationId, orgId: r.org_id, orgName: r.org_name, createdAt: r.created_at.toISOString() }),
    );
  }

  async unblockOrg(principal: Principal, id: string, orgId: string): Promise<void> {
    const associationId = addressableAssociationId(principal, id);
    if (!(await this.access.unblockOrg(associationId, orgId))) throw new NotFoundError('Blocked org');
  }

  /**
   * Records a preview view, unlock or contact request for the alumnus's access log (GDPR Art. 15).
   * `reference` (`unlock:<id>`, `contact:<id>`) links the entry to the revenue it earned.
   */
  async recordAccess(orgId: string, alumnusId: string, kind: AccessLogKind, manager?: EntityManager, reference?: string): Promise<void> {
    await this.access.insertAccessLogEntry(manager ?? this.dataSource.manager, orgId, alumnusId, kind, reference ?? null);
  }

  private async findRequest(associationId: string, requestId: string): Promise<AccessRequestDto> {
    const row = await this.access.findRequest(associationId, requestId);
    if (!row) throw new NotFoundError('Access request');
    return toRequestDto(row);
  }
}

/** The same rules as VisibilityService's association half: a block wins, then the policy, then the request. */
function accessStatus(row: DirectoryRow): DirectoryAccessStatus {
  if (row.blocked) return 'blocked';
  if (row.recruiter_access === 'open') return 'open';
  return row.request_status ?? 'not_requested';
}

function toRequestDto(row: AccessRequestRow): AccessRequestDto {
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
