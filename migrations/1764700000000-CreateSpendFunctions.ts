import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Spending credits as server-side functions, so that a spend is one round trip instead of four
 * (lock the wallet, read its lots, write the movement, …) and an unlock one more. A round trip
 * between the API and PostgreSQL costs more CPU than the work it carries, and the wallet row
 * stays locked for all of them.
 *
 * These functions are the only implementation of the rules they cover; WalletService calls them:
 * - wallet_sweep_expired(wallet): lots past their expiry lose their available credits, whose
 *   unreleased value becomes platform breakage (an `expire` ledger entry and a `breakage`
 *   revenue row per lot). The caller holds the wallet row lock.
 * - wallet_spend(...): locks the org's wallet (creating it on first use), replays an applied
 *   idempotency key, refuses a frozen wallet, sweeps, checks the balance, draws lots soonest
 *   expiry → oldest → id, releases each lot's value by cumulative rounding
 *   (floor(paid × gone / granted) minus what it had released) and records the ledger entry, the
 *   revenue rows (association share rounded down, snapshot of the share) and the wallet cache.
 * - unlock_profile(...): inserts the org's unlock of an alumnus unless one exists, charges it
 *   with wallet_spend and writes the access-log entry, all or nothing with the caller.
 *
 * Refusals are returned as `outcome` (not raised) so the caller chooses: an insufficient balance
 * still keeps the sweep that preceded it when the spend is a transaction of its own.
 *
 * Each statement in a plpgsql function takes a fresh snapshot under READ COMMITTED, so the lots
 * and ledger read after the wallet lock include what the transaction we waited for committed.
 * `div()` on numeric is exact integer division (truncation, and every operand is ≥ 0 here).
 *
 * The functions are repeatable definitions now (src/wallet/sql/), applied after the migrations
 * in their current version; unlock_profile was replaced by unlock_profiles.
 */
export class CreateSpendFunctions1764700000000 implements MigrationInterface {
  name = 'CreateSpendFunctions1764700000000';

  async up(_q: QueryRunner): Promise<void> {
    // Nothing: see above.
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS unlock_profile(uuid, uuid, uuid, integer, integer, text, integer)`);
  }
}
