import { DataSource } from 'typeorm';

export interface DemoAlumnus {
  id: string;
  contactable: boolean;
}

export interface DemoPurchase {
  orgId: string;
  packId: string;
  credits: number;
  amountMinor: number;
  daysAgo: number;
}

/**
 * The statements the demo seed needs beyond the services it goes through: the emptiness check,
 * purchases recorded as the Stripe webhook would, and the back-dating of movements into past months.
 */
export class DemoRepository {
  constructor(private readonly dataSource: DataSource) {}

  async countAssociations(): Promise<number> {
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM associations`);
    return count;
  }

  /** The oldest credit pack of `credits` credits. */
  async findPackIdByCredits(credits: number): Promise<string> {
    const [pack] = await this.dataSource.query(`SELECT id FROM credit_packs WHERE credits = $1 ORDER BY created_at LIMIT 1`, [credits]);
    return pack.id;
  }

  /** A paid purchase dated `daysAgo` days back, in euros for 365 days; returns its id. */
  async insertPaidPurchase(purchase: DemoPurchase): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO credit_purchases (org_id, pack_id, credits, amount_minor, currency, validity_days, status, created_at)
       VALUES ($1, $2, $3, $4, 'eur', 365, 'paid', now() - make_interval(days => $5)) RETURNING id`,
      [purchase.orgId, purchase.packId, purchase.credits, purchase.amountMinor, purchase.daysAgo],
    );
    return row.id;
  }

  async linkPurchaseToLot(purchaseId: string, lotId: string): Promise<void> {
    await this.dataSource.query(`UPDATE credit_purchases SET lot_id = $2 WHERE id = $1`, [purchaseId, lotId]);
  }

  /** The association's unlockable alumni, in external-id order. */
  async findUnlockableAlumni(associationId: string): Promise<DemoAlumnus[]> {
    return this.dataSource.query(
      `SELECT id, consent_contactable AS contactable FROM alumni WHERE association_id = $1 AND consent_unlockable ORDER BY external_id`,
      [associationId],
    );
  }

  /**
   * Spreads the association's unlocks and accepted contacts over the current month and the
   * `months` before it, more of them recently (the n-th of N lands at a month and day derived from
   * its rank; never after now): their revenue rows, unlocks and contact requests move together.
   */
  async backdateMovements(associationId: string, months: number): Promise<void> {
    await this.dataSource.query(
      `WITH moves AS (
         SELECT 'unlock:' || id AS reference, id, 'unlock' AS kind, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total
           FROM unlocks WHERE association_id = $1
         UNION ALL
         SELECT 'contact:' || id, id, 'contact', row_number() OVER (ORDER BY id), count(*) OVER ()
           FROM contact_requests WHERE association_id = $1),
       dated AS (
         SELECT reference, id, kind,
                least(now() - interval '1 hour',
                      date_trunc('month', now()) - make_interval(months => ($2 - floor(sqrt(n::float / total) * $2))::int)
                      + make_interval(days => ((n * 7) % 27)::int, hours => (9 + n % 9)::int)) AS at
           FROM moves),
       r AS (UPDATE revenue_entries e SET created_at = d.at FROM dated d WHERE e.reference = d.reference RETURNING 1),
       u AS (UPDATE unlocks x SET created_at = d.at FROM dated d WHERE d.kind = 'unlock' AND x.id = d.id RETURNING 1),
       c AS (UPDATE contact_requests x SET created_at = d.at - interval '2 days', decided_at = d.at FROM dated d
              WHERE d.kind = 'contact' AND x.id = d.id RETURNING 1)
       SELECT (SELECT count(*) FROM r) + (SELECT count(*) FROM u) + (SELECT count(*) FROM c) AS moved`,
      [associationId, months],
    );
  }

  /** The alumni's access log follows the unlocks and contact requests it records. */
  async backdateAccessLog(associationId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE access_log_entries l SET created_at = x.created_at FROM unlocks x
        WHERE l.kind = 'unlock' AND l.org_id = x.org_id AND l.alumnus_id = x.alumnus_id AND x.association_id = $1`,
      [associationId],
    );
    await this.dataSource.query(
      `UPDATE access_log_entries l SET created_at = x.created_at FROM contact_requests x
        WHERE l.kind = 'contact_request' AND l.org_id = x.org_id AND l.alumnus_id = x.alumnus_id AND x.association_id = $1`,
      [associationId],
    );
  }
}
