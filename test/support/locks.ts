import { DataSource } from 'typeorm';

/**
 * Resolves once another session of this database waits for a lock (pg_stat_activity), optionally
 * one whose statement matches `queryLike` (an ILIKE pattern). A test that holds a lock and wants to
 * show that a request waits for it checks this, not a sleep: a slow statement is not a waiting one.
 * Bounded by the test's own timeout.
 */
export async function waitForLockWaiter(dataSource: DataSource, queryLike = '%'): Promise<void> {
  for (;;) {
    const waiting = await dataSource.query(
      `SELECT 1 FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()
          AND wait_event_type = 'Lock' AND query ILIKE $1`,
      [queryLike],
    );
    if (waiting.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
