import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AlumniAuthService, MAGIC_LINK_TTL_MS, SESSION_TTL_MS, tokenHash } from '../alumni/alumni-auth.service';
import { MembersService } from '../members/members.service';
import { AlumniErasureService } from '../alumni/alumni-erasure.service';
import { CredentialRegistry } from '../auth/credential-registry';
import { scopesOfRole } from '../auth/member-roles';
import { AlumnusPrincipal, AssociationPrincipal, Principal, RecruiterPrincipal } from '../auth/principal';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { accountLabel, Locale, toLocale } from '../mail/templates';
import { RateLimitStore } from '../rate-limit/rate-limit.store';
import { PeopleSessionResponseDto, SessionListDto } from './dto/session.dto';
import { LiveSessionRow, PeopleSessionsRepository, SessionSubject } from './people-sessions.repository';

/** The web app's cookie secret; never accepted as a bearer token. */
const COOKIE_PREFIX = 'pas_psn_';
const COOKIE_PATTERN = /^pas_psn_[A-Za-z0-9_-]{43}$/;
/** Sign-in mails per address and quarter-hour; more requests are answered 202 and dropped. */
const LINKS_PER_ADDRESS = 5;
const ADDRESS_WINDOW_SECONDS = 900;

/** A principal that came from a web-app session (cookie) or an alumnus bearer session. */
export type SessionPrincipal = AlumnusPrincipal | (AssociationPrincipal & { member: object }) | (RecruiterPrincipal & { member: object });

/**
 * Sign-in for people (alumni and members of associations and recruiter orgs): one mail per
 * address with a single-use link per account, exchanged by the web page's POST for a session
 * kept in an HttpOnly cookie. Sessions are stored hashed, expire after 30 days and are revocable
 * one by one or all at once. Registers the cookie verifier with the global guard.
 */
@Injectable()
export class PeopleAuthService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PeopleAuthService.name);
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: PeopleSessionsRepository,
    private readonly alumniAuth: AlumniAuthService,
    private readonly members: MembersService,
    private readonly erasure: AlumniErasureService,
    private readonly mail: MailService,
    private readonly credentials: CredentialRegistry,
    private readonly rateLimits: RateLimitStore,
    private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.credentials.registerCookie((secret) => this.verifyCookie(secret));
    this.jobs.register({ name: 'people-session-retention', run: () => this.sessions.purgeEnded() });
    this.erasure.registerHook((manager, alumnusId) => this.sessions.deleteForAlumnus(manager, alumnusId));
  }

  async onModuleDestroy(): Promise<void> {
    await this.settled();
  }

  /** Resolves when every sign-in request started so far is done (tests, shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }

  /**
   * Starts the work and returns at once: the route answers 202 in the same time whether or not
   * the address is known. A failure is logged without the address; the person asks again.
   */
  requestSignInLinks(email: string, locale: Locale | undefined): void {
    const work = this.sendSignInLinks(email.trim().toLowerCase(), locale).catch((error) =>
      this.logger.error(`sign-in links not created: ${error instanceof Error ? error.message : String(error)}`),
    );
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async sendSignInLinks(email: string, requested: Locale | undefined): Promise<void> {
    const bucket = `sign-in-address:${createHash('sha256').update(email).digest('hex')}`;
    const { hits } = await this.rateLimits.hit(bucket, ADDRESS_WINDOW_SECONDS);
    if (hits > LINKS_PER_ADDRESS) {
      this.logger.warn('sign-in links not sent: too many requests for one address');
      return;
    }
    const accounts = await this.sessions.accountsByEmail(email);
    if (accounts.length === 0) return;
    const locale = requested ?? toLocale(accounts[0].locale);
    await this.dataSource.transaction(async (manager) => {
      const links: { label: string; url: string }[] = [];
      for (const account of accounts) {
        const url =
          account.kind === 'alumnus'
            ? (await this.alumniAuth.issueLink(manager, account.id, 'login')).url
            : (await this.members.issueLink(manager, account.id, 'login')).url;
        const label =
          account.kind === 'alumnus'
            ? accountLabel(locale, { kind: 'alumnus', associationName: account.owner_name })
            : accountLabel(locale, { kind: 'member', role: account.role ?? '', orgName: account.owner_name });
        links.push({ label, url });
      }
      await this.mail.enqueue(manager, {
        to: email,
        locale,
        template: { kind: 'sign_in', accounts: links },
        expiresAt: new Date(Date.now() + MAGIC_LINK_TTL_MS),
        ...(accounts.length === 1 ? { [accounts[0].kind === 'alumnus' ? 'alumnusId' : 'memberId']: accounts[0].id } : {}),
      });
    });
  }

  /**
   * Exchanges a sign-in token for a cookie session. The link's conditional UPDATE consumes it
   * atomically: of two concurrent exchanges only one succeeds.
   */
  async createSession(
    token: string,
    userAgent: string | undefined,
  ): Promise<{ secret: string; session: PeopleSessionResponseDto; maxAgeSeconds: number }> {
    const { secret, sessionId, subject, expiresAt } = await this.dataSource.transaction(async (manager) => {
      let subject: SessionSubject | undefined;
      const alumnusId = await this.alumniAuth.consumeLink(manager, token);
      if (alumnusId) subject = { alumnusId };
      else {
        const memberId = await this.sessions.consumeMemberLink(manager, tokenHash(token));
        if (memberId) subject = { memberId };
      }
      if (!subject)
        throw new DomainError('sign_in_link_invalid', 'This sign-in link is invalid, expired or already used: ask for a new one');
      const secret = `${COOKIE_PREFIX}${randomBytes(32).toString('base64url')}`;
      const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
      const sessionId = await this.sessions.insertSession(manager, subject, tokenHash(secret), userAgent?.slice(0, 500) ?? null, expiresAt);
      return { secret, sessionId, subject, expiresAt };
    });
    const session = await this.describeSubject(sessionId, expiresAt, subject);
    return { secret, session, maxAgeSeconds: Math.floor(SESSION_TTL_MS / 1000) };
  }

  async verifyCookie(secret: string): Promise<Principal | null> {
    if (!COOKIE_PATTERN.test(secret)) return null;
    const row = await this.sessions.findLive(tokenHash(secret));
    if (!row) return null;
    if (Date.now() - new Date(row.last_seen_at).getTime() > 60_000) {
      this.sessions.touch(row.id).catch((error) => this.logger.warn(`lastSeenAt not recorded: ${error}`));
    }
    return principalOf(row);
  }

  async describe(principal: Principal): Promise<PeopleSessionResponseDto> {
    const { sessionId, via, subject } = sessionOf(principal);
    const expiresAt = await this.sessions.sessionExpiry(sessionId, via);
    if (!expiresAt) throw new DomainError('invalid_credentials');
    return this.describeSubject(sessionId, expiresAt, subject);
  }

  private async describeSubject(sessionId: string, expiresAt: Date, subject: SessionSubject): Promise<PeopleSessionResponseDto> {
    const base = { id: sessionId, expiresAt: new Date(expiresAt).toISOString() };
    if ('alumnusId' in subject) {
      const a = await this.sessions.alumnusSummary(subject.alumnusId);
      return {
        ...base,
        principal: {
          kind: 'alumnus',
          alumnusId: subject.alumnusId,
          associationId: a!.association_id,
          associationName: a!.association_name,
        },
      };
    }
    const m = (await this.sessions.memberSummary(subject.memberId))!;
    return {
      ...base,
      principal: {
        kind: 'member',
        memberId: subject.memberId,
        email: m.email,
        role: m.role,
        scopes: [...scopesOfRole(m.association_id ? 'association' : 'recruiter', m.role)],
        ...(m.association_id ? { association: { id: m.association_id, name: m.association_name!, slug: m.association_slug! } } : {}),
        ...(m.org_id ? { org: { id: m.org_id, name: m.org_name! } } : {}),
      },
    };
  }

  async list(principal: Principal): Promise<SessionListDto> {
    const { sessionId, subject } = sessionOf(principal);
    const rows = await this.sessions.listForPerson(subject);
    return {
      data: rows.map((r) => ({
        id: r.id,
        createdAt: new Date(r.created_at).toISOString(),
        lastSeenAt: new Date(r.last_seen_at).toISOString(),
        expiresAt: new Date(r.expires_at).toISOString(),
        userAgent: r.user_agent,
        current: r.id === sessionId,
      })),
    };
  }

  /** Sign out: the session stops working on the next request. */
  async revokeCurrent(principal: Principal): Promise<void> {
    const { sessionId, via } = sessionOf(principal);
    if (via === 'cookie') await this.sessions.revoke(sessionId);
    else await this.alumniAuth.revokeSession(principal as AlumnusPrincipal);
  }

  /** Sign out everywhere: every session of every account sharing this person's address. */
  async revokeAll(principal: Principal): Promise<void> {
    await this.sessions.revokeAllForPerson(sessionOf(principal).subject);
  }
}

/** The session behind a principal; API keys have none (401 on the session routes). */
function sessionOf(principal: Principal): { sessionId: string; via: 'cookie' | 'bearer'; subject: SessionSubject } {
  if (principal.kind === 'alumnus') {
    return {
      sessionId: principal.sessionId,
      via: principal.via === 'cookie' ? 'cookie' : 'bearer',
      subject: { alumnusId: principal.alumnusId },
    };
  }
  if ((principal.kind === 'association' || principal.kind === 'recruiter') && principal.member) {
    return { sessionId: principal.member.sessionId, via: 'cookie', subject: { memberId: principal.member.memberId } };
  }
  throw new DomainError('unauthenticated', 'This route needs a signed-in person (a session), not an API key');
}

function principalOf(row: LiveSessionRow): Principal | null {
  if (row.alumnus_id) {
    return { kind: 'alumnus', alumnusId: row.alumnus_id, associationId: row.alumnus_association_id!, sessionId: row.id, via: 'cookie' };
  }
  const member = { memberId: row.member_id!, sessionId: row.id, role: row.member_role!, email: row.member_email! };
  const keyId = `member:${row.member_id}`;
  if (row.member_association_id) {
    const scopes = scopesOfRole('association', row.member_role!);
    return { kind: 'association', associationId: row.member_association_id, keyId, keyKind: 'asc', scopes, member };
  }
  if (row.member_org_id) {
    const scopes = scopesOfRole('recruiter', row.member_role!);
    return { kind: 'recruiter', orgId: row.member_org_id, keyId, keyKind: 'rec', scopes, member };
  }
  return null;
}
