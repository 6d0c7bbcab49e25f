import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stripe Connect onboarding by the association itself: the status Stripe reports for its
 * connected account (`account.updated`: details submitted, payouts enabled) and the `created`
 * time of the event that set it, so an older event delivered late never overwrites a newer
 * state. Payouts run only for accounts whose payouts are enabled.
 *
 * Accounts typed in by the platform admin before this change were already paid out: they keep
 * being paid (enabled), until Stripe reports otherwise. Association keys that held every scope
 * (association:write) get the new payouts:manage scope, so owners' keys keep managing payouts.
 */
export class AddConnectAccountStatus1766200000000 implements MigrationInterface {
  name = 'AddConnectAccountStatus1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE associations
        ADD COLUMN connect_details_submitted boolean NOT NULL DEFAULT false,
        ADD COLUMN connect_payouts_enabled boolean NOT NULL DEFAULT false,
        ADD COLUMN connect_status_at timestamptz(3)`);
    await q.query(`
      UPDATE associations SET connect_details_submitted = true, connect_payouts_enabled = true
       WHERE stripe_connect_account_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_associations_connect_account ON associations (stripe_connect_account_id)
                    WHERE stripe_connect_account_id IS NOT NULL`);
    await q.query(`
      UPDATE api_keys SET scopes = array_append(scopes, 'payouts:manage')
       WHERE kind = 'asc' AND 'association:write' = ANY (scopes) AND NOT 'payouts:manage' = ANY (scopes)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE api_keys SET scopes = array_remove(scopes, 'payouts:manage') WHERE kind = 'asc'`);
    await q.query(`DROP INDEX ix_associations_connect_account`);
    await q.query(`
      ALTER TABLE associations
        DROP COLUMN connect_status_at,
        DROP COLUMN connect_payouts_enabled,
        DROP COLUMN connect_details_submitted`);
  }
}
