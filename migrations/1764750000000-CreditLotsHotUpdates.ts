import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every spend updates its lot's counters. The two lot indexes were partial on
 * `credits_remaining > 0`, and a column named in an index predicate counts as indexed: no update
 * of a lot could be HOT, so each one inserted four index entries (and left them for vacuum).
 *
 * `available` (generated: credits_remaining > 0) replaces that predicate. It changes only when a
 * lot empties or is refilled, so the other updates keep every indexed value and, with room left
 * on the page (fillfactor 70 for lots, 50 for the small and hotter wallets table), stay HOT.
 * Queries over lots with credits say `available` so that they use these indexes (wallet_sweep_expired,
 * a repeatable definition in src/wallet/sql/, among them).
 */
export class CreditLotsHotUpdates1764750000000 implements MigrationInterface {
  name = 'CreditLotsHotUpdates1764750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE credit_lots ADD COLUMN available boolean GENERATED ALWAYS AS (credits_remaining > 0) STORED`);
    await q.query(`DROP INDEX ix_credit_lots_draw`);
    await q.query(`DROP INDEX ix_credit_lots_expiry`);
    // The draw order (soonest expiry, oldest, id) over lots that still have credits.
    await q.query(`CREATE INDEX ix_credit_lots_draw ON credit_lots (wallet_id, expires_at NULLS LAST, created_at, id) WHERE available`);
    await q.query(`CREATE INDEX ix_credit_lots_expiry ON credit_lots (expires_at) WHERE available`);
    await q.query(`ALTER TABLE credit_lots SET (fillfactor = 70)`);
    await q.query(`ALTER TABLE wallets SET (fillfactor = 50)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE wallets RESET (fillfactor)`);
    await q.query(`ALTER TABLE credit_lots RESET (fillfactor)`);
    await q.query(`DROP INDEX ix_credit_lots_expiry`);
    await q.query(`DROP INDEX ix_credit_lots_draw`);
    await q.query(
      `CREATE INDEX ix_credit_lots_draw ON credit_lots (wallet_id, expires_at NULLS LAST, created_at, id) WHERE credits_remaining > 0`,
    );
    await q.query(`CREATE INDEX ix_credit_lots_expiry ON credit_lots (expires_at) WHERE credits_remaining > 0`);
    await q.query(`ALTER TABLE credit_lots DROP COLUMN available`);
  }
}
