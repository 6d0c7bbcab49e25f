import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CredentialRegistry } from '../auth/credential-registry';
import { AlumnusPrincipal } from '../auth/principal';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { accountLabel, formatDate, MailTemplate } from '../mail/templates';
import { AlumniError } from './alumni.errors';
import { AlumniTokensRepository } from './alumni-tokens.repository';
import { AlumniRepository } from './alumni.repository';

export const MAGIC_LINK_PREFIX = 'pas_mlk_';
export const SESSION_PREFIX = 'pas_ses_';
const TOKEN_PATTERN = /^pas_(mlk|ses)_[A-Za-z0-9_-]{43}$/;

export const MAGIC_LINK_TTL_MS = 15 * 60_000;
/** Invitations and reconfirmation requests wait in an inbox for days, not minutes. */
export const INVITATION_TTL_MS = 7 * 24 * 3_600_000;
export const SESSION_TTL_MS = 30 * 24 * 3_600_000;

export type MagicLinkPurpose = 'login' | 'invitation' | 'reconfirmation';

/** The web page that asks the person to continue; the token sits in the fragment, never sent by a GET. */
export function signInUrl(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl}/sign-in/continue#token=${token}`;
}

export function newToken(prefix: string): { token: string; hash: Buffer } {
  const token = `${prefix}${randomBytes(32).toString('base64url')}`;
  return { token, hash: tokenHash(token) };
}

/** Tokens carry 256 random bits, so a plain SHA-256 is enough; only the hash is stored. */
export function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * Passwordless access for alumni: single-use magic links (15 minutes) exchanged for revocable
 * sessions (30 days). The `pas_ses_` verifier is registered with the global CredentialRegistry.
 */
@Injectable()
export class AlumniAuthService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AlumniAuthService.name);
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alumni: AlumniRepository,
    private readonly tokens: AlumniTokensRepository,
    private readonly mail: MailService,
    private readonly credentials: CredentialRegistry,
    private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.credentials.register({ prefixes: [SESSION_PREFIX], verify: (token) => this.verifySession(token) });
    this.jobs.register({ name: 'alumni-token-retention', run: () => this.purgeExpired() });
  }

  purgeExpired(): Promise<{ links: number; sessions: number }> {
    return this.tokens.purgeEnded();
  }

  /**
   * Starts the work and returns at once: the route answers 202 in the same time whether or not
   * the address is known, so neither the answer nor its timing tells whether an account exists.
   * A failure is logged (without the address); the alumnus simply asks again.
   */
  requestMagicLink(associationSlug: string, email: string): void {
    const work = this.sendLoginLinks(associationSlug, email).catch((error) =>
      this.logger.error(`magic link not created: ${error instanceof Error ? error.message : String(error)}`),
    );
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  /** Resolves when every magic-link request started so far is done (tests, shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.settled();
  }

  private async sendLoginLinks(associationSlug: string, email: string): Promise<void> {
    const matches = await this.alumni.findByAssociationSlugAndEmail(associationSlug, email.trim());
    if (matches.length === 0) {
      this.logger.log('magic link requested for an unknown address');
      return;
    }
    await this.dataSource.transaction(async (manager) => {
      for (const alumnus of matches) {
        await this.sendLink(manager, alumnus.id, alumnus.email, 'login');
      }
    });
  }

  /**
   * Creates a single-use link for the alumnus (only its hash is stored) and returns the URL of
   * the web page that asks the person to continue; the page's POST consumes the token.
   */
  async issueLink(
    manager: EntityManager,
    alumnusId: string,
    purpose: MagicLinkPurpose,
  ): Promise<{ token: string; url: string; expiresAt: Date }> {
    const { token, hash } = newToken(MAGIC_LINK_PREFIX);
    const expiresAt = new Date(Date.now() + (purpose === 'login' ? MAGIC_LINK_TTL_MS : INVITATION_TTL_MS));
    await this.tokens.insertMagicLink(manager, alumnusId, hash, purpose, expiresAt);
    return { token, url: signInUrl(this.config.publicBaseUrl, token), expiresAt };
  }

  /** Creates a link and queues the mail carrying it, in the caller's transaction. */
  async sendLink(manager: EntityManager, alumnusId: string, email: string, purpose: MagicLinkPurpose, lapsesAt?: Date): Promise<void> {
    const { url, expiresAt } = await this.issueLink(manager, alumnusId, purpose);
    const { associationName, locale } = await this.tokens.mailContext(manager, alumnusId);
    const template: MailTemplate =
      purpose === 'login'
        ? { kind: 'sign_in', accounts: [{ label: accountLabel(locale, { kind: 'alumnus', associationName }), url }] }
        : purpose === 'invitation'
          ? { kind: 'invitation', associationName, url }
          : { kind: 'reconfirmation', associationName, url, lapsesOn: formatDate(locale, lapsesAt ?? expiresAt) };
    await this.mail.enqueue(manager, { to: email, locale, template, alumnusId, expiresAt });
  }

  /** Consumes a link in the caller's transaction; the alumnus id, or undefined when unusable. */
  consumeLink(manager: EntityManager, token: string): Promise<string | undefined> {
    if (!TOKEN_PATTERN.test(token) || !token.startsWith(MAGIC_LINK_PREFIX)) return Promise.resolve(undefined);
    return this.tokens.consumeMagicLink(manager, tokenHash(token));
  }

  /**
   * Exchanges a magic link for a session. The conditional UPDATE consumes the link atomically:
   * of two concurrent exchanges only one finds it unused, so a link opens exactly one session.
   */
  async createSession(token: string): Promise<{ sessionToken: string; expiresAt: string }> {
    if (!TOKEN_PATTERN.test(token) || !token.startsWith(MAGIC_LINK_PREFIX)) throw new AlumniError('invalid_magic_link');
    return this.dataSource.transaction(async (manager) => {
      const alumnusId = await this.tokens.consumeMagicLink(manager, tokenHash(token));
      if (!alumnusId) throw new AlumniError('invalid_magic_link');
      const { token: sessionToken, hash } = newToken(SESSION_PREFIX);
      const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
      await this.tokens.insertSession(manager, alumnusId, hash, expiresAt);
      return { sessionToken, expiresAt: expiresAt.toISOString() };
    });
  }

  async verifySession(token: string): Promise<AlumnusPrincipal | null> {
    if (!TOKEN_PATTERN.test(token)) return null;
    const row = await this.tokens.findLiveSession(tokenHash(token));
    return row ? { kind: 'alumnus', alumnusId: row.alumnus_id, associationId: row.association_id, sessionId: row.id } : null;
  }

  async revokeSession(principal: AlumnusPrincipal): Promise<void> {
    if (principal.via === 'cookie') await this.tokens.revokeCookieSession(principal.sessionId, principal.alumnusId);
    else await this.tokens.revokeSession(principal.sessionId, principal.alumnusId);
  }
}
