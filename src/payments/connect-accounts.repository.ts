import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The Connect status of associations' connected accounts, as Stripe reports it. */
@Injectable()
export class ConnectAccountsRepository {
  /**
   * Stores Stripe's absolute state of the account, unless a newer event already did: events come
   * out of order, and `created` (seconds) orders them; an equal time applies again harmlessly.
   * Returns the number of associations updated (0: unknown account or an older event).
   */
  async applyStatus(
    m: EntityManager,
    status: { accountId: string; detailsSubmitted: boolean; payoutsEnabled: boolean; at: Date },
  ): Promise<number> {
    const [, affected] = await m.query(
      `UPDATE associations SET connect_details_submitted = $2, connect_payouts_enabled = $3, connect_status_at = $4, updated_at = now()
        WHERE stripe_connect_account_id = $1 AND (connect_status_at IS NULL OR connect_status_at <= $4)`,
      [status.accountId, status.detailsSubmitted, status.payoutsEnabled, status.at],
    );
    return affected;
  }
}
