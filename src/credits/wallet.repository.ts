import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { queryRows } from '../database/query';
import { toSafeInteger } from '../database/transformers';

export interface WalletRow {
  id: string;
  orgId: string;
  balance: number;
  heldCredits: number;
  frozen: boolean;
}

export interface LotRow {
  id: string;
  walletId: string;
  orgId: string;
  source: 'grant' | 'purchase';
  purchaseId: string | null;
  granted: number;
  remaining: number;
  held: number;
  consumed: number;
  expired: number;
  revoked: number;
  amountPaidMinor: number;
  currency: string;
  releasedMinor: number;
  refundedMinor: number;
  refundLossMinor: number;
  reason: string | null;
  expiresAt: Date | null;
  createdAt: Date;
  /** Computed by the database clock: expires_at <= now(). */
  isExpired: boolean;
}

export type LedgerKind = 'grant' | 'purchase' | 'spend' | 'hold' | 'release' | 'consume_held' | 'expire' | 'refund';

export interface LedgerRow {
  id: number;
  walletId: string;
  orgId: string;
  kind: LedgerKind;
  creditsDelta: number;
  heldDelta: number;
  lotId: string | null;
  reference: string | null;
  idempotencyKey: string;
  details: Record<string, unknown>;
  createdAt: Date;
}

export interface NewLedgerEntry {
  walletId: string;
  orgId: string;
  kind: LedgerKind;
  creditsDelta: number;
  heldDelta?: number;
  lotId?: string | null;
  reference?: string | null;
  idempotencyKey: string;
  details?: Record<string, unknown>;
}

export interface NewRevenueEntry {
  orgId: string;
  associationId: string | null;
  lotId: string;
  ledgerEntryId: number | null;
  credits: number;
  grossMinor: number;
  associationShareMinor: number;
  platformShareMinor: number;
  revenueShareBps: number | null;
  currency: string;
  kind: 'unlock' | 'contact' | 'breakage' | 'refund_adjustment';
  reference: string | null;
  program?: string | null;
  graduationYear?: number | null;
}

/** The arguments of the wallet_spend function. */
export interface SpendCall {
  orgId: string;
  credits: number;
  associationId: string;
  revenueShareBps: number;
  kind: 'unlock' | 'contact';
  /** `<kind>:<id>` on the ledger entry and revenue rows. */
  reference: string;
  idempotencyKey: string;
  program: string | null;
  graduationYear: number | null;
}

export type SpendOutcomeCode = 'spent' | 'replayed' | 'insufficient' | 'frozen' | 'key_reused' | 'no_org';

export interface SpendOutcome {
  outcome: SpendOutcomeCode;
  ledgerEntryId: number | null;
  /** The available balance after the spend, or the one that refused it. */
  balance: number;
  heldCredits: number;
  draws: Array<{ lotId: string; credits: number; grossMinor: number; currency: string }>;
}

export interface HoldRow {
  id: string;
  walletId: string;
  orgId: string;
  reference: string;
  credits: number;
  status: 'held' | 'consumed' | 'released';
}

const WALLET_COLUMNS = `id, org_id, balance, held_credits, frozen`;
const LOT_COLUMNS = `id, wallet_id, org_id, source, purchase_id, credits_granted, credits_remaining, credits_held,
  credits_consumed, credits_expired, credits_revoked, amount_paid_minor, currency, released_minor, refunded_minor,
  refund_loss_minor, reason, expires_at, created_at, (expires_at IS NOT NULL AND expires_at <= now()) AS is_expired`;
const LEDGER_COLUMNS = `id, wallet_id, org_id, kind, credits_delta, held_delta, lot_id, reference, idempotency_key, details, created_at`;

/**
 * Every statement on the credit path. Methods that change credits take the EntityManager of a
 * transaction that already holds the wallet row lock (`lockWallet`); see WalletService.
 */
@Injectable()
export class WalletRepository {
  async lockWallet(manager: EntityManager, orgId: string): Promise<WalletRow | null> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `SELECT ${WALLET_COLUMNS} FROM wallets WHERE org_id = $1 FOR UPDATE`,
      [orgId],
      { prepare: 'wallet_lock' },
    );
    return rows[0] ? toWallet(rows[0]) : null;
  }

  /**
   * Writes a whole movement in one statement: the lots' new counters, the ledger entry, its
   * revenue rows and the wallet cache. Same checks as the separate statements (every CHECK and
   * unique constraint applies to each part), one round trip instead of four or more.
   */
  async recordMovement(
    manager: EntityManager,
    movement: { lots: LotRow[]; entry: NewLedgerEntry; revenue: NewRevenueEntry[]; balanceDelta: number; heldDelta: number },
  ): Promise<{ ledgerEntryId: number; balance: number; heldCredits: number }> {
    const { lots, entry: e, revenue } = movement;
    const col = <K extends keyof LotRow>(k: K) => lots.map((l) => l[k]);
    const rev = <K extends keyof NewRevenueEntry>(k: K) => revenue.map((r) => r[k]);
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `WITH lot_updates AS (
         UPDATE credit_lots l SET credits_remaining = v.remaining, credits_held = v.held, credits_consumed = v.consumed,
           credits_expired = v.expired, credits_revoked = v.revoked, released_minor = v.released
         FROM unnest($1::uuid[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[])
           AS v(id, remaining, held, consumed, expired, revoked, released)
         WHERE l.id = v.id
         RETURNING 1),
       entry AS (
         INSERT INTO ledger_entries (wallet_id, org_id, kind, credits_delta, held_delta, lot_id, reference, idempotency_key, details)
         VALUES ($8, $9, $10, $11, $12, $13, $14, $15, $16)
         RETURNING id),
       revenue AS (
         INSERT INTO revenue_entries (org_id, association_id, lot_id, ledger_entry_id, credits, gross_minor,
           association_share_minor, platform_share_minor, revenue_share_bps, currency, kind, reference, program, graduation_year,
           first_of_movement)
         SELECT $9, r.association_id, r.lot_id, entry.id, r.credits, r.gross, r.association_share, r.platform_share,
           r.bps, r.currency, r.kind, r.reference, r.program, r.graduation_year, r.ord = 1
         FROM entry, unnest($17::uuid[], $18::uuid[], $19::bigint[], $20::bigint[], $21::bigint[], $22::bigint[],
           $23::int[], $24::text[], $25::text[], $26::text[], $29::text[], $30::int[]) WITH ORDINALITY
           AS r(association_id, lot_id, credits, gross, association_share, platform_share, bps, currency, kind, reference,
             program, graduation_year, ord)
         RETURNING 1),
       wallet AS (
         UPDATE wallets SET balance = balance + $27, held_credits = held_credits + $28, updated_at = now()
         WHERE id = $8
         RETURNING balance, held_credits)
       SELECT entry.id, wallet.balance, wallet.held_credits,
         (SELECT count(*) FROM lot_updates)::int AS lots_updated, (SELECT count(*) FROM revenue)::int AS revenue_rows
       FROM entry, wallet`,
      [
        col('id'),
        col('remaining'),
        col('held'),
        col('consumed'),
        col('expired'),
        col('revoked'),
        col('releasedMinor'),
        e.walletId,
        e.orgId,
        e.kind,
        e.creditsDelta,
        e.heldDelta ?? 0,
        e.lotId ?? null,
        e.reference ?? null,
        e.idempotencyKey,
        JSON.stringify(e.details ?? {}),
        rev('associationId'),
        rev('lotId'),
        rev('credits'),
        rev('grossMinor'),
        rev('associationShareMinor'),
        rev('platformShareMinor'),
        rev('revenueShareBps'),
        rev('currency'),
        rev('kind'),
        rev('reference'),
        movement.balanceDelta,
        movement.heldDelta,
        revenue.map((r) => r.program ?? null),
        revenue.map((r) => r.graduationYear ?? null),
      ],
      { prepare: 'wallet_record_movement' },
    );
    const r = rows[0];
    if (r.lots_updated !== lots.length || r.revenue_rows !== revenue.length) throw new Error('movement partially written');
    return { ledgerEntryId: int(r.id), balance: int(r.balance), heldCredits: int(r.held_credits) };
  }

  /**
   * One spend, in the database's wallet_spend function (migration CreateSpendFunctions): lock,
   * replay check, sweep, balance check, lot draws, ledger entry, revenue rows and wallet cache in
   * one round trip. Refusals come back as `outcome`.
   */
  async spend(manager: EntityManager, s: SpendCall): Promise<SpendOutcome> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `SELECT outcome, entry_id, wallet_balance, wallet_held, lot_draws
         FROM wallet_spend($1, $2, $3, $4, $5, $6, $7, false, $8, $9)`,
      [s.orgId, s.credits, s.associationId, s.revenueShareBps, s.kind, s.reference, s.idempotencyKey, s.program, s.graduationYear],
      { prepare: 'wallet_spend' },
    );
    return toSpendOutcome(rows[0]);
  }

  /** Expires the wallet's lots past their expiry (wallet_sweep_expired); returns the credits expired. */
  async sweepExpired(manager: EntityManager, walletId: string): Promise<number> {
    const rows = await queryRows<{ expired: string }>(manager, `SELECT wallet_sweep_expired($1) AS expired`, [walletId], {
      prepare: 'wallet_sweep_expired',
    });
    return int(rows[0].expired);
  }

  async ensureWallet(manager: EntityManager, orgId: string): Promise<void> {
    await manager.query(`INSERT INTO wallets (org_id) VALUES ($1) ON CONFLICT (org_id) DO NOTHING`, [orgId]);
  }

  async findWallet(manager: EntityManager, orgId: string): Promise<WalletRow | null> {
    const rows = await queryRows<Record<string, unknown>>(manager, `SELECT ${WALLET_COLUMNS} FROM wallets WHERE org_id = $1`, [orgId], {
      prepare: 'wallet_find',
    });
    return rows[0] ? toWallet(rows[0]) : null;
  }

  async addToWallet(manager: EntityManager, walletId: string, balanceDelta: number, heldDelta: number): Promise<WalletRow> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `WITH u AS (
         UPDATE wallets SET balance = balance + $2, held_credits = held_credits + $3, updated_at = now()
         WHERE id = $1 RETURNING ${WALLET_COLUMNS})
       SELECT * FROM u`,
      [walletId, balanceDelta, heldDelta],
    );
    return toWallet(rows[0]);
  }

  async setFrozen(manager: EntityManager, walletId: string, frozen: boolean): Promise<void> {
    await manager.query(`UPDATE wallets SET frozen = $2, updated_at = now() WHERE id = $1`, [walletId, frozen]);
  }

  /**
   * Lots that still hold available credits, in draw order: soonest expiry, oldest, id. Not locked
   * row by row: a lot is only ever changed by a transaction holding its wallet's row lock, which
   * the caller holds.
   */
  async lotsWithCredits(manager: EntityManager, walletId: string): Promise<LotRow[]> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `SELECT ${LOT_COLUMNS} FROM credit_lots
       WHERE wallet_id = $1 AND available
       ORDER BY expires_at ASC NULLS LAST, created_at ASC, id ASC`,
      [walletId],
      { prepare: 'wallet_lots_with_credits' },
    );
    return rows.map(toLot);
  }

  async lockLot(manager: EntityManager, lotId: string): Promise<LotRow | null> {
    const rows = await queryRows<Record<string, unknown>>(manager, `SELECT ${LOT_COLUMNS} FROM credit_lots WHERE id = $1 FOR UPDATE`, [
      lotId,
    ]);
    return rows[0] ? toLot(rows[0]) : null;
  }

  async findLot(manager: EntityManager, lotId: string): Promise<LotRow | null> {
    const rows = await queryRows<Record<string, unknown>>(manager, `SELECT ${LOT_COLUMNS} FROM credit_lots WHERE id = $1`, [lotId]);
    return rows[0] ? toLot(rows[0]) : null;
  }

  async insertLot(
    manager: EntityManager,
    lot: {
      walletId: string;
      orgId: string;
      source: 'grant' | 'purchase';
      purchaseId: string | null;
      credits: number;
      amountPaidMinor: number;
      currency: string;
      reason: string | null;
      expiresAt: Date | null;
    },
  ): Promise<LotRow> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `INSERT INTO credit_lots (wallet_id, org_id, source, purchase_id, credits_granted, credits_remaining,
         amount_paid_minor, currency, reason, expires_at)
       VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8, $9)
       RETURNING ${LOT_COLUMNS}`,
      [lot.walletId, lot.orgId, lot.source, lot.purchaseId, lot.credits, lot.amountPaidMinor, lot.currency, lot.reason, lot.expiresAt],
    );
    return toLot(rows[0]);
  }

  /** Writes a lot's counters; the table's CHECK constraints refuse any that do not add up. */
  async saveLotCounters(manager: EntityManager, lot: LotRow): Promise<void> {
    await manager.query(
      `UPDATE credit_lots SET credits_remaining = $2, credits_held = $3, credits_consumed = $4, credits_expired = $5,
         credits_revoked = $6, released_minor = $7, refunded_minor = $8, refund_loss_minor = $9
       WHERE id = $1`,
      [lot.id, lot.remaining, lot.held, lot.consumed, lot.expired, lot.revoked, lot.releasedMinor, lot.refundedMinor, lot.refundLossMinor],
    );
  }

  async listLots(manager: EntityManager, walletId: string): Promise<LotRow[]> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `SELECT ${LOT_COLUMNS} FROM credit_lots WHERE wallet_id = $1
       ORDER BY (credits_remaining + credits_held > 0) DESC, expires_at ASC NULLS LAST, created_at ASC, id ASC`,
      [walletId],
    );
    return rows.map(toLot);
  }

  async findLedgerEntry(manager: EntityManager, walletId: string, idempotencyKey: string): Promise<LedgerRow | null> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `SELECT ${LEDGER_COLUMNS} FROM ledger_entries WHERE wallet_id = $1 AND idempotency_key = $2`,
      [walletId, idempotencyKey],
      { prepare: 'wallet_find_ledger_entry' },
    );
    return rows[0] ? toLedger(rows[0]) : null;
  }

  async insertLedgerEntry(manager: EntityManager, e: NewLedgerEntry): Promise<LedgerRow> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `INSERT INTO ledger_entries (wallet_id, org_id, kind, credits_delta, held_delta, lot_id, reference, idempotency_key, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${LEDGER_COLUMNS}`,
      [
        e.walletId,
        e.orgId,
        e.kind,
        e.creditsDelta,
        e.heldDelta ?? 0,
        e.lotId ?? null,
        e.reference ?? null,
        e.idempotencyKey,
        JSON.stringify(e.details ?? {}),
      ],
    );
    return toLedger(rows[0]);
  }

  async listLedger(manager: EntityManager, walletId: string, limit: number, beforeId?: number): Promise<LedgerRow[]> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `SELECT ${LEDGER_COLUMNS} FROM ledger_entries
       WHERE wallet_id = $1 AND ($2::bigint IS NULL OR id < $2)
       ORDER BY id DESC LIMIT $3`,
      [walletId, beforeId ?? null, limit + 1],
    );
    return rows.map(toLedger);
  }

  async insertRevenueEntries(manager: EntityManager, entries: NewRevenueEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const params: unknown[] = [];
    const tuples = entries.map((r) => {
      const values = [
        r.orgId,
        r.associationId,
        r.lotId,
        r.ledgerEntryId,
        r.credits,
        r.grossMinor,
        r.associationShareMinor,
        r.platformShareMinor,
        r.revenueShareBps,
        r.currency,
        r.kind,
        r.reference,
      ];
      const placeholders = values.map((v) => {
        params.push(v);
        return `$${params.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await manager.query(
      `INSERT INTO revenue_entries (org_id, association_id, lot_id, ledger_entry_id, credits, gross_minor,
         association_share_minor, platform_share_minor, revenue_share_bps, currency, kind, reference)
       VALUES ${tuples.join(', ')}`,
      params,
    );
  }

  async insertHold(
    manager: EntityManager,
    hold: { walletId: string; orgId: string; reference: string; credits: number },
    allocations: Array<{ lotId: string; credits: number }>,
  ): Promise<HoldRow> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `INSERT INTO credit_holds (wallet_id, org_id, reference, credits) VALUES ($1, $2, $3, $4)
       RETURNING id, wallet_id, org_id, reference, credits, status`,
      [hold.walletId, hold.orgId, hold.reference, hold.credits],
    );
    const created = toHold(rows[0]);
    await manager.query(
      `INSERT INTO credit_hold_lots (hold_id, lot_id, credits)
       SELECT $1, lot_id, credits FROM unnest($2::uuid[], $3::bigint[]) AS a(lot_id, credits)`,
      [created.id, allocations.map((a) => a.lotId), allocations.map((a) => a.credits)],
    );
    return created;
  }

  async lockHold(manager: EntityManager, walletId: string, reference: string): Promise<HoldRow | null> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `SELECT id, wallet_id, org_id, reference, credits, status FROM credit_holds
       WHERE wallet_id = $1 AND reference = $2 FOR UPDATE`,
      [walletId, reference],
    );
    return rows[0] ? toHold(rows[0]) : null;
  }

  /** The lots a hold drew from, locked in id order (after the wallet row). */
  async lockHoldLots(manager: EntityManager, holdId: string): Promise<Array<{ lot: LotRow; credits: number }>> {
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `SELECT hl.credits AS hold_credits, l.id, l.wallet_id, l.org_id, l.source, l.purchase_id, l.credits_granted,
         l.credits_remaining, l.credits_held, l.credits_consumed, l.credits_expired, l.credits_revoked,
         l.amount_paid_minor, l.currency, l.released_minor, l.refunded_minor, l.refund_loss_minor, l.reason,
         l.expires_at, l.created_at, (l.expires_at IS NOT NULL AND l.expires_at <= now()) AS is_expired
       FROM credit_hold_lots hl JOIN credit_lots l ON l.id = hl.lot_id
       WHERE hl.hold_id = $1 ORDER BY l.expires_at ASC NULLS LAST, l.created_at ASC, l.id ASC
       FOR UPDATE OF l`,
      [holdId],
    );
    return rows.map((r) => ({ lot: toLot(r), credits: toSafeInteger(r.hold_credits as string) }));
  }

  async settleHold(manager: EntityManager, holdId: string, status: 'consumed' | 'released'): Promise<void> {
    await manager.query(`UPDATE credit_holds SET status = $2, settled_at = now() WHERE id = $1`, [holdId, status]);
  }

  /** Org ids whose wallets hold credits past their expiry (for the sweep job). */
  async orgsWithExpiredLots(manager: EntityManager, limit: number): Promise<string[]> {
    const rows = await queryRows<{ org_id: string }>(
      manager,
      `SELECT DISTINCT org_id FROM credit_lots
       WHERE available AND expires_at IS NOT NULL AND expires_at <= now()
       LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.org_id);
  }
}

function int(value: unknown): number {
  return toSafeInteger(value as string);
}

export function toSpendOutcome(r: Record<string, unknown>): SpendOutcome {
  return {
    outcome: r.outcome as SpendOutcomeCode,
    ledgerEntryId: r.entry_id == null ? null : int(r.entry_id),
    balance: r.wallet_balance == null ? 0 : int(r.wallet_balance),
    heldCredits: r.wallet_held == null ? 0 : int(r.wallet_held),
    draws: ((r.lot_draws as SpendOutcome['draws'] | null) ?? []).map((d) => ({
      lotId: d.lotId,
      credits: d.credits,
      grossMinor: d.grossMinor,
      currency: d.currency,
    })),
  };
}

function toWallet(r: Record<string, unknown>): WalletRow {
  return {
    id: r.id as string,
    orgId: r.org_id as string,
    balance: int(r.balance),
    heldCredits: int(r.held_credits),
    frozen: r.frozen as boolean,
  };
}

function toLot(r: Record<string, unknown>): LotRow {
  return {
    id: r.id as string,
    walletId: r.wallet_id as string,
    orgId: r.org_id as string,
    source: r.source as LotRow['source'],
    purchaseId: (r.purchase_id as string | null) ?? null,
    granted: int(r.credits_granted),
    remaining: int(r.credits_remaining),
    held: int(r.credits_held),
    consumed: int(r.credits_consumed),
    expired: int(r.credits_expired),
    revoked: int(r.credits_revoked),
    amountPaidMinor: int(r.amount_paid_minor),
    currency: r.currency as string,
    releasedMinor: int(r.released_minor),
    refundedMinor: int(r.refunded_minor),
    refundLossMinor: int(r.refund_loss_minor),
    reason: (r.reason as string | null) ?? null,
    expiresAt: (r.expires_at as Date | null) ?? null,
    createdAt: r.created_at as Date,
    isExpired: r.is_expired as boolean,
  };
}

function toLedger(r: Record<string, unknown>): LedgerRow {
  return {
    id: int(r.id),
    walletId: r.wallet_id as string,
    orgId: r.org_id as string,
    kind: r.kind as LedgerKind,
    creditsDelta: int(r.credits_delta),
    heldDelta: int(r.held_delta),
    lotId: (r.lot_id as string | null) ?? null,
    reference: (r.reference as string | null) ?? null,
    idempotencyKey: r.idempotency_key as string,
    details: r.details as Record<string, unknown>,
    createdAt: r.created_at as Date,
  };
}

function toHold(r: Record<string, unknown>): HoldRow {
  return {
    id: r.id as string,
    walletId: r.wallet_id as string,
    orgId: r.org_id as string,
    reference: r.reference as string,
    credits: int(r.credits),
    status: r.status as HoldRow['status'],
  };
}
