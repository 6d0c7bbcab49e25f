import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { INVITATION_TTL_MS, MAGIC_LINK_PREFIX, MAGIC_LINK_TTL_MS, newToken, signInUrl } from '../alumni/alumni-auth.service';
import { MemberRole, rolesOf, scopesOfRole } from '../auth/member-roles';
import { Principal } from '../auth/principal';
import { DomainError, NotFoundError } from '../common/domain-error';
import { createdAtCursor, decodeCursor, Page, PageQueryDto, toPage } from '../common/pagination';
import { AppConfig } from '../config/app-config';
import { MailService } from '../mail/mail.service';
import { Locale, roleLabel, toLocale } from '../mail/templates';
import { AuditEntryDto, InviteMemberDto, MemberDto } from './dto/member.dto';
import { AuditRow, MemberOwner, MemberRow, MembersRepository } from './members.repository';

/** Who did it, as the audit log and `invitedBy` name them. */
export function actorOf(principal: Principal | 'system'): { kind: 'member' | 'api_key'; id: string; label: string } {
  if (principal === 'system') return { kind: 'api_key', id: 'system', label: 'system' };
  if ((principal.kind === 'association' || principal.kind === 'recruiter') && principal.member) {
    return { kind: 'member', id: principal.member.memberId, label: principal.member.email };
  }
  if (principal.kind === 'alumnus') return { kind: 'api_key', id: principal.sessionId, label: 'alumnus' };
  return { kind: 'api_key', id: principal.keyId, label: `${principal.kind} key ${principal.keyId}` };
}

/**
 * Members of associations and recruiter orgs. Owners (or keys with members:manage) invite,
 * change and remove them; nobody grants a role whose scopes they do not hold themselves, or
 * changes a member who holds more than they do, and the last owner stays.
 */
@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly members: MembersRepository,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  async list(owner: MemberOwner, query: PageQueryDto): Promise<Page<MemberDto>> {
    const rows = await this.members.list(owner, query.limit, createdAtCursor(query.cursor));
    return toPage(
      rows,
      query.limit,
      (r) => [new Date(r.created_at).toISOString(), r.id],
      (r) => toDto(owner, r),
    );
  }

  async invite(principal: Principal, owner: MemberOwner, dto: InviteMemberDto): Promise<MemberDto> {
    this.checkRole(owner, dto.role);
    this.checkHolds(principal, owner, dto.role);
    const row = await this.dataSource.transaction((manager) =>
      this.inviteIn(manager, owner, { email: dto.email, role: dto.role as MemberRole, locale: toLocale(dto.locale) }, principal),
    );
    return toDto(owner, row);
  }

  /** Creates the member and queues the invitation mail in the caller's transaction (also used with `ownerEmail`). */
  async inviteIn(
    manager: EntityManager,
    owner: MemberOwner,
    input: { email: string; role: MemberRole; locale: Locale },
    invitedBy: Principal | 'system',
  ): Promise<MemberRow> {
    const ownerName = await this.members.ownerName(manager, owner);
    if (ownerName === undefined) throw new NotFoundError(owner.kind === 'association' ? 'Association' : 'Recruiter org');
    const email = input.email.trim().toLowerCase();
    const row = await this.members.insert(manager, owner, {
      email,
      role: input.role,
      locale: input.locale,
      invitedBy: actorOf(invitedBy).label,
    });
    if (!row)
      throw new DomainError('member_exists', 'This address is already a member', {
        errors: [{ field: 'email', message: 'already a member' }],
      });
    const { url, expiresAt } = await this.issueLink(manager, row.id, 'invitation');
    await this.mail.enqueue(manager, {
      to: email,
      locale: input.locale,
      template: { kind: 'member_invitation', roleLabel: roleLabel(input.locale, input.role), orgName: ownerName, url },
      memberId: row.id,
      expiresAt,
    });
    return row;
  }

  /** A single-use link for a member (15 minutes to sign in, 7 days for an invitation); only its hash is stored. */
  async issueLink(manager: EntityManager, memberId: string, purpose: 'login' | 'invitation'): Promise<{ url: string; expiresAt: Date }> {
    const { token, hash } = newToken(MAGIC_LINK_PREFIX);
    const expiresAt = new Date(Date.now() + (purpose === 'login' ? MAGIC_LINK_TTL_MS : INVITATION_TTL_MS));
    await this.members.insertLink(manager, memberId, hash, purpose, expiresAt);
    return { url: signInUrl(this.config.publicBaseUrl, token), expiresAt };
  }

  /** Members of a recruiter org who get its contact-request mails (owners and recruiters). */
  orgRecipients(manager: EntityManager, orgId: string): Promise<{ id: string; email: string; locale: string }[]> {
    return this.members.orgRecipients(manager, orgId);
  }

  ownerRecipients(manager: EntityManager, owner: MemberOwner): Promise<{ id: string; email: string; locale: string }[]> {
    return this.members.ownerRecipients(manager, owner);
  }

  async update(principal: Principal, owner: MemberOwner, memberId: string, role: string): Promise<MemberDto> {
    this.checkRole(owner, role);
    this.checkHolds(principal, owner, role);
    return this.dataSource.transaction(async (manager) => {
      const { member, owners } = await this.members.lockForChange(manager, owner, memberId);
      if (!member) throw new NotFoundError('Member');
      this.checkHolds(principal, owner, member.role);
      if (member.role === 'owner' && role !== 'owner' && owners <= 1)
        throw new DomainError('last_owner', 'Make another member owner first');
      return toDto(owner, await this.members.setRole(manager, memberId, role));
    });
  }

  async remove(principal: Principal, owner: MemberOwner, memberId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { member, owners } = await this.members.lockForChange(manager, owner, memberId);
      if (!member) throw new NotFoundError('Member');
      this.checkHolds(principal, owner, member.role);
      if (member.role === 'owner' && owners <= 1) throw new DomainError('last_owner', 'Make another member owner first');
      await this.members.delete(manager, memberId);
    });
  }

  async audit(owner: MemberOwner, query: PageQueryDto): Promise<Page<AuditEntryDto>> {
    const before = query.cursor === undefined ? undefined : Number(decodeCursor(query.cursor, ['number'])[0]);
    const rows = await this.members.audit(owner, query.limit, before);
    return toPage(rows, query.limit, (r) => [Number(r.id)], auditDto);
  }

  private checkRole(owner: MemberOwner, role: string): void {
    if (!(rolesOf(owner.kind) as readonly string[]).includes(role)) {
      throw new DomainError('validation_failed', `role must be one of ${rolesOf(owner.kind).join(', ')}`, {
        errors: [{ field: 'role', message: `not a role of this kind of organisation` }],
      });
    }
  }

  /** Scope rule of keys, applied to roles: a caller grants or touches only what it holds itself. */
  private checkHolds(principal: Principal, owner: MemberOwner, role: string): void {
    if (principal.kind === 'admin') return;
    const held = principal.kind === 'alumnus' ? [] : principal.scopes;
    const missing = scopesOfRole(owner.kind, role).filter((s) => !held.includes(s));
    if (missing.length > 0) throw new DomainError('scope_escalation', `The caller does not hold: ${missing.join(', ')}`);
  }
}

function toDto(owner: MemberOwner, r: MemberRow): MemberDto {
  return {
    id: r.id,
    email: r.email,
    role: r.role,
    scopes: [...scopesOfRole(owner.kind, r.role)],
    locale: r.locale,
    invitedBy: r.invited_by,
    joinedAt: r.joined_at ? new Date(r.joined_at).toISOString() : null,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

function auditDto(r: AuditRow): AuditEntryDto {
  return {
    id: r.id,
    at: new Date(r.at).toISOString(),
    actor: { kind: r.actor_kind, id: r.actor_id, label: r.actor_label },
    action: r.action,
    target: r.target,
  };
}
