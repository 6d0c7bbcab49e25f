/**
 * The fixed keys of the PostgreSQL advisory locks, in one place so that no two uses share a key:
 * a shared key makes unrelated work wait for each other, or, with a try-lock, skip its turn
 * because the other one holds it. Locks keyed by a hash of a name (`hashtext('alumni-import:…')`,
 * `hashtextextended('revenue-daily-compaction', 0)`, …) are named where they are taken.
 */
export const ADVISORY_LOCKS = {
  /** Migrations and repeatable definitions: one starting process applies them at a time. */
  migrations: 72170001,
  /** The Meilisearch outbox: one batch delivers at a time across every process (a try-lock). */
  searchOutbox: 72170002,
  /** Stripe purchases: the first key of the two-key lock taken per payment intent. */
  purchases: 72170003,
  /** The bootstrap admin key: processes booting together create it once. */
  adminKeyBootstrap: 72170004,
} as const;
