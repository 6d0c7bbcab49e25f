import { EntityManager } from 'typeorm';
import { queryCount, queryRows } from '../database/query';

/** One key of a batch: who, which key, and the hash of the request it is used for. */
export interface IdempotencyClaim {
  principal: string;
  key: string;
  requestHash: string;
}

/** How a claimed key of a batch ends: the response to store, or null to release the key. */
export interface IdempotencySettlement extends Omit<IdempotencyClaim, 'requestHash'> {
  response: { status: number; body: unknown } | null;
}

export interface StoredIdempotentResponse<T> {
  request_hash: string;
  response_status: number;
  response_body: T;
}

/**
 * The key of the transaction-level advisory lock every claim of a key takes before inserting its row
 * (`pg_advisory_xact_lock`, or the `try` form for batches): a batch then sees a key in flight
 * without waiting on its row. A hash collision only sends a key to the waiting path. The SQL
 * expressions `principal` and `key` name the two text values.
 */
function keyLock(principal: string, key: string): string {
  return `hashtextextended(${principal} || ' ' || ${key}, 1764950000)`;
}

/** The idempotency_keys table; every method runs in the caller's transaction (`manager`). */
export class IdempotencyKeysRepository {
  /**
   * Claims one key: takes its advisory lock and inserts its row, waiting at most `wait` (a
   * PostgreSQL interval) for a concurrent holder, then lifts the bound for the work that follows.
   * One round trip: set_config runs before the row is inserted, RETURNING after. False when the
   * key's row already exists.
   */
  async claim(manager: EntityManager, principal: string, key: string, requestHash: string, wait: string): Promise<boolean> {
    const inserted = await queryRows(
      manager,
      `INSERT INTO idempotency_keys (principal, key, request_hash)
       SELECT $1, $2, $3
         FROM (SELECT set_config('lock_timeout', $4, true) AS bounded,
                      pg_advisory_xact_lock(${keyLock('$1::text', '$2::text')}) AS locked) AS c
       ON CONFLICT (principal, key) DO NOTHING RETURNING key, set_config('lock_timeout', '0', true) AS unbounded`,
      [principal, key, requestHash, wait],
    );
    return inserted.length > 0;
  }

  async findStored<T>(manager: EntityManager, principal: string, key: string): Promise<StoredIdempotentResponse<T>> {
    const [stored] = await queryRows<StoredIdempotentResponse<T>>(
      manager,
      `SELECT request_hash, response_status, response_body FROM idempotency_keys WHERE principal = $1 AND key = $2`,
      [principal, key],
    );
    return stored;
  }

  async storeResponse(manager: EntityManager, principal: string, key: string, status: number, body: unknown): Promise<void> {
    await manager.query(`UPDATE idempotency_keys SET response_status = $3, response_body = $4 WHERE principal = $1 AND key = $2`, [
      principal,
      key,
      status,
      JSON.stringify(body),
    ]);
  }

  /**
   * Claims the keys of a batch in one statement that never waits: a key is claimed only if its
   * advisory lock is free and no row holds it yet. Returns the 1-based positions claimed.
   */
  async claimMany(manager: EntityManager, claims: readonly IdempotencyClaim[]): Promise<number[]> {
    const rows = await queryRows<{ ord: number }>(
      manager,
      `WITH c AS MATERIALIZED (
         SELECT c.principal, c.key, c.request_hash, c.ord::integer AS ord
           FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS c(principal, key, request_hash, ord)
          WHERE pg_try_advisory_xact_lock(${keyLock('c.principal', 'c.key')})
       ), claimed AS (
         INSERT INTO idempotency_keys (principal, key, request_hash)
         SELECT principal, key, request_hash FROM c ORDER BY principal, key
         ON CONFLICT (principal, key) DO NOTHING
         RETURNING principal, key
       )
       SELECT c.ord FROM c JOIN claimed USING (principal, key)`,
      [claims.map((c) => c.principal), claims.map((c) => c.key), claims.map((c) => c.requestHash)],
    );
    return rows.map((r) => r.ord);
  }

  /** Stores each answered key's response and deletes each released key, in one statement. */
  async settleMany(manager: EntityManager, settlements: readonly IdempotencySettlement[]): Promise<void> {
    await manager.query(
      `WITH s AS (
         SELECT * FROM unnest($1::text[], $2::text[], $3::integer[], $4::text[]) AS s(principal, key, status, body)
       ), released AS (
         DELETE FROM idempotency_keys k USING s WHERE s.status IS NULL AND k.principal = s.principal AND k.key = s.key
       )
       UPDATE idempotency_keys k SET response_status = s.status, response_body = s.body::jsonb
         FROM s WHERE s.status IS NOT NULL AND k.principal = s.principal AND k.key = s.key`,
      [
        settlements.map((s) => s.principal),
        settlements.map((s) => s.key),
        settlements.map((s) => s.response?.status ?? null),
        settlements.map((s) => (s.response ? JSON.stringify(s.response.body) : null)),
      ],
    );
  }

  /** Deletes keys created more than `retentionHours` ago; returns how many. */
  purgeExpired(manager: EntityManager, retentionHours: number): Promise<number> {
    return queryCount(manager, `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`, [retentionHours]);
  }
}
