import { Injectable } from '@nestjs/common';
import { AlumniAuthService } from '../alumni/alumni-auth.service';
import { addressableAssociationId } from '../auth/ownership';
import { Principal } from '../auth/principal';
import { NotFoundError } from '../common/domain-error';
import { createdAtCursor, createdAtCursorOf, toPage } from '../common/pagination';
import { AppConfig } from '../config/app-config';
import { AssociationDashboardRepository } from './association-dashboard.repository';
import {
  ConsentHealthDto,
  ConsentSegmentPageDto,
  ConsentSegmentQueryDto,
  InvitationsResultDto,
  RecruiterOrgActivityListDto,
  RecruiterOrgsQueryDto,
  SendInvitationsDto,
} from './dto/consent-health.dto';

/**
 * The association dashboard's figures that no other feature already answers: consent health
 * (and the alumni behind each figure), invitations to a selection, and which recruiter orgs
 * deal with the association. Read models over the alumni, access and unlock tables.
 */
@Injectable()
export class AssociationDashboardService {
  constructor(
    private readonly repository: AssociationDashboardRepository,
    private readonly auth: AlumniAuthService,
    private readonly config: AppConfig,
  ) {}

  async consentHealth(principal: Principal, id: string): Promise<ConsentHealthDto> {
    const associationId = await this.existing(principal, id);
    const counts = await this.repository.consentCounts(associationId, this.config.consentLapseMonths);
    return { ...counts, lapseMonths: this.config.consentLapseMonths };
  }

  async consentSegment(principal: Principal, id: string, query: ConsentSegmentQueryDto): Promise<ConsentSegmentPageDto> {
    const associationId = await this.existing(principal, id);
    const rows = await this.repository.segment(
      associationId,
      this.config.consentLapseMonths,
      query.segment,
      query.limit,
      createdAtCursor(query.cursor),
    );
    return toPage(rows, query.limit, createdAtCursorOf, (r) => ({
      id: r.id,
      externalId: r.externalId,
      firstName: r.firstName,
      lastName: r.lastName,
      email: r.email,
      lastInvitedAt: r.lastInvitedAt?.toISOString() ?? null,
      consentLapsesAt: r.consentLapsesAt?.toISOString() ?? null,
    }));
  }

  /** One fresh invitation per selected alumnus with an email, in one transaction (all queued or none). */
  async invite(principal: Principal, id: string, dto: SendInvitationsDto): Promise<InvitationsResultDto> {
    const associationId = await this.existing(principal, id);
    return this.repository.transaction(async (m) => {
      const found = new Map((await this.repository.alumniForInvitation(m, associationId, dto.alumnusIds)).map((a) => [a.id, a.email]));
      const result: InvitationsResultDto = { queued: 0, skipped: [] };
      for (const alumnusId of dto.alumnusIds) {
        const email = found.get(alumnusId);
        if (email === undefined) result.skipped.push({ alumnusId, reason: 'not_found' });
        else if (!email) result.skipped.push({ alumnusId, reason: 'no_email' });
        else {
          await this.auth.sendLink(m, alumnusId, email, 'invitation');
          result.queued++;
        }
      }
      return result;
    });
  }

  async recruiterOrgs(principal: Principal, id: string, query: RecruiterOrgsQueryDto): Promise<RecruiterOrgActivityListDto> {
    const associationId = await this.existing(principal, id);
    const q = query.q?.trim() || undefined;
    const rows = await this.repository.orgActivity(associationId, q, query.limit);
    return { data: rows.map((r) => ({ ...r, lastActivityAt: r.lastActivityAt?.toISOString() ?? null })) };
  }

  private async existing(principal: Principal, id: string): Promise<string> {
    const associationId = addressableAssociationId(principal, id);
    if (!(await this.repository.associationExists(associationId))) throw new NotFoundError('Association');
    return associationId;
  }
}
