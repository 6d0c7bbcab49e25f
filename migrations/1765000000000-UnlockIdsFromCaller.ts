import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * unlock_profiles takes the ids of the unlock rows from its caller (a new first argument,
 * `p_ids`); everything else is as before. The API draws an id per unlock request before its first
 * attempt. When the connection is lost after the commit of a charge but before the API hears of it
 * (an ambiguous commit), the API runs the unlock again and finds the org's unlock of the profile:
 * if its id is the request's own, that request charged it, and the answer is 201 with the charge
 * instead of 200 "already unlocked, nothing charged".
 *
 * The insert skips a row on any conflict (the pair's unique constraint as before, or the primary
 * key: an id is used for one pair only, so that conflict implies the pair's).
 *
 * The functions are repeatable definitions now (src/wallet/sql/, src/profiles/sql/), applied after
 * the migrations in their current version; this migration only removes what it superseded.
 */
export class UnlockIdsFromCaller1765000000000 implements MigrationInterface {
  name = 'UnlockIdsFromCaller1765000000000';

  async up(q: QueryRunner): Promise<void> {
    // The signature changed: the older overload would stay beside the repeatable definition.
    await q.query(`DROP FUNCTION IF EXISTS unlock_profiles(uuid[], uuid[], text[], uuid[], integer[], integer[], text[], integer[])`);
  }

  async down(_q: QueryRunner): Promise<void> {
    // Nothing: see above.
  }
}
