import { EntityManager } from 'typeorm';
import { ADVISORY_LOCKS } from '../database/advisory-locks';
import { queryCount, queryRows } from '../database/query';
import { SEARCH_DOCUMENT_COLUMNS, SearchDocumentRow } from './search-projection.repository';

/** One active batch across every process: a second worker finds the lock taken and waits. */
const OUTBOX_LOCK = ADVISORY_LOCKS.searchOutbox;

export interface ClaimedOutboxRow {
  id: string;
  alumnus_id: string;
  attempts: number;
}

/** The search outbox's SQL; every method runs in the caller's transaction (`manager`). */
export class SearchOutboxRepository {
  /** Takes the outbox batch lock until the end of the transaction; false when another batch holds it. */
  async tryLockBatch(manager: EntityManager): Promise<boolean> {
    const [{ locked }] = await queryRows<{ locked: boolean }>(manager, `SELECT pg_try_advisory_xact_lock($1) AS locked`, [OUTBOX_LOCK]);
    return locked;
  }

  /** The oldest due rows, locked until the end of the transaction (rows another batch holds are skipped). */
  claimDue(manager: EntityManager, limit: number): Promise<ClaimedOutboxRow[]> {
    return queryRows<ClaimedOutboxRow>(
      manager,
      `SELECT id, alumnus_id, attempts FROM search_outbox
        WHERE done_at IS NULL AND available_at <= now()
        ORDER BY id LIMIT $1
        FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  /** The current projection of these alumni (an alumnus without a row was removed from search). */
  findDocuments(manager: EntityManager, alumnusIds: string[]): Promise<SearchDocumentRow[]> {
    return queryRows<SearchDocumentRow>(
      manager,
      `SELECT ${SEARCH_DOCUMENT_COLUMNS.join(', ')} FROM search_documents WHERE alumnus_id = ANY($1::uuid[])`,
      [alumnusIds],
    );
  }

  async markDone(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query(`UPDATE search_outbox SET done_at = now(), last_error = NULL WHERE id = ANY($1::bigint[])`, [ids]);
  }

  /** Counts a failed delivery and makes the rows due again after `delayMs`. */
  async markFailed(manager: EntityManager, ids: string[], message: string, delayMs: number): Promise<void> {
    await manager.query(
      `UPDATE search_outbox
          SET attempts = attempts + 1, last_error = left($2, 2000),
              available_at = now() + make_interval(secs => $3::double precision / 1000)
        WHERE id = ANY($1::bigint[])`,
      [ids, message, delayMs],
    );
  }

  /** Removes rows delivered more than `olderThanMs` ago; returns how many. */
  pruneDone(manager: EntityManager, olderThanMs: number): Promise<number> {
    return queryCount(manager, `DELETE FROM search_outbox WHERE done_at < now() - make_interval(secs => $1::double precision / 1000)`, [
      olderThanMs,
    ]);
  }
}
