import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '../auth/principal';
import { isLockNotAvailable, onceMoreIfOutcomeUnknown } from '../database/pg-errors';
import { DomainError } from '../common/domain-error';
import { IdempotencyClaim, IdempotencyKeysRepository, IdempotencySettlement } from './idempotency-keys.repository';

export type { IdempotencyClaim, IdempotencySettlement } from './idempotency-keys.repository';

export interface IdempotentResult<T> {
  status: number;
  body: T;
  /** True when the response is the stored one of an earlier request with the same key. */
  replayed: boolean;
}

/** Keys are kept a week: far longer than any client retries (Stripe keeps its own for 24 h). */
export const IDEMPOTENCY_KEY_RETENTION_HOURS = 24 * 7;

/** How long a request waits for a concurrent one holding the same key before answering 409. */
const IN_PROGRESS_WAIT = '5s';

/**
 * `Idempotency-Key` for POSTs that move credits or money.
 *
 * The key row is inserted in the same transaction as the effect, so both commit or neither does:
 * there is no window where the effect exists without its key, or the key without its effect.
 * A concurrent request with the same key blocks on the unique index until the first one commits
 * (then it replays) or rolls back (then it runs); after IN_PROGRESS_WAIT it gets 409.
 * Failed requests (domain errors) roll back and store nothing, so they may be retried.
 * When the connection is lost around the commit (isOutcomeUnknown), `run` tries once more: it
 * replays the stored answer if the commit happened, and runs the request if it did not.
 *
 * Batches (unlocks) claim many keys in one transaction with `claimMany`, which never waits: a key
 * that is in flight elsewhere, already stored or repeated in the batch is left to `run`.
 */
@Injectable()
export class IdempotencyService {
  private readonly keys = new IdempotencyKeysRepository();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run<T>(
    principal: string,
    key: string,
    requestHash: string,
    /** The HTTP status to store and replay; a function when it depends on the outcome (201 vs 200). */
    status: number | ((body: T) => number),
    fn: (manager: EntityManager) => Promise<T>,
  ): Promise<IdempotentResult<T>> {
    // After a lost commit answer, the second attempt finds the key's row if the first committed.
    return onceMoreIfOutcomeUnknown(() => this.attempt(principal, key, requestHash, status, fn));
  }

  /** One transaction of `run`: claim the key and do the work, or replay the stored answer. */
  private async attempt<T>(
    principal: string,
    key: string,
    requestHash: string,
    status: number | ((body: T) => number),
    fn: (manager: EntityManager) => Promise<T>,
  ): Promise<IdempotentResult<T>> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        // One round trip: the wait for a concurrent holder of the key is bounded while the key is
        // claimed (set_config runs before the row is inserted), and unbounded again for the work
        // once it is (RETURNING runs after).
        // The key's advisory lock is taken before the row, under the same bound (claimMany's
        // batches skip a key whose lock is held instead of waiting on its row).
        if (!(await this.keys.claim(manager, principal, key, requestHash, IN_PROGRESS_WAIT))) {
          const stored = await this.keys.findStored<T>(manager, principal, key);
          if (stored.request_hash !== requestHash) {
            throw new DomainError('idempotency_key_reused', 'This Idempotency-Key was already used with a different request');
          }
          return { status: stored.response_status, body: stored.response_body, replayed: true };
        }
        const body = await fn(manager);
        const responseStatus = typeof status === 'function' ? status(body) : status;
        await this.keys.storeResponse(manager, principal, key, responseStatus, body);
        return { status: responseStatus, body, replayed: false };
      });
    } catch (error) {
      if (isLockNotAvailable(error)) {
        throw new DomainError('idempotency_key_in_progress', 'A request with this Idempotency-Key is still being processed; retry later');
      }
      throw error;
    }
  }

  /**
   * Claims the keys of a batch in the caller's transaction, in one statement that never waits:
   * a key is claimed (its row inserted, to commit with the batch's effects) only if its advisory
   * lock is free and no row holds it yet. Answers, per claim in input order, whether it was
   * claimed; the others (in flight elsewhere, stored, or reused with another request) are for
   * `run`. The claims must name distinct (principal, key) pairs.
   */
  async claimMany(manager: EntityManager, claims: readonly IdempotencyClaim[]): Promise<boolean[]> {
    if (claims.length === 0) return [];
    const claimedOrds = await this.keys.claimMany(manager, claims);
    const claimed = claims.map(() => false);
    for (const ord of claimedOrds) claimed[ord - 1] = true;
    return claimed;
  }

  /**
   * Ends the keys claimed by `claimMany` in the same transaction: stores each answered request's
   * response (replayed to later requests with the key) and deletes the key of each refused one,
   * as `run` stores nothing for a failed request. One statement.
   */
  async settleMany(manager: EntityManager, settlements: readonly IdempotencySettlement[]): Promise<void> {
    if (settlements.length === 0) return;
    await this.keys.settleMany(manager, settlements);
  }

  /** Deletes keys older than the retention period; returns how many. */
  async purgeExpired(retentionHours = IDEMPOTENCY_KEY_RETENTION_HOURS): Promise<number> {
    return this.keys.purgeExpired(this.dataSource.manager, retentionHours);
  }
}

/** Purges expired keys hourly; each process may run it, the DELETE is harmless to repeat. */
@Injectable()
export class IdempotencyKeyPurger implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(private readonly idempotency: IdempotencyService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.idempotency.purgeExpired().catch(() => undefined), 3_600_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

/** The namespace of a caller's keys: a whole org shares one, so a retry through another of its keys replays. */
export function idempotencyPrincipal(principal: Principal): string {
  switch (principal.kind) {
    case 'recruiter':
      return `org:${principal.orgId}`;
    case 'association':
      return `association:${principal.associationId}`;
    case 'admin':
      return `admin:${principal.keyId}`;
    case 'alumnus':
      return `alumnus:${principal.alumnusId}`;
  }
}

/** Hash of what makes two requests "the same": route and canonical body. */
export function requestHash(route: string, body: unknown): string {
  return createHash('sha256').update(route).update('\n').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
