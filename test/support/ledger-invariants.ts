import { DataSource } from 'typeorm';

/**
 * The credit and money invariants (integer credits; every movement balanced and released by
 * cumulative rounding), checked against the database after every test that moves credits.
 * Returns the list of violations (empty when everything holds) so a failure names them all.
 */
export async function ledgerViolations(dataSource: DataSource): Promise<string[]> {
  const problems: string[] = [];
  const q = <T>(sql: string) => dataSource.query(sql) as Promise<T[]>;

  // The cached balance and held credits equal the sum of the wallet's ledger entries.
  for (const r of await q<{ id: string; balance: string; held: string; sum_credits: string; sum_held: string }>(`
    SELECT w.id, w.balance, w.held_credits AS held,
           COALESCE(SUM(e.credits_delta), 0) AS sum_credits, COALESCE(SUM(e.held_delta), 0) AS sum_held
    FROM wallets w LEFT JOIN ledger_entries e ON e.wallet_id = w.id
    GROUP BY w.id`)) {
    if (BigInt(r.balance) !== BigInt(r.sum_credits)) problems.push(`wallet ${r.id}: balance ${r.balance} ≠ ledger sum ${r.sum_credits}`);
    if (BigInt(r.held) !== BigInt(r.sum_held)) problems.push(`wallet ${r.id}: held ${r.held} ≠ ledger held sum ${r.sum_held}`);
  }

  // Per wallet: issued = available + held + consumed + expired + revoked, and the caches match the lots.
  for (const r of await q<Record<string, string>>(`
    SELECT w.id, w.balance, w.held_credits,
           COALESCE(SUM(l.credits_granted), 0) AS granted, COALESCE(SUM(l.credits_remaining), 0) AS remaining,
           COALESCE(SUM(l.credits_held), 0) AS held, COALESCE(SUM(l.credits_consumed), 0) AS consumed,
           COALESCE(SUM(l.credits_expired), 0) AS expired, COALESCE(SUM(l.credits_revoked), 0) AS revoked
    FROM wallets w LEFT JOIN credit_lots l ON l.wallet_id = w.id
    GROUP BY w.id`)) {
    const b = (k: string) => BigInt(r[k]);
    if (b('granted') !== b('remaining') + b('held') + b('consumed') + b('expired') + b('revoked')) {
      problems.push(`wallet ${r.id}: issued ${r.granted} ≠ available+held+consumed+expired+revoked`);
    }
    if (b('balance') !== b('remaining')) problems.push(`wallet ${r.id}: balance ${r.balance} ≠ lots available ${r.remaining}`);
    if (b('held_credits') !== b('held')) problems.push(`wallet ${r.id}: held ${r.held_credits} ≠ lots held ${r.held}`);
    if (b('balance') < 0n || b('held_credits') < 0n) problems.push(`wallet ${r.id}: negative balance or held`);
  }

  // Issued credits equal the grant/purchase entries of the ledger.
  for (const r of await q<{ id: string; granted: string; issued: string }>(`
    SELECT w.id,
      (SELECT COALESCE(SUM(credits_granted), 0) FROM credit_lots l WHERE l.wallet_id = w.id) AS granted,
      (SELECT COALESCE(SUM(credits_delta), 0) FROM ledger_entries e WHERE e.wallet_id = w.id AND e.kind IN ('grant', 'purchase')) AS issued
    FROM wallets w`)) {
    if (BigInt(r.granted) !== BigInt(r.issued)) problems.push(`wallet ${r.id}: lots granted ${r.granted} ≠ ledger issued ${r.issued}`);
  }

  // Per lot: conservation, nothing negative, cumulative rounding, revenue rows match the release.
  for (const l of await q<Record<string, string>>(`
    SELECT l.*,
      (SELECT COALESCE(SUM(gross_minor), 0) FROM revenue_entries r WHERE r.lot_id = l.id AND r.kind <> 'refund_adjustment') AS revenue,
      (SELECT COALESCE(SUM(credits), 0) FROM revenue_entries r WHERE r.lot_id = l.id AND r.kind IN ('unlock', 'contact')) AS revenue_consumed,
      (SELECT COALESCE(SUM(credits), 0) FROM revenue_entries r WHERE r.lot_id = l.id AND r.kind = 'breakage') AS revenue_expired,
      (SELECT COALESCE(-SUM(gross_minor), 0) FROM revenue_entries r WHERE r.lot_id = l.id AND r.kind = 'refund_adjustment') AS loss
    FROM credit_lots l`)) {
    const b = (k: string) => BigInt(l[k]);
    const counters = ['credits_remaining', 'credits_held', 'credits_consumed', 'credits_expired', 'credits_revoked', 'released_minor'];
    if (counters.some((k) => b(k) < 0n)) problems.push(`lot ${l.id}: negative counter`);
    const sum = b('credits_remaining') + b('credits_held') + b('credits_consumed') + b('credits_expired') + b('credits_revoked');
    if (sum !== b('credits_granted')) problems.push(`lot ${l.id}: counters add up to ${sum}, granted ${l.credits_granted}`);
    const expected = (b('amount_paid_minor') * (b('credits_consumed') + b('credits_expired'))) / b('credits_granted');
    if (b('released_minor') !== expected)
      problems.push(`lot ${l.id}: released ${l.released_minor} ≠ floor(paid × gone / granted) = ${expected}`);
    if (b('released_minor') > b('amount_paid_minor')) problems.push(`lot ${l.id}: released more than paid`);
    const usedUp = b('credits_consumed') + b('credits_expired') === b('credits_granted');
    if (usedUp && b('released_minor') !== b('amount_paid_minor'))
      problems.push(`lot ${l.id}: used up but released ${l.released_minor} of ${l.amount_paid_minor}`);
    if (b('revenue') !== b('released_minor')) problems.push(`lot ${l.id}: revenue rows ${l.revenue} ≠ released ${l.released_minor}`);
    if (b('revenue_consumed') !== b('credits_consumed'))
      problems.push(`lot ${l.id}: revenue credits ${l.revenue_consumed} ≠ consumed ${l.credits_consumed}`);
    if (b('revenue_expired') !== b('credits_expired'))
      problems.push(`lot ${l.id}: breakage credits ${l.revenue_expired} ≠ expired ${l.credits_expired}`);
    if (b('loss') !== b('refund_loss_minor')) problems.push(`lot ${l.id}: refund adjustments ${l.loss} ≠ loss ${l.refund_loss_minor}`);
  }

  // Revenue rows split exactly, with the association share rounded down from the snapshot.
  for (const r of await q<Record<string, string>>(`
    SELECT id, gross_minor, association_share_minor, platform_share_minor, revenue_share_bps
    FROM revenue_entries WHERE kind IN ('unlock', 'contact')`)) {
    const expected = (BigInt(r.gross_minor) * BigInt(r.revenue_share_bps)) / 10000n;
    if (BigInt(r.association_share_minor) !== expected)
      problems.push(`revenue ${r.id}: association share ${r.association_share_minor} ≠ ${expected}`);
    if (BigInt(r.association_share_minor) + BigInt(r.platform_share_minor) !== BigInt(r.gross_minor)) {
      problems.push(`revenue ${r.id}: shares do not add up to gross`);
    }
  }

  // Holds: an open hold's credits are exactly the wallet's held credits.
  for (const r of await q<{ id: string; held: string; holds: string }>(`
    SELECT w.id, w.held_credits AS held,
      (SELECT COALESCE(SUM(credits), 0) FROM credit_holds h WHERE h.wallet_id = w.id AND h.status = 'held') AS holds
    FROM wallets w`)) {
    if (BigInt(r.held) !== BigInt(r.holds)) problems.push(`wallet ${r.id}: held ${r.held} ≠ open holds ${r.holds}`);
  }
  return problems;
}

export async function expectLedgerInvariants(dataSource: DataSource): Promise<void> {
  expect(await ledgerViolations(dataSource)).toEqual([]);
}
