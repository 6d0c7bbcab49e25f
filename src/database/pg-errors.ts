import { DatabaseError } from 'pg';
import { DomainError } from '../common/domain-error';

/** PostgreSQL SQLSTATE codes the application reacts to. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_CHECK_VIOLATION = '23514';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_SERIALIZATION_FAILURE = '40001';
export const PG_DEADLOCK_DETECTED = '40P01';
export const PG_LOCK_NOT_AVAILABLE = '55P03';

interface PgErrorLike {
  code?: string;
  constraint?: string;
  driverError?: PgErrorLike;
}

function pgError(error: unknown): PgErrorLike | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as PgErrorLike;
  return e.driverError ?? e;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = pgError(error);
  return e?.code === PG_UNIQUE_VIOLATION && (constraint === undefined || e.constraint === constraint);
}

export function isCheckViolation(error: unknown, constraint?: string): boolean {
  const e = pgError(error);
  return e?.code === PG_CHECK_VIOLATION && (constraint === undefined || e.constraint === constraint);
}

export function isRetryableTransactionError(error: unknown): boolean {
  const code = pgError(error)?.code;
  return code === PG_SERIALIZATION_FAILURE || code === PG_DEADLOCK_DETECTED;
}

export function isForeignKeyViolation(error: unknown): boolean {
  return pgError(error)?.code === PG_FOREIGN_KEY_VIOLATION;
}

/** lock_timeout expired (or NOWAIT found the row locked). */
export function isLockNotAvailable(error: unknown): boolean {
  return pgError(error)?.code === PG_LOCK_NOT_AVAILABLE;
}

/**
 * The failure came from the client side (lost connection, timeout, a bug), not as the server's
 * answer to a statement: a commit sent before it may or may not have taken effect. An error the
 * server reported (it has a SQLSTATE), or a refusal the application threw inside the transaction
 * (a DomainError), means the transaction did not commit.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  return !(error instanceof DomainError) && !(pgError(error) instanceof DatabaseError);
}

/**
 * Runs `attempt(false)`, and once more as `attempt(true)` when it failed with an unknown outcome
 * (isOutcomeUnknown): the second run must find out what the first one did (its own row, a stored
 * answer, a ledger key) before doing anything.
 */
export async function onceMoreIfOutcomeUnknown<T>(attempt: (again: boolean) => Promise<T>): Promise<T> {
  try {
    return await attempt(false);
  } catch (error) {
    if (!isOutcomeUnknown(error)) throw error;
    return attempt(true);
  }
}
