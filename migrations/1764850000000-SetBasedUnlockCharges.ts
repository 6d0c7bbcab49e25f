import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A batch of unlocks charged with a fixed number of statements instead of about ten per unlock.
 * unlock_profiles called wallet_spend_draw once per item, and each call ran its own statements
 * (wallet lock, sweep, lot read, lot update, ledger entry, wallet update) plus the unlock insert:
 * pg_stat_statements showed most of the PostgreSQL time per unlock going to these per-item
 * statements and the calls around them.
 *
 * - wallet_spend_many(...): the spend rules for many items at once, now their only
 *   implementation. The caller holds the lock of every wallet named. Per batch: one sweep check
 *   (wallet_sweep_expired only for wallets with expired lots), one read of the wallets, one read of
 *   their lots with credits in draw order (at most as many lots per wallet as the credits asked of
 *   it, since every such lot holds one credit or more), then per item, in input order and in
 *   memory: frozen → insufficient → draw lots soonest expiry → oldest → id, releasing each lot's
 *   value by cumulative rounding. Then one UPDATE of the lots, one INSERT of the ledger entries
 *   and one UPDATE of the wallets. Items of the same wallet see each other's draws, exactly as
 *   consecutive spends would. It returns the revenue rows of each item for the caller to write.
 * - wallet_spend_draw(...): same signature and behaviour (lock, create, replay, then one item of
 *   wallet_spend_many), so wallet_spend and its callers are unchanged.
 * - unlock_profiles(...): same signature and outcomes. After the wallet and alumni locks (as
 *   before): one INSERT of the unlock rows of all items whose alumni row is unchanged (ON CONFLICT
 *   DO NOTHING, in item order, so a pair repeated in the call is inserted once), one statement
 *   that charges them with wallet_spend_many and, from its result, writes the access-log entries
 *   and revenue rows and deletes the unlock rows of refused charges, and one read of the unlock
 *   rows of items whose pair already had one.
 *
 * An item whose pair had an unlock row that a refusal earlier in the same call removed again
 * (the same pair twice in one batch, the first refused) comes back `stale`: the caller decides it
 * again alone, which gives the refusal it would have got.
 *
 * The functions are repeatable definitions now (src/wallet/sql/, src/profiles/sql/), applied
 * after the migrations in their current version.
 */
export class SetBasedUnlockCharges1764850000000 implements MigrationInterface {
  name = 'SetBasedUnlockCharges1764850000000';

  async up(_q: QueryRunner): Promise<void> {
    // Nothing: see above.
  }

  async down(_q: QueryRunner): Promise<void> {
    // Nothing: see above.
  }
}
