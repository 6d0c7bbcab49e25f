import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AlumnusPrincipal } from '../auth/principal';
import { NotFoundError } from '../common/domain-error';
import { createdAtCursor, createdAtCursorOf, Page, PageQueryDto, toPage } from '../common/pagination';
import { isForeignKeyViolation } from '../database/pg-errors';
import { toSafeInteger } from '../database/transformers';
import { AlumniErasureService } from './alumni-erasure.service';
import { AlumniError } from './alumni.errors';
import { AlumniRepository, AlumnusRow } from './alumni.repository';
import { termsTextHash } from './consent-terms';
import { AlumnusResponseDto, iso } from './dto/alumnus-response.dto';
import { ConsentEventDto, ConsentStateDto, PutConsentDto } from './dto/consent.dto';
import { AccessLogEntryDto, BlockedOrgDto, ExportDto } from './dto/me.dto';
import { UpdateMeDto } from './dto/update-profile.dto';
import { SearchProjection } from '../search/search-projection.service';
import { EventsService } from '../events/events.service';

export interface Evidence {
  ip: string | null;
  userAgent: string | null;
}

/** Everything an alumnus does about themselves; every query is keyed by the session's alumnus id. */
@Injectable()
export class MeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alumni: AlumniRepository,
    private readonly erasure: AlumniErasureService,
    private readonly search: SearchProjection,
    private readonly events: EventsService,
  ) {}

  async get(me: AlumnusPrincipal): Promise<AlumnusResponseDto> {
    const row = await this.alumni.findById(me.alumnusId);
    if (!row) throw new NotFoundError('Alumnus');
    return AlumnusResponseDto.fromRow(row);
  }

  /** Editing one's own profile also confirms it (`lastConfirmedAt`). */
  async update(me: AlumnusPrincipal, dto: UpdateMeDto): Promise<AlumnusResponseDto> {
    const { maxContactRequestsPerMonth, ...profile } = dto;
    await this.dataSource.transaction(async (manager) => {
      await this.alumni.updateProfile(manager, me.alumnusId, { ...profile }, { confirm: true });
      if (maxContactRequestsPerMonth !== undefined) await this.alumni.setContactCap(manager, me.alumnusId, maxContactRequestsPerMonth);
      await this.search.refresh(manager, [me.alumnusId]);
    });
    return this.get(me);
  }

  async putConsent(me: AlumnusPrincipal, dto: PutConsentDto, evidence: Evidence): Promise<ConsentStateDto> {
    // Consent invariant: unlockable and contactable only exist on top of searchable.
    if ((dto.unlockable || dto.contactable) && !dto.searchable) {
      throw new AlumniError('consent_requires_searchable', 'unlockable and contactable require searchable', {
        errors: [{ field: 'searchable', message: 'must be true when unlockable or contactable is true' }],
      });
    }
    const textHash = termsTextHash(dto.termsVersion);
    if (!textHash) {
      throw new AlumniError('unknown_terms_version', `Unknown terms version "${dto.termsVersion}"`, {
        errors: [{ field: 'termsVersion', message: 'unknown version' }],
      });
    }
    await this.dataSource.transaction(async (manager) => {
      const before = await this.alumni.lock(manager, me.alumnusId);
      if (!before) throw new NotFoundError('Alumnus');
      await this.alumni.appendConsentEvent(manager, me.alumnusId, {
        searchable: dto.searchable,
        unlockable: dto.unlockable,
        contactable: dto.contactable,
        termsVersion: dto.termsVersion,
        textHash,
        source: 'self_service',
        givenAt: new Date(),
        evidence,
      });
      await this.alumni.confirm(manager, me.alumnusId);
      await this.search.refresh(manager, [me.alumnusId]);
      await this.recordConsentChange(manager, me, before, dto);
    });
    return (await this.get(me)).consent;
  }

  /** Withdraws every purpose in one event; takes effect for recruiters on their next request. */
  async withdrawConsent(me: AlumnusPrincipal, evidence: Evidence): Promise<ConsentStateDto> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.alumni.lock(manager, me.alumnusId);
      if (!before) throw new NotFoundError('Alumnus');
      await this.alumni.appendConsentEvent(manager, me.alumnusId, {
        searchable: false,
        unlockable: false,
        contactable: false,
        termsVersion: null,
        textHash: null,
        source: 'self_service',
        givenAt: new Date(),
        evidence,
      });
      // Consent rule: the document leaves the index in the withdrawal's transaction.
      await this.search.refresh(manager, [me.alumnusId]);
      await this.recordConsentChange(manager, me, before, { searchable: false, unlockable: false, contactable: false });
    });
    return (await this.get(me)).consent;
  }

  /**
   * Integration events of a consent change, in its transaction: the association hears of every
   * change; when full-profile consent ends, every org that unlocked the person is told to delete
   * the unlocked data.
   */
  private async recordConsentChange(
    manager: EntityManager,
    me: AlumnusPrincipal,
    before: AlumnusRow,
    after: { searchable: boolean; unlockable: boolean; contactable: boolean },
  ): Promise<void> {
    const changed =
      before.consent_searchable !== after.searchable ||
      before.consent_unlockable !== after.unlockable ||
      before.consent_contactable !== after.contactable;
    if (!changed) return;
    await this.events.record(manager, [
      {
        type: 'alumnus.consent_changed',
        to: { associationId: me.associationId },
        data: { alumnusId: me.alumnusId, searchable: after.searchable, unlockable: after.unlockable, contactable: after.contactable },
      },
    ]);
    if (before.consent_unlockable && !after.unlockable) {
      await this.events.recordDeletionNotices(manager, 'alumnus.consent_withdrawn', me.alumnusId);
    }
  }

  /** Newest first. */
  async accessLog(me: AlumnusPrincipal, query: PageQueryDto): Promise<Page<AccessLogEntryDto>> {
    const rows = await this.alumni.accessLogPage(me.alumnusId, query.limit, createdAtCursor(query.cursor));
    return toPage(rows, query.limit, (r) => createdAtCursorOf({ createdAt: r.created_at, id: r.id }), accessLogEntry);
  }

  async blockedOrgs(me: AlumnusPrincipal, query: PageQueryDto): Promise<Page<BlockedOrgDto>> {
    const rows = await this.alumni.blockedOrgsPage(me.alumnusId, query.limit, createdAtCursor(query.cursor));
    return toPage(rows, query.limit, (r) => createdAtCursorOf({ createdAt: r.created_at, id: r.org_id }), blockedOrg);
  }

  /** Idempotent: blocking twice keeps the first block. */
  async blockOrg(me: AlumnusPrincipal, orgId: string): Promise<void> {
    try {
      await this.dataSource.transaction(async (manager) => {
        await this.alumni.blockOrg(manager, me.alumnusId, orgId);
        await this.search.refresh(manager, [me.alumnusId]);
      });
    } catch (error) {
      if (isForeignKeyViolation(error)) throw new NotFoundError('Recruiter org');
      throw error;
    }
  }

  async unblockOrg(me: AlumnusPrincipal, orgId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.alumni.unblockOrg(manager, me.alumnusId, orgId))) throw new NotFoundError('Blocked org');
      await this.search.refresh(manager, [me.alumnusId]);
    });
  }

  /** GDPR Art. 15 / 20: everything held about the alumnus, including the full consent history with its evidence. */
  async export(me: AlumnusPrincipal): Promise<ExportDto> {
    const profile = await this.get(me);
    const history = await this.alumni.consentHistory(me.alumnusId);
    const related = await this.alumni.exportRelated(me.alumnusId, me.associationId);
    return {
      exportedAt: new Date().toISOString(),
      association: related.association,
      profile,
      consentHistory: history.map(consentEvent),
      accessLog: related.accessLog.map(accessLogEntry),
      blockedOrgs: related.blockedOrgs.map(blockedOrg),
      sessions: related.sessions.map((s: any) => ({
        id: s.id,
        createdAt: iso(s.created_at)!,
        expiresAt: iso(s.expires_at)!,
        revokedAt: iso(s.revoked_at),
      })),
      magicLinks: related.magicLinks.map((l: any) => ({
        purpose: l.purpose,
        createdAt: iso(l.created_at)!,
        expiresAt: iso(l.expires_at)!,
        usedAt: iso(l.used_at),
      })),
      mails: related.mails.map((m: any) => ({
        kind: m.kind,
        toAddress: m.to_address,
        subject: m.subject,
        status: m.status,
        createdAt: iso(m.created_at)!,
      })),
      contactRequests: related.contactRequests.map((c: any) => ({
        id: c.id,
        orgId: c.org_id,
        orgName: c.org_name,
        jobTitle: c.job_title,
        message: c.message,
        salaryMinMinor: c.salary_min_minor === null ? null : Number(c.salary_min_minor),
        salaryMaxMinor: c.salary_max_minor === null ? null : Number(c.salary_max_minor),
        currency: c.currency,
        status: c.status,
        createdAt: iso(c.created_at)!,
        expiresAt: iso(c.expires_at)!,
        decidedAt: iso(c.decided_at),
      })),
    };
  }

  async erase(me: AlumnusPrincipal): Promise<void> {
    if (!(await this.erasure.erase(me.alumnusId))) throw new NotFoundError('Alumnus');
  }
}

export function consentEvent(row: any): ConsentEventDto {
  return {
    id: row.id,
    searchable: row.searchable,
    unlockable: row.unlockable,
    contactable: row.contactable,
    termsVersion: row.terms_version,
    textHash: row.text_hash,
    source: row.source,
    givenAt: iso(row.given_at)!,
    recordedAt: iso(row.recorded_at)!,
    ip: row.ip ?? null,
    userAgent: row.user_agent ?? null,
    proofReference: row.proof_reference ?? null,
  };
}

function accessLogEntry(row: any): AccessLogEntryDto {
  const entry: AccessLogEntryDto = {
    id: row.id,
    kind: row.kind,
    orgId: row.org_id,
    orgName: row.org_name,
    createdAt: iso(row.created_at)!,
  };
  if (row.association_earned_minor !== undefined) {
    entry.associationEarnedMinor = row.association_earned_minor === null ? null : toSafeInteger(row.association_earned_minor);
    entry.associationEarnedCurrency = row.association_earned_currency ?? null;
  }
  return entry;
}

function blockedOrg(row: any): BlockedOrgDto {
  return { orgId: row.org_id, orgName: row.org_name, createdAt: iso(row.created_at)! };
}
