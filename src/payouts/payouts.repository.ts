import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../database/query';
import { toSafeInteger } from '../database/transformers';

export interface PayoutRow {
  id: string;
  associationId: string;
  period: string;
  currency: string;
  amountMinor: number;
  sharesToPeriodEndMinor: number;
  reserveMinor: number;
  destination: string;
  status: 'pending' | 'paid' | 'failed';
  keyGeneration: number;
  attempts: number;
  stripeTransferId: string | null;
  failureReason: string | null;
  createdAt: Date;
  paidAt: Date | null;
}

export interface PayableSnapshot {
  currency: string;
  sharesToPeriodEnd: number;
  periodShares: number;
  alreadyPaidOut: number;
}

export interface ConnectRow {
  name: string;
  timeZone: string;
  accountId: string | null;
  detailsSubmitted: boolean;
  payoutsEnabled: boolean;
  statusAt: Date | null;
  currentPeriod: string;
  nextPeriodStart: string;
}

export interface BalanceRow {
  currency: string;
  sharesMinor: number;
  accruedThisPeriodMinor: number;
  paidMinor: number;
  unpaidMinor: number;
}

const COLUMNS = `id, association_id, period, currency, amount_minor, shares_to_period_end_minor, reserve_minor, destination,
  status, key_generation, attempts, stripe_transfer_id, failure_reason, created_at, paid_at`;

@Injectable()
export class PayoutsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  /** Associations whose connected account Stripe reports as able to receive payouts. */
  async associationsWithConnect(): Promise<Array<{ id: string; destination: string; timeZone: string }>> {
    const rows = await this.dataSource.query(
      `SELECT id, stripe_connect_account_id, time_zone FROM associations
        WHERE stripe_connect_account_id IS NOT NULL AND connect_payouts_enabled ORDER BY id`,
    );
    return rows.map((r: Record<string, string>) => ({ id: r.id, destination: r.stripe_connect_account_id, timeZone: r.time_zone }));
  }

  /** The month before the current one, in the time zone (YYYY-MM). */
  async previousPeriod(timeZone: string): Promise<string> {
    const [row] = await this.dataSource.query(
      `SELECT to_char(date_trunc('month', now() AT TIME ZONE $1) - interval '1 month', 'YYYY-MM') AS period`,
      [timeZone],
    );
    return row.period;
  }

  /**
   * Serialises payout computations of one association (across processes). FOR NO KEY UPDATE:
   * the association's spends (their foreign-key checks take FOR KEY SHARE on this row) do not
   * wait for the computation, which reads all its revenue rows up to the period end; they cannot
   * change it either, as they are dated now and only ended periods are paid out.
   */
  async lockAssociation(m: EntityManager, associationId: string): Promise<void> {
    await m.query(`SELECT 1 FROM associations WHERE id = $1 FOR NO KEY UPDATE`, [associationId]);
  }

  /**
   * Per currency: the association's shares recognised before the end of the period (a calendar
   * month in its time zone), those of the period alone, and the amounts of its other payouts.
   * Only periods that have ended are returned.
   */
  async payables(m: EntityManager, associationId: string, period: string, timeZone: string): Promise<PayableSnapshot[]> {
    const rows = await queryRows<Record<string, string>>(
      m,
      `WITH bounds AS (
         SELECT (to_date($2, 'YYYY-MM')::timestamp AT TIME ZONE $3) AS starts,
                ((to_date($2, 'YYYY-MM') + interval '1 month')::timestamp AT TIME ZONE $3) AS ends)
       SELECT r.currency,
              sum(r.association_share_minor) AS shares,
              coalesce(sum(r.association_share_minor) FILTER (WHERE r.created_at >= b.starts), 0) AS period_shares,
              (SELECT coalesce(sum(p.amount_minor), 0) FROM payouts p
                WHERE p.association_id = $1 AND p.currency = r.currency AND p.period <> $2) AS paid_out
         FROM revenue_entries r, bounds b
        WHERE r.association_id = $1 AND r.created_at < b.ends AND b.ends <= now()
        GROUP BY r.currency, b.starts`,
      [associationId, period, timeZone],
    );
    return rows.map((r) => ({
      currency: r.currency,
      sharesToPeriodEnd: toSafeInteger(r.shares),
      periodShares: toSafeInteger(r.period_shares),
      alreadyPaidOut: toSafeInteger(r.paid_out),
    }));
  }

  async insertIfAbsent(
    m: EntityManager,
    p: {
      associationId: string;
      period: string;
      currency: string;
      amountMinor: number;
      sharesToPeriodEndMinor: number;
      reserveMinor: number;
      destination: string;
    },
  ): Promise<void> {
    await m.query(
      `INSERT INTO payouts (association_id, period, currency, amount_minor, shares_to_period_end_minor, reserve_minor, destination)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT ON CONSTRAINT uq_payouts_association_period DO NOTHING`,
      [p.associationId, p.period, p.currency, p.amountMinor, p.sharesToPeriodEndMinor, p.reserveMinor, p.destination],
    );
  }

  async unpaid(limit: number): Promise<PayoutRow[]> {
    const rows = await this.dataSource.query(`SELECT ${COLUMNS} FROM payouts WHERE status <> 'paid' ORDER BY created_at, id LIMIT $1`, [
      limit,
    ]);
    return rows.map(toRow);
  }

  /** Marks the payout paid; false when it already was (the caller records payout.paid only once). */
  async markPaid(manager: EntityManager, id: string, transferId: string): Promise<boolean> {
    const [, updated] = await manager.query(
      `UPDATE payouts SET status = 'paid', stripe_transfer_id = $2, paid_at = now(), failure_reason = NULL,
         attempts = attempts + 1, updated_at = now() WHERE id = $1 AND status <> 'paid'`,
      [id, transferId],
    );
    return updated > 0;
  }

  /** `definitive`: Stripe answered and created nothing, so the next attempt may use a fresh idempotency key. */
  async markFailed(id: string, reason: string, definitive: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE payouts SET status = 'failed', failure_reason = $2, attempts = attempts + 1,
         key_generation = key_generation + CASE WHEN $3 THEN 1 ELSE 0 END, updated_at = now()
       WHERE id = $1 AND status <> 'paid'`,
      [id, reason.slice(0, 500), definitive],
    );
  }

  async connectOf(associationId: string): Promise<ConnectRow | null> {
    const rows = await this.dataSource.query(
      `SELECT name, time_zone, stripe_connect_account_id, connect_details_submitted, connect_payouts_enabled, connect_status_at,
              to_char(now() AT TIME ZONE time_zone, 'YYYY-MM') AS current_period,
              to_char(date_trunc('month', now() AT TIME ZONE time_zone) + interval '1 month', 'YYYY-MM-DD') AS next_period_start
         FROM associations WHERE id = $1`,
      [associationId],
    );
    if (rows.length === 0) return null;
    const r = rows[0];
    return {
      name: r.name,
      timeZone: r.time_zone,
      accountId: r.stripe_connect_account_id,
      detailsSubmitted: r.connect_details_submitted,
      payoutsEnabled: r.connect_payouts_enabled,
      statusAt: r.connect_status_at,
      currentPeriod: r.current_period,
      nextPeriodStart: r.next_period_start,
    };
  }

  /**
   * Per currency: the association's shares recognised so far and since the current local month
   * began, and the amounts of its payouts, paid and not yet paid.
   */
  async balances(associationId: string, timeZone: string): Promise<BalanceRow[]> {
    const rows: Record<string, string>[] = await this.dataSource.query(
      `WITH shares AS (
         SELECT currency, sum(association_share_minor) AS total,
                coalesce(sum(association_share_minor) FILTER (
                  WHERE created_at >= date_trunc('month', now() AT TIME ZONE $2) AT TIME ZONE $2), 0) AS accrued
           FROM revenue_entries WHERE association_id = $1 GROUP BY currency),
       paid AS (
         SELECT currency, coalesce(sum(amount_minor) FILTER (WHERE status = 'paid'), 0) AS paid,
                coalesce(sum(amount_minor) FILTER (WHERE status <> 'paid'), 0) AS unpaid
           FROM payouts WHERE association_id = $1 GROUP BY currency)
       SELECT coalesce(s.currency, p.currency) AS currency, coalesce(s.total, 0) AS total, coalesce(s.accrued, 0) AS accrued,
              coalesce(p.paid, 0) AS paid, coalesce(p.unpaid, 0) AS unpaid
         FROM shares s FULL JOIN paid p ON p.currency = s.currency
        ORDER BY 1`,
      [associationId, timeZone],
    );
    return rows.map((r) => ({
      currency: r.currency,
      sharesMinor: toSafeInteger(r.total),
      accruedThisPeriodMinor: toSafeInteger(r.accrued),
      paidMinor: toSafeInteger(r.paid),
      unpaidMinor: toSafeInteger(r.unpaid),
    }));
  }

  /** Locks the association and returns its connected account id (null before onboarding). */
  async lockConnectAccount(m: EntityManager, associationId: string): Promise<{ accountId: string | null } | null> {
    const rows = await m.query(`SELECT stripe_connect_account_id FROM associations WHERE id = $1 FOR NO KEY UPDATE`, [associationId]);
    return rows.length === 0 ? null : { accountId: rows[0].stripe_connect_account_id };
  }

  async setConnectAccount(m: EntityManager, associationId: string, accountId: string): Promise<void> {
    await m.query(
      `UPDATE associations SET stripe_connect_account_id = $2, connect_details_submitted = false, connect_payouts_enabled = false,
              connect_status_at = NULL, updated_at = now()
        WHERE id = $1`,
      [associationId, accountId],
    );
  }

  async page(associationId: string, limit: number, before?: { createdAt: Date; id: string }): Promise<PayoutRow[]> {
    const params: unknown[] = [associationId, limit + 1];
    if (before) params.push(before.createdAt, before.id);
    const rows = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM payouts WHERE association_id = $1 ${before ? 'AND (created_at, id) < ($3, $4)' : ''}
        ORDER BY created_at DESC, id DESC LIMIT $2`,
      params,
    );
    return rows.map(toRow);
  }
}

function toRow(r: Record<string, unknown>): PayoutRow {
  const int = (v: unknown) => toSafeInteger(v as string);
  return {
    id: r.id as string,
    associationId: r.association_id as string,
    period: r.period as string,
    currency: r.currency as string,
    amountMinor: int(r.amount_minor),
    sharesToPeriodEndMinor: int(r.shares_to_period_end_minor),
    reserveMinor: int(r.reserve_minor),
    destination: r.destination as string,
    status: r.status as PayoutRow['status'],
    keyGeneration: r.key_generation as number,
    attempts: r.attempts as number,
    stripeTransferId: (r.stripe_transfer_id as string | null) ?? null,
    failureReason: (r.failure_reason as string | null) ?? null,
    createdAt: r.created_at as Date,
    paidAt: (r.paid_at as Date | null) ?? null,
  };
}
