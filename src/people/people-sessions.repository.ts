import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface SignInAccountRow {
  kind: 'alumnus' | 'member';
  id: string;
  locale: string;
  /** Association name for an alumnus; association or org name for a member. */
  owner_name: string;
  role: string | null;
}

export interface LiveSessionRow {
  id: string;
  expires_at: Date;
  last_seen_at: Date;
  alumnus_id: string | null;
  alumnus_association_id: string | null;
  member_id: string | null;
  member_email: string | null;
  member_role: string | null;
  member_association_id: string | null;
  member_org_id: string | null;
}

export interface SessionListRow {
  id: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  user_agent: string | null;
}

/** The subject of a session: one alumnus profile or one membership. */
export type SessionSubject = { alumnusId: string } | { memberId: string };

const subjectParams = (s: SessionSubject) => ['alumnusId' in s ? s.alumnusId : null, 'memberId' in s ? s.memberId : null];

/**
 * The accounts of the same person: every live alumnus profile and membership sharing the
 * subject's address (whoever holds the mailbox can sign in to each of them). $1 alumnus id,
 * $2 member id.
 */
const PERSON_ACCOUNTS = `
  person AS (
    SELECT lower(email) AS email FROM alumni WHERE id = $1 AND email IS NOT NULL
    UNION SELECT email FROM members WHERE id = $2),
  alumni_ids AS (
    SELECT $1::uuid AS id WHERE $1 IS NOT NULL
    UNION SELECT a.id FROM alumni a JOIN person p ON lower(a.email) = p.email WHERE a.email IS NOT NULL AND a.erased_at IS NULL),
  member_ids AS (
    SELECT $2::uuid AS id WHERE $2 IS NOT NULL
    UNION SELECT m.id FROM members m JOIN person p ON m.email = p.email)`;

/** Sign-in links of members and the web app's cookie sessions; only SHA-256 hashes are stored. */
@Injectable()
export class PeopleSessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every account an address can sign in to: alumnus profiles and memberships of active owners. */
  accountsByEmail(email: string): Promise<SignInAccountRow[]> {
    return this.dataSource.query(
      `SELECT 'alumnus' AS kind, a.id, a.locale, s.name AS owner_name, NULL AS role
         FROM alumni a JOIN associations s ON s.id = a.association_id
        WHERE lower(a.email) = lower($1) AND a.email IS NOT NULL AND a.erased_at IS NULL
       UNION ALL
       SELECT 'member', m.id, m.locale, coalesce(s.name, o.name), m.role
         FROM members m LEFT JOIN associations s ON s.id = m.association_id LEFT JOIN recruiter_orgs o ON o.id = m.org_id
        WHERE m.email = lower($1) AND (o.id IS NULL OR o.status = 'active')
        ORDER BY 1, 4, 2`,
      [email],
    );
  }

  /** Consumes a member's link atomically (one of two concurrent calls wins); marks the member joined. */
  async consumeMemberLink(manager: EntityManager, hash: Buffer): Promise<string | undefined> {
    const [rows]: [{ member_id: string }[], number] = await manager.query(
      `UPDATE member_sign_in_links SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
        RETURNING member_id`,
      [hash],
    );
    const memberId = rows[0]?.member_id;
    if (memberId) await manager.query(`UPDATE members SET joined_at = coalesce(joined_at, now()) WHERE id = $1`, [memberId]);
    return memberId;
  }

  async insertSession(
    manager: EntityManager,
    subject: SessionSubject,
    hash: Buffer,
    userAgent: string | null,
    expiresAt: Date,
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO people_sessions (alumnus_id, member_id, token_hash, user_agent, expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [...subjectParams(subject), hash, userAgent, expiresAt],
    );
    return row.id;
  }

  /** Hot path of every cookie request: one indexed lookup, the subject joined. */
  async findLive(hash: Buffer): Promise<LiveSessionRow | undefined> {
    const rows = await this.dataSource.query(
      `SELECT s.id, s.expires_at, s.last_seen_at, s.alumnus_id, a.association_id AS alumnus_association_id,
              s.member_id, m.email AS member_email, m.role AS member_role,
              m.association_id AS member_association_id, m.org_id AS member_org_id
         FROM people_sessions s
         LEFT JOIN alumni a ON a.id = s.alumnus_id
         LEFT JOIN members m ON m.id = s.member_id
         LEFT JOIN recruiter_orgs o ON o.id = m.org_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND (a.id IS NOT NULL AND a.erased_at IS NULL OR m.id IS NOT NULL AND (o.id IS NULL OR o.status = 'active'))`,
      [hash],
    );
    return rows[0];
  }

  async touch(sessionId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE people_sessions SET last_seen_at = now() WHERE id = $1 AND last_seen_at < now() - interval '60 seconds'`,
      [sessionId],
    );
  }

  async sessionExpiry(sessionId: string, via: 'cookie' | 'bearer'): Promise<Date | undefined> {
    const table = via === 'cookie' ? 'people_sessions' : 'alumni_sessions';
    const [row] = await this.dataSource.query(`SELECT expires_at FROM ${table} WHERE id = $1`, [sessionId]);
    return row?.expires_at;
  }

  async alumnusSummary(alumnusId: string): Promise<{ association_id: string; association_name: string } | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT s.id AS association_id, s.name AS association_name FROM alumni a JOIN associations s ON s.id = a.association_id WHERE a.id = $1`,
      [alumnusId],
    );
    return row;
  }

  async memberSummary(memberId: string): Promise<
    | {
        email: string;
        role: string;
        association_id: string | null;
        association_name: string | null;
        association_slug: string | null;
        org_id: string | null;
        org_name: string | null;
      }
    | undefined
  > {
    const [row] = await this.dataSource.query(
      `SELECT m.email, m.role, s.id AS association_id, s.name AS association_name, s.slug AS association_slug, o.id AS org_id, o.name AS org_name
         FROM members m LEFT JOIN associations s ON s.id = m.association_id LEFT JOIN recruiter_orgs o ON o.id = m.org_id
        WHERE m.id = $1`,
      [memberId],
    );
    return row;
  }

  /** The live cookie sessions of the person behind `subject` (every account sharing the address). */
  listForPerson(subject: SessionSubject): Promise<SessionListRow[]> {
    return this.dataSource.query(
      `WITH ${PERSON_ACCOUNTS}
       SELECT s.id, s.created_at, s.last_seen_at, s.expires_at, s.user_agent FROM people_sessions s
        WHERE (s.alumnus_id IN (SELECT id FROM alumni_ids) OR s.member_id IN (SELECT id FROM member_ids))
          AND s.revoked_at IS NULL AND s.expires_at > now()
        ORDER BY s.last_seen_at DESC, s.id
        LIMIT 200`,
      subjectParams(subject),
    );
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE people_sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  /** Sign out everywhere: every cookie session and alumnus bearer session of the person. */
  async revokeAllForPerson(subject: SessionSubject): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `WITH ${PERSON_ACCOUNTS}
         UPDATE people_sessions SET revoked_at = now()
          WHERE (alumnus_id IN (SELECT id FROM alumni_ids) OR member_id IN (SELECT id FROM member_ids)) AND revoked_at IS NULL`,
        subjectParams(subject),
      );
      await manager.query(
        `WITH ${PERSON_ACCOUNTS}
         UPDATE alumni_sessions SET revoked_at = now() WHERE alumnus_id IN (SELECT id FROM alumni_ids) AND revoked_at IS NULL`,
        subjectParams(subject),
      );
    });
  }

  async deleteForAlumnus(manager: EntityManager, alumnusId: string): Promise<void> {
    await manager.query(`DELETE FROM people_sessions WHERE alumnus_id = $1`, [alumnusId]);
  }

  /** Drops member links a day after they expired or were used, and sessions a day after they ended. */
  async purgeEnded(): Promise<{ links: number; sessions: number }> {
    const [, links] = await this.dataSource.query(
      `DELETE FROM member_sign_in_links WHERE coalesce(used_at, expires_at) < now() - interval '1 day'`,
    );
    const [, sessions] = await this.dataSource.query(
      `DELETE FROM people_sessions WHERE coalesce(revoked_at, expires_at) < now() - interval '1 day'`,
    );
    return { links, sessions };
  }
}
