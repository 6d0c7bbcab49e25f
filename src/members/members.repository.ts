import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** Whose members: an association's or a recruiter org's. */
export type MemberOwner = { kind: 'association'; associationId: string } | { kind: 'recruiter'; orgId: string };

export interface MemberRow {
  id: string;
  email: string;
  role: string;
  locale: string;
  invited_by: string | null;
  joined_at: Date | null;
  created_at: Date;
}

export interface AuditRow {
  id: string;
  at: Date;
  actor_kind: 'member' | 'api_key';
  actor_id: string;
  actor_label: string;
  action: string;
  target: string | null;
}

const ownerColumn = (owner: MemberOwner) => (owner.kind === 'association' ? 'association_id' : 'org_id');
const ownerId = (owner: MemberOwner) => (owner.kind === 'association' ? owner.associationId : owner.orgId);
const COLUMNS = `id, email, role, locale, invited_by, joined_at, created_at`;

@Injectable()
export class MembersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(owner: MemberOwner, limit: number, after?: { createdAt: Date; id: string }): Promise<MemberRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM members WHERE ${ownerColumn(owner)} = $1
          ${after ? 'AND (created_at, id) > ($3, $4)' : ''}
        ORDER BY created_at, id LIMIT $2`,
      after ? [ownerId(owner), limit + 1, after.createdAt, after.id] : [ownerId(owner), limit + 1],
    );
  }

  /** The owner's display name (for mails); undefined when it does not exist. */
  async ownerName(manager: EntityManager, owner: MemberOwner): Promise<string | undefined> {
    const table = owner.kind === 'association' ? 'associations' : 'recruiter_orgs';
    const [row] = await manager.query(`SELECT name FROM ${table} WHERE id = $1`, [ownerId(owner)]);
    return row?.name;
  }

  /** Inserts a member; undefined when the address is already a member of this owner. */
  async insert(
    manager: EntityManager,
    owner: MemberOwner,
    m: { email: string; role: string; locale: string; invitedBy: string },
  ): Promise<MemberRow | undefined> {
    const rows = await manager.query(
      `INSERT INTO members (${ownerColumn(owner)}, email, role, locale, invited_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
      [ownerId(owner), m.email, m.role, m.locale, m.invitedBy],
    );
    return rows[0];
  }

  /**
   * The owner's owners, locked, then the member: a concurrent demotion or removal of another
   * owner waits, so the last owner can never be removed by two requests at once.
   */
  async lockForChange(manager: EntityManager, owner: MemberOwner, memberId: string): Promise<{ member?: MemberRow; owners: number }> {
    const owners = await manager.query(
      `SELECT id FROM members WHERE ${ownerColumn(owner)} = $1 AND role = 'owner' ORDER BY id FOR UPDATE`,
      [ownerId(owner)],
    );
    const [member] = await manager.query(`SELECT ${COLUMNS} FROM members WHERE id = $1 AND ${ownerColumn(owner)} = $2 FOR UPDATE`, [
      memberId,
      ownerId(owner),
    ]);
    return { member, owners: owners.length };
  }

  async setRole(manager: EntityManager, memberId: string, role: string): Promise<MemberRow> {
    const [rows] = await manager.query(`UPDATE members SET role = $2, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`, [
      memberId,
      role,
    ]);
    return rows[0];
  }

  /** Deleting the member deletes its links and sessions (foreign keys): it is signed out at once. */
  async delete(manager: EntityManager, memberId: string): Promise<void> {
    await manager.query(`DELETE FROM members WHERE id = $1`, [memberId]);
  }

  async insertLink(
    manager: EntityManager,
    memberId: string,
    hash: Buffer,
    purpose: 'login' | 'invitation',
    expiresAt: Date,
  ): Promise<void> {
    await manager.query(`INSERT INTO member_sign_in_links (member_id, token_hash, purpose, expires_at) VALUES ($1, $2, $3, $4)`, [
      memberId,
      hash,
      purpose,
      expiresAt,
    ]);
  }

  /** Members of a recruiter org who get its mails (accepted, declined, expired contact requests). */
  orgRecipients(manager: EntityManager, orgId: string): Promise<{ id: string; email: string; locale: string }[]> {
    return manager.query(
      `SELECT id, email, locale FROM members WHERE org_id = $1 AND role IN ('owner', 'recruiter') ORDER BY created_at, id`,
      [orgId],
    );
  }

  /** The owners of an org or association (they hear of integration failures such as a disabled webhook). */
  ownerRecipients(manager: EntityManager, owner: MemberOwner): Promise<{ id: string; email: string; locale: string }[]> {
    return manager.query(
      `SELECT id, email, locale FROM members WHERE ${owner.kind === 'recruiter' ? 'org_id' : 'association_id'} = $1 AND role = 'owner'
        ORDER BY created_at, id`,
      [owner.kind === 'recruiter' ? owner.orgId : owner.associationId],
    );
  }

  async insertAudit(entry: {
    owner: MemberOwner;
    actorKind: 'member' | 'api_key';
    actorId: string;
    actorLabel: string;
    action: string;
    target: string | null;
    requestId: string | null;
  }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO audit_log (${ownerColumn(entry.owner)}, actor_kind, actor_id, actor_label, action, target, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [ownerId(entry.owner), entry.actorKind, entry.actorId, entry.actorLabel, entry.action, entry.target, entry.requestId],
    );
  }

  /**
   * Newest first; `before` is the id of the last entry of the previous page. The order names the
   * table's column: a bare `id` would sort the text output column ("99" after "105").
   */
  audit(owner: MemberOwner, limit: number, before?: number): Promise<AuditRow[]> {
    return this.dataSource.query(
      `SELECT id::text, at, actor_kind, actor_id, actor_label, action, target FROM audit_log
        WHERE ${ownerColumn(owner)} = $1 ${before !== undefined ? 'AND id < $3' : ''}
        ORDER BY audit_log.id DESC LIMIT $2`,
      before !== undefined ? [ownerId(owner), limit + 1, before] : [ownerId(owner), limit + 1],
    );
  }
}
