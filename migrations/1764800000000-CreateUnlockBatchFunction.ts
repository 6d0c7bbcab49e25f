import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Unlocks charged in batches: unlock_profiles charges many unlocks (of one or many orgs) in one
 * statement, so that concurrent unlocks share one round trip and one durable commit
 * (ProfilesService batches them): PostgreSQL CPU per unlock falls by more than half in batches.
 *
 * - wallet_spend_draw(...): the body of wallet_spend (lock, replay, frozen, sweep, balance, lot
 *   draws, ledger entry, wallet cache) without writing the revenue rows: it returns them, so a
 *   batch writes the revenue rows of all its spends in one INSERT (and the revenue summary
 *   trigger runs once per batch, not once per spend).
 * - wallet_spend(...): unchanged behaviour and signature, now wallet_spend_draw plus the insert of
 *   its revenue rows. Both stay the only implementation of the spend rules.
 * - unlock_profiles(...): per item, in the order given, inserts the org's unlock unless it has one
 *   (`exists`), charges it with wallet_spend_draw (a refusal removes the unlock row again) and
 *   queues its access-log entry and revenue rows; then writes the queued rows in one statement
 *   each. Refusals are outcomes, not errors, so one item's insufficient balance does not undo
 *   another's unlock. It replaces unlock_profile (one unlock per call).
 *
 * Consent: the caller decided from an alumni row it read earlier and passes that row's version
 * (`xmin`). The function locks the alumni FOR SHARE and charges only if the row is still that
 * version; otherwise the item's outcome is `stale` and nothing is charged for it (the caller reads
 * again). A consent change locks the row FOR UPDATE, so it either changed the version before this
 * lock (stale) or waits until the charge is committed: the consent that authorised a charge holds
 * until the unlock exists.
 *
 * wallet_spend and unlock_profiles run with plan_cache_mode = force_generic_plan: several of their
 * statements take arrays, for which PostgreSQL prefers to plan again on every execution (more
 * server CPU than the work); every statement here looks rows up by key, so the generic
 * plans are the right ones.
 *
 * Lock order, the same in every batch: the orgs' wallets in org id order (creating missing ones),
 * then the alumni, then unlock rows. An unlock row of an org is only ever inserted by a transaction
 * that holds that org's wallet, so batches can wait for each other's wallet but never deadlock
 * over unlock rows. A batch of several alumni skips alumni rows that are being changed (`stale`)
 * instead of waiting for them; no transaction that changes alumni rows waits for a wallet.
 *
 * The functions are repeatable definitions now (src/wallet/sql/, src/profiles/sql/), applied after
 * the migrations in their current version; this migration only removes what it superseded.
 */
export class CreateUnlockBatchFunction1764800000000 implements MigrationInterface {
  name = 'CreateUnlockBatchFunction1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS unlock_profile(uuid, uuid, uuid, integer, integer, text, integer)`);
  }

  async down(_q: QueryRunner): Promise<void> {
    // Nothing: see above.
  }
}
