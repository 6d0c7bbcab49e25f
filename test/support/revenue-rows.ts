/** Runs one statement and returns its rows: a DataSource's `query`, or a pg client's wrapped. */
export type RowQuery = (sql: string, parameters?: unknown[]) => Promise<any[]>;

export interface RevenueFixture {
  associationId: string;
  orgId: string;
  lotId: string;
}

/**
 * An association in `timeZone`, an org with a wallet and one lot, written with plain inserts so
 * that it also works on a schema that is only partly migrated (from CreateContactRequests on).
 */
export async function newRevenueFixture(query: RowQuery, timeZone: string): Promise<RevenueFixture> {
  const [association] = await query(
    `INSERT INTO associations (name, slug, time_zone) VALUES ('Revenue rows', 'revenue-' || gen_random_uuid(), $1) RETURNING id`,
    [timeZone],
  );
  const [org] = await query(`INSERT INTO recruiter_orgs (name, email_domain) VALUES ('Revenue org', 'revenue.example') RETURNING id`);
  const [wallet] = await query(`INSERT INTO wallets (org_id) VALUES ($1) RETURNING id`, [org.id]);
  const [lot] = await query(
    `INSERT INTO credit_lots (wallet_id, org_id, source, credits_granted, credits_remaining, amount_paid_minor, currency)
     VALUES ($1, $2, 'grant', 1, 1, 0, 'eur') RETURNING id`,
    [wallet.id, org.id],
  );
  return { associationId: association.id, orgId: org.id, lotId: lot.id };
}

/**
 * `n` revenue rows every 37 minutes from `start` (crossing local midnights), as spends write them:
 * unlocks and, every fifth row, an accepted contact, over three programs and four graduation years.
 */
export async function addRevenueRows(query: RowQuery, fixture: RevenueFixture, start: string, n: number): Promise<void> {
  await query(
    `INSERT INTO revenue_entries (org_id, association_id, lot_id, credits, gross_minor, association_share_minor,
       platform_share_minor, revenue_share_bps, currency, kind, reference, program, graduation_year, first_of_movement, created_at)
     SELECT $1, $2, $3, 1, 100 + i, (100 + i) * 7 / 10, (100 + i) - (100 + i) * 7 / 10, 7000, 'eur',
            k.kind, k.kind || ':' || gen_random_uuid(), 'Program ' || (i % 3), 2000 + i % 4, true,
            $4::timestamptz + i * interval '37 minutes'
       FROM generate_series(1, $5) AS i CROSS JOIN LATERAL (SELECT CASE WHEN i % 5 = 0 THEN 'contact' ELSE 'unlock' END AS kind) k`,
    [fixture.orgId, fixture.associationId, fixture.lotId, start, n],
  );
}

/**
 * How many rows of revenue_daily (those with entries) differ from the same sums taken from
 * revenue_entries per local day in each association's zone, or are missing: 0 when the summary is
 * exact. Pending deltas are not read: fold them first.
 */
export async function summaryDifferences(query: RowQuery): Promise<number> {
  const [{ n }] = await query(`
    WITH fresh AS (
      SELECT r.association_id, d.dimension, (r.created_at AT TIME ZONE a.time_zone)::date AS local_day, d.group_value, r.currency,
             count(*) AS entries, sum(r.gross_minor) AS gross, sum(r.association_share_minor) AS association_share,
             sum(r.platform_share_minor) AS platform_share,
             count(*) FILTER (WHERE r.kind = 'unlock' AND r.first_of_movement) AS unlocks,
             count(*) FILTER (WHERE r.kind = 'contact' AND r.first_of_movement) AS contacts
        FROM revenue_entries r JOIN associations a ON a.id = r.association_id
       CROSS JOIN LATERAL (VALUES ('org', r.org_id::text), ('program', r.program), ('graduation_year', r.graduation_year::text)) AS d(dimension, group_value)
       GROUP BY 1, 2, 3, 4, 5),
    kept AS (
      SELECT association_id, dimension, local_day, group_value, currency, entries, gross_minor, association_share_minor,
             platform_share_minor, unlocks, accepted_contacts
        FROM revenue_daily WHERE entries <> 0)
    SELECT (SELECT count(*) FROM (SELECT * FROM fresh EXCEPT SELECT * FROM kept) x)
         + (SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM fresh) y) AS n`);
  return Number(n);
}
