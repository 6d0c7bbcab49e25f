import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ADVISORY_LOCKS } from '../database/advisory-locks';
import { queryRows } from '../database/query';
import { toSafeInteger } from '../database/transformers';

export type PurchaseStatus = 'pending' | 'paid' | 'failed' | 'expired' | 'quarantined';
export type DisputeStatus = 'open' | 'won' | 'lost';

export interface PurchaseRow {
  id: string;
  orgId: string;
  packId: string;
  credits: number;
  amountMinor: number;
  currency: string;
  validityDays: number;
  status: PurchaseStatus;
  statusReason: string | null;
  stripeCheckoutSessionId: string | null;
  stripePaymentIntentId: string | null;
  amountRefundedMinor: number;
  disputeStatus: DisputeStatus | null;
  lotId: string | null;
}

const COLUMNS = `id, org_id, pack_id, credits, amount_minor, currency, validity_days, status, status_reason,
  stripe_checkout_session_id, stripe_payment_intent_id, amount_refunded_minor, dispute_status, lot_id`;

@Injectable()
export class PurchasesRepository {
  /** A new pending purchase; `id` is the caller's, drawn before its first attempt (CheckoutService). */
  async insert(
    manager: EntityManager,
    p: { id: string; orgId: string; packId: string; credits: number; amountMinor: number; currency: string; validityDays: number },
  ): Promise<PurchaseRow> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `INSERT INTO credit_purchases (id, org_id, pack_id, credits, amount_minor, currency, validity_days)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [p.id, p.orgId, p.packId, p.credits, p.amountMinor, p.currency, p.validityDays],
    );
    return toPurchase(rows[0]);
  }

  async findForOrg(manager: EntityManager, id: string, orgId: string): Promise<PurchaseRow | null> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `SELECT ${COLUMNS} FROM credit_purchases WHERE id = $1 AND org_id = $2`,
      [id, orgId],
    );
    return rows[0] ? toPurchase(rows[0]) : null;
  }

  async lockById(manager: EntityManager, id: string): Promise<PurchaseRow | null> {
    const rows = await queryRows<Record<string, unknown>>(manager, `SELECT ${COLUMNS} FROM credit_purchases WHERE id = $1 FOR UPDATE`, [
      id,
    ]);
    return rows[0] ? toPurchase(rows[0]) : null;
  }

  /**
   * Serialises the handlers that link a payment intent to its purchase with those that look a
   * purchase up by payment intent, so a charge event racing the checkout completion is either
   * seen by it (as unmatched, then replayed) or sees the link. Namespaced two-key advisory lock.
   */
  async lockPaymentIntent(manager: EntityManager, paymentIntentId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [ADVISORY_LOCKS.purchases, paymentIntentId]);
  }

  async lockByPaymentIntent(manager: EntityManager, paymentIntentId: string): Promise<PurchaseRow | null> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `SELECT ${COLUMNS} FROM credit_purchases WHERE stripe_payment_intent_id = $1 FOR UPDATE`,
      [paymentIntentId],
    );
    return rows[0] ? toPurchase(rows[0]) : null;
  }

  async update(
    manager: EntityManager,
    id: string,
    fields: Partial<
      Pick<
        PurchaseRow,
        'status' | 'statusReason' | 'stripeCheckoutSessionId' | 'stripePaymentIntentId' | 'amountRefundedMinor' | 'disputeStatus' | 'lotId'
      >
    >,
  ): Promise<void> {
    const columns: Record<string, string> = {
      status: 'status',
      statusReason: 'status_reason',
      stripeCheckoutSessionId: 'stripe_checkout_session_id',
      stripePaymentIntentId: 'stripe_payment_intent_id',
      amountRefundedMinor: 'amount_refunded_minor',
      disputeStatus: 'dispute_status',
      lotId: 'lot_id',
    };
    const entries = Object.entries(fields).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return;
    const sets = entries.map(([k], i) => `${columns[k]} = $${i + 2}`);
    await manager.query(`UPDATE credit_purchases SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, [
      id,
      ...entries.map(([, v]) => v),
    ]);
  }

  async hasOpenDispute(manager: EntityManager, orgId: string): Promise<boolean> {
    const rows = await queryRows(manager, `SELECT 1 FROM credit_purchases WHERE org_id = $1 AND dispute_status = 'open' LIMIT 1`, [orgId]);
    return rows.length > 0;
  }

  /** Records a webhook event id; false when it was already recorded (a duplicate delivery). */
  async insertEvent(manager: EntityManager, event: { id: string; type: string; payload: unknown }): Promise<boolean> {
    const rows = await queryRows(
      manager,
      `INSERT INTO stripe_events (id, type, status, payload) VALUES ($1, $2, 'processed', $3)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [event.id, event.type, JSON.stringify(event.payload)],
    );
    return rows.length === 1;
  }

  /** Charge events recorded as unmatched for this payment intent, oldest first, locked. */
  async lockUnmatchedChargeEvents(manager: EntityManager, paymentIntentId: string): Promise<Array<{ id: string; payload: unknown }>> {
    return queryRows(
      manager,
      `SELECT id, payload FROM stripe_events
       WHERE status = 'unmatched' AND payload #>> '{data,object,payment_intent}' = $1
         AND type IN ('charge.refunded', 'charge.dispute.created', 'charge.dispute.closed')
       ORDER BY received_at, id
       FOR UPDATE`,
      [paymentIntentId],
    );
  }

  async setEventOutcome(manager: EntityManager, id: string, status: string, detail: string | null): Promise<void> {
    await manager.query(`UPDATE stripe_events SET status = $2, detail = $3 WHERE id = $1`, [id, status, detail]);
  }
}

function toPurchase(r: Record<string, unknown>): PurchaseRow {
  return {
    id: r.id as string,
    orgId: r.org_id as string,
    packId: r.pack_id as string,
    credits: toSafeInteger(r.credits as string),
    amountMinor: toSafeInteger(r.amount_minor as string),
    currency: r.currency as string,
    validityDays: r.validity_days as number,
    status: r.status as PurchaseStatus,
    statusReason: (r.status_reason as string | null) ?? null,
    stripeCheckoutSessionId: (r.stripe_checkout_session_id as string | null) ?? null,
    stripePaymentIntentId: (r.stripe_payment_intent_id as string | null) ?? null,
    amountRefundedMinor: toSafeInteger(r.amount_refunded_minor as string),
    disputeStatus: (r.dispute_status as DisputeStatus | null) ?? null,
    lotId: (r.lot_id as string | null) ?? null,
  };
}
