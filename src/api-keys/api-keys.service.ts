import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CredentialRegistry } from '../auth/credential-registry';
import { ApiKeyPrincipal, Principal } from '../auth/principal';
import { Scope, SCOPES_BY_KIND } from '../auth/scopes';
import { NotFoundError } from '../common/domain-error';
import { isForeignKeyViolation } from '../database/pg-errors';
import { PgListener } from '../database/pg-listener';
import { createdAtCursor, createdAtCursorOf, Page, PageQueryDto, toPage } from '../common/pagination';
import { generateApiKey, hashSecret, parseApiKey, secretMatches } from './api-key-format';
import { ApiKeyError } from './api-keys.errors';
import { ApiKeyCredentialRow, ApiKeyOwner, ApiKeysRepository } from './api-keys.repository';
import { AppConfig } from '../config/app-config';
import { ApiKeyResponseDto, CreatedApiKeyDto } from './dto/api-key-response.dto';
import { CreateApiKeyDto } from './dto/create-api-key.dto';

const DEFAULT_ROTATION_GRACE_SECONDS = 86_400;
/** Bounds the per-process memory of the credential cache and of the lastUsedAt throttle. */
const MAX_CACHED_KEYS = 10_000;
const LAST_USED_RESOLUTION_MS = 60_000;
/** The channel the api_keys and recruiter_orgs triggers notify (src/api-keys/sql/api_keys_notify_change.sql). */
const KEY_CHANGE_CHANNEL = 'api_key_changed';

@Injectable()
export class ApiKeysService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ApiKeysService.name);
  /** Verified rows by public key id, with the time they were read; unknown ids are never cached. */
  private readonly cache = new Map<string, { row: ApiKeyCredentialRow; readAt: number }>();
  /** When this process last recorded lastUsedAt per key, so most requests skip the UPDATE. */
  private readonly touchedAt = new Map<string, number>();
  private readonly cacheMs: number;
  /**
   * Told by PostgreSQL, at commit, of every change to a key row or to an org's status, in every
   * process: the cache drops the key (or the org's keys). While it is not connected nothing is
   * cached, so a revocation made by another process reaches this one as soon as the
   * notification arrives, and never later than API_KEY_CACHE_SECONDS.
   */
  private listener?: PgListener;
  /** Bumped by every notification: a row read before one arrived is used once, not cached. */
  private invalidations = 0;

  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly credentials: CredentialRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.cacheMs = config.apiKeyCacheSeconds * 1000;
  }

  async onModuleInit(): Promise<void> {
    this.credentials.register({ prefixes: ['pas_adm_', 'pas_asc_', 'pas_rec_'], verify: (t) => this.verify(t) });
    if (this.cacheMs > 0) {
      this.listener = PgListener.forDataSource(this.dataSource, KEY_CHANGE_CHANNEL, {
        onNotification: (payload) => this.invalidate(payload),
        onReconnect: () => this.invalidate('*'),
      });
      await this.listener.start();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.stop();
  }

  /** `key:<keyId>`, `org:<orgId>` (a suspension or reactivation), or `*` for everything. */
  private invalidate(payload: string): void {
    this.invalidations++;
    if (payload.startsWith('key:')) {
      this.cache.delete(payload.slice(4));
    } else if (payload.startsWith('org:')) {
      const orgId = payload.slice(4);
      for (const [keyId, entry] of this.cache) if (entry.row.orgId === orgId) this.cache.delete(keyId);
    } else {
      this.cache.clear();
    }
  }

  async verify(token: string): Promise<ApiKeyPrincipal | null> {
    const parsed = parseApiKey(token);
    if (!parsed) return null;
    const now = Date.now();
    const row = await this.credential(parsed.keyId, now);
    const matches = secretMatches(parsed.secret, row?.secretHash);
    if (!row || !matches || row.kind !== parsed.kind) return null;
    if (row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now) || !row.orgActive) return null;
    this.touch(row.id, now);
    const base = { keyId: parsed.keyId, keyKind: row.kind, scopes: row.scopes as Scope[] };
    switch (row.kind) {
      case 'adm':
        return { ...base, kind: 'admin' };
      case 'asc':
        return { ...base, kind: 'association', associationId: row.associationId! };
      case 'rec':
        return { ...base, kind: 'recruiter', orgId: row.orgId! };
    }
  }

  /**
   * The key's row, from the cache while it is younger than API_KEY_CACHE_SECONDS and the change
   * notifications are arriving. The secret is still compared on every request (only the row is
   * cached; SHA-256 of the presented secret, not a slow hash: the secret is 32 random bytes), and
   * expiry is checked against the clock, so a cached row never extends a key's life.
   */
  private async credential(keyId: string, now: number): Promise<ApiKeyCredentialRow | undefined> {
    const listening = this.listener?.connected === true;
    const cached = this.cache.get(keyId);
    if (cached && listening && now - cached.readAt < this.cacheMs) return cached.row;
    const before = this.invalidations;
    const row = await this.keys.findCredential(keyId);
    this.cache.delete(keyId);
    // A notification that arrived during the read may be about this very row: use it, do not keep it.
    if (row && listening && this.invalidations === before) remember(this.cache, keyId, { row, readAt: now });
    return row;
  }

  /** Records use at most once a minute per key and process; the SQL also skips recent rows. */
  private touch(id: string, now: number): void {
    if (now - (this.touchedAt.get(id) ?? 0) < LAST_USED_RESOLUTION_MS) return;
    remember(this.touchedAt, id, now);
    this.keys.touchLastUsed(id).catch((error) => this.logger.warn(`lastUsedAt not recorded: ${error}`));
  }

  /** Drops a key from this process's cache; called after every change to a key row. */
  private forget(keyId: string): void {
    this.cache.delete(keyId);
  }

  /**
   * Issues a key for `owner`. Called by association/org creation inside their transaction
   * (`manager`) and by the key routes. The new key's scopes must be a subset of the creator's.
   */
  async issue(
    owner: ApiKeyOwner,
    input: { name: string; scopes?: readonly string[]; expiresAt?: string | Date | null },
    creator: Principal | 'system',
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CreatedApiKeyDto> {
    const allowed = SCOPES_BY_KIND[owner.kind];
    const scopes = input.scopes ?? (creator === 'system' || creator.kind === 'admin' ? allowed : creatorScopes(creator));
    const foreign = scopes.filter((s) => !(allowed as readonly string[]).includes(s));
    if (foreign.length > 0) {
      throw new ApiKeyError('validation_failed', `Scope(s) not valid for a ${owner.kind} key: ${foreign.join(', ')}`, {
        errors: [{ field: 'scopes', message: `not valid for this kind of key: ${foreign.join(', ')}` }],
      });
    }
    if (creator !== 'system') assertHoldsScopes(creator, scopes);
    const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now()) {
      throw new ApiKeyError('validation_failed', 'expiresAt must be in the future', {
        errors: [{ field: 'expiresAt', message: 'must be in the future' }],
      });
    }
    const generated = generateApiKey(owner.kind);
    const saved = await this.keys
      .insert(manager, {
        keyId: generated.keyId,
        kind: owner.kind,
        associationId: owner.associationId ?? null,
        orgId: owner.orgId ?? null,
        name: input.name,
        scopes: [...scopes],
        secretHash: generated.secretHash,
        createdByKeyId: creator === 'system' || creator.kind === 'alumnus' ? null : creator.keyId,
        expiresAt,
      })
      .catch((error) => {
        // The owner row is referenced by foreign key: a missing association or org is a 404.
        if (isForeignKeyViolation(error)) throw new NotFoundError(owner.kind === 'asc' ? 'Association' : 'Recruiter org');
        throw error;
      });
    return { key: ApiKeyResponseDto.from(saved), secret: generated.token };
  }

  create(principal: Principal, owner: ApiKeyOwner, dto: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    return this.issue(owner, dto, principal);
  }

  async list(owner: ApiKeyOwner, query: PageQueryDto): Promise<Page<ApiKeyResponseDto>> {
    const rows = await this.keys.listForOwner(owner, query.limit, createdAtCursor(query.cursor));
    return toPage(rows, query.limit, createdAtCursorOf, ApiKeyResponseDto.from);
  }

  async revoke(principal: Principal, keyId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const key = await this.keys.findOwned(keyId, ownerScope(principal), manager);
      if (!key) throw new NotFoundError('API key');
      // A key-management key must not take down a key stronger than itself.
      assertHoldsScopes(principal, key.scopes);
      if (key.revokedAt) return; // revoking twice is a no-op: DELETE is idempotent
      await this.keys.revoke(manager, key.id, new Date());
    });
    this.forget(keyId);
  }

  /** Issues a replacement with the same name, scopes and expiry; the old key lapses after the grace period. */
  async rotate(principal: Principal, keyId: string, graceSeconds = DEFAULT_ROTATION_GRACE_SECONDS): Promise<CreatedApiKeyDto> {
    const created = await this.dataSource.transaction(async (manager) => {
      const key = await this.keys.findOwned(keyId, ownerScope(principal), manager);
      if (!key) throw new NotFoundError('API key');
      if (key.revokedAt) throw new ApiKeyError('api_key_revoked', 'A revoked key cannot be rotated');
      const created = await this.issue(
        { kind: key.kind, associationId: key.associationId, orgId: key.orgId },
        { name: key.name, scopes: key.scopes, expiresAt: key.expiresAt },
        principal.kind === 'admin' ? 'system' : principal,
        manager,
      );
      if (graceSeconds === 0) await this.keys.revoke(manager, key.id, new Date());
      else await this.keys.shortenExpiry(manager, key.id, new Date(Date.now() + graceSeconds * 1000));
      return created;
    });
    this.forget(keyId);
    return created;
  }

  /**
   * Makes sure a platform admin can log in: installs ADMIN_API_KEY when configured, otherwise
   * generates one key when none exists. Returns the generated key (to print once) or null.
   * The advisory lock keeps two processes booting together from both generating a key.
   */
  async ensureBootstrapAdminKey(configuredKey: string | undefined): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      await this.keys.lockAdminBootstrap(manager);
      if (configuredKey) {
        const parsed = parseApiKey(configuredKey);
        if (!parsed || parsed.kind !== 'adm') throw new Error('ADMIN_API_KEY is not a platform-admin key');
        const outcome = await this.keys.upsertAdminKey(manager, parsed.keyId, hashSecret(parsed.secret));
        this.forget(parsed.keyId);
        if (outcome !== 'unchanged') this.logger.log(`bootstrap admin key from ADMIN_API_KEY ${outcome}`);
        return null;
      }
      if ((await this.keys.countAdminKeys(manager)) > 0) return null;
      const created = await this.issue({ kind: 'adm' }, { name: 'bootstrap (generated)' }, 'system', manager);
      return created.secret;
    });
  }
}

/** Map insertion order is age order: past the bound, the oldest entry goes. */
function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  if (map.size >= MAX_CACHED_KEYS) map.delete(map.keys().next().value!);
  map.set(key, value);
}

function creatorScopes(principal: Principal): Scope[] {
  return principal.kind === 'alumnus' ? [] : [...principal.scopes];
}

/** Admins may act on any key; others only on keys of their own association or org. */
function ownerScope(principal: Principal): ApiKeyOwner | 'any' {
  switch (principal.kind) {
    case 'admin':
      return 'any';
    case 'association':
      return { kind: 'asc', associationId: principal.associationId };
    case 'recruiter':
      return { kind: 'rec', orgId: principal.orgId };
    case 'alumnus':
      throw new NotFoundError('API key');
  }
}

/** A key may only create, rotate or revoke keys whose scopes are a subset of its own (admins: any). */
function assertHoldsScopes(principal: Principal, scopes: readonly string[]): void {
  if (principal.kind === 'admin') return;
  const held = creatorScopes(principal);
  const escalated = scopes.filter((s) => !held.includes(s as Scope));
  if (escalated.length > 0) {
    throw new ApiKeyError('scope_escalation', `The calling key does not hold: ${escalated.join(', ')}`);
  }
}
