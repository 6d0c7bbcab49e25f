import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '../common/domain-error';
import { isForeignKeyViolation, isUniqueViolation } from '../database/pg-errors';
import { associationShare, creditsVoidedByRefund, releasedValue } from './credit-math';
import { WalletError } from './wallet.errors';
import {
  LedgerRow,
  LotRow,
  NewRevenueEntry,
  SpendCall,
  SpendOutcome,
  SpendOutcomeCode,
  WalletRepository,
  WalletRow,
} from './wallet.repository';

export type ConsumptionKind = 'unlock' | 'contact';

/** Non-personal facts about the alumnus, snapshot on revenue rows for reports by program or year. */
export interface RevenueAttribution {
  program: string | null;
  graduationYear: number | null;
}

export interface SpendInput {
  orgId: string;
  credits: number;
  associationId: string;
  /** The association's share at the time of the spend; stored on each revenue row. */
  revenueShareBps: number;
  kind: ConsumptionKind;
  referenceId: string;
  /** Unique per wallet; a second spend with the same key returns the first one's result. */
  idempotencyKey: string;
  attribution?: RevenueAttribution;
}

export interface LotDraw {
  lotId: string;
  credits: number;
  grossMinor: number;
  currency: string;
}

export interface MovementResult {
  ledgerEntryId: number;
  credits: number;
  balance: number;
  heldCredits: number;
  draws: LotDraw[];
  /** True when the idempotency key had already been applied: nothing moved this time. */
  replayed: boolean;
}

export interface GrantInput {
  orgId: string;
  credits: number;
  amountPaidMinor: number;
  currency: string;
  expiresAt: Date | null;
  source: 'grant' | 'purchase';
  purchaseId?: string | null;
  reason?: string | null;
  idempotencyKey: string;
}

export interface GrantResult {
  lot: LotRow;
  ledgerEntryId: number;
  balance: number;
  replayed: boolean;
}

export interface HoldInput {
  orgId: string;
  credits: number;
  reference: string;
  idempotencyKey: string;
}

export interface SettleHoldInput {
  orgId: string;
  reference: string;
  idempotencyKey: string;
}

export interface ConsumeHeldInput extends SettleHoldInput {
  associationId: string;
  revenueShareBps: number;
  kind: ConsumptionKind;
  attribution?: RevenueAttribution;
}

/**
 * Credits move only here. Every movement is one transaction that first locks the org's wallet
 * row (SELECT … FOR UPDATE): all reads of balances and lots happen under that lock, so concurrent
 * movements on one wallet are serialised and a balance check can never be invalidated by a
 * concurrent spend (read-then-write without the lock overspends a wallet many times over under concurrency). The wallet row is
 * the first credit row locked (webhook handlers lock their purchase row before it), and lots and
 * holds of a wallet change only under its lock, so movements cannot deadlock each other.
 *
 * Methods accept the caller's EntityManager to join its transaction (an unlock writes its own
 * rows in the same transaction), or open their own when given none.
 */
@Injectable()
export class WalletService {
  constructor(
    private readonly wallets: WalletRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  private readonly turns = new Map<string, Promise<unknown>>();

  private inTransaction<T>(manager: EntityManager | undefined, fn: (m: EntityManager) => Promise<T>, orgId?: string): Promise<T> {
    if (manager) return fn(manager);
    return orgId ? this.walletTurn(orgId, () => this.dataSource.transaction(fn)) : this.dataSource.transaction(fn);
  }

  /**
   * Runs `fn` when this process has no other movement of the org's wallet in flight. The wallet
   * row lock is what guarantees correctness (across processes too); this queue only keeps a hot
   * wallet from tying up one pooled connection per waiting request, and hands the lock over
   * without a PostgreSQL wake-up per waiter. Callers running their own transaction around a
   * movement (unlocks) can wrap it with this too.
   */
  walletTurn<T>(orgId: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.turns.get(orgId) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.turns.set(orgId, tail);
    void tail.then(() => {
      if (this.turns.get(orgId) === tail) this.turns.delete(orgId);
    });
    return run;
  }

  /**
   * Like inTransaction, but a refusal returned (not thrown) by `fn` still commits its own
   * transaction before being thrown: the expiry sweep that preceded an insufficient-balance
   * answer is kept. In a caller's transaction the caller decides (it will usually roll back).
   */
  private async refusable<T>(
    manager: EntityManager | undefined,
    orgId: string,
    fn: (m: EntityManager) => Promise<T | WalletError>,
  ): Promise<T> {
    const result = await this.inTransaction(manager, fn, orgId);
    if (result instanceof WalletError) throw result;
    return result;
  }

  /** Locks the org's wallet, creating it on first use. */
  async lockWallet(manager: EntityManager, orgId: string): Promise<WalletRow> {
    const existing = await this.wallets.lockWallet(manager, orgId);
    if (existing) return existing;
    try {
      await this.wallets.ensureWallet(manager, orgId);
    } catch (error) {
      if (isForeignKeyViolation(error)) throw new NotFoundError('Recruiter org');
      throw error;
    }
    return (await this.wallets.lockWallet(manager, orgId))!;
  }

  /**
   * Spends credits in one round trip: the rules run in the database's wallet_spend function (see
   * migration CreateSpendFunctions), under the wallet row lock.
   */
  spend(manager: EntityManager | undefined, input: SpendInput): Promise<MovementResult> {
    assertPositiveCredits(input.credits);
    return this.refusable(manager, input.orgId, async (m) => spendResult(await this.wallets.spend(m, spendCall(input)), input.credits));
  }

  /** Moves credits from available to held (a contact request waiting for an answer). */
  hold(manager: EntityManager | undefined, input: HoldInput): Promise<MovementResult> {
    assertPositiveCredits(input.credits);
    return this.refusable(manager, input.orgId, async (m) => {
      let wallet = await this.lockWallet(m, input.orgId);
      const previous = await this.wallets.findLedgerEntry(m, wallet.id, input.idempotencyKey);
      if (previous) return replay(previous, wallet, 'hold', -input.credits, input.credits);
      if (wallet.frozen) throw new WalletError('wallet_frozen', 'The wallet is frozen while a payment dispute is open');
      wallet = await this.sweepLocked(m, wallet);
      if (wallet.balance < input.credits) return insufficient(input.credits, wallet.balance);
      const draws = drawFromLots(await this.wallets.lotsWithCredits(m, wallet.id), input.credits);
      for (const { lot, credits } of draws) {
        lot.remaining -= credits;
        lot.held += credits;
      }
      const allocations = draws.map((d) => ({ lotId: d.lot.id, credits: d.credits }));
      await this.wallets
        .insertHold(m, { walletId: wallet.id, orgId: wallet.orgId, reference: input.reference, credits: input.credits }, allocations)
        .catch((error) => {
          if (isUniqueViolation(error, 'uq_credit_holds_reference')) {
            throw new WalletError('hold_exists', `A hold with reference ${input.reference} already exists`);
          }
          throw error;
        });
      const written = await this.wallets.recordMovement(m, {
        lots: draws.map((d) => d.lot),
        entry: {
          walletId: wallet.id,
          orgId: wallet.orgId,
          kind: 'hold',
          creditsDelta: -input.credits,
          heldDelta: input.credits,
          reference: input.reference,
          idempotencyKey: input.idempotencyKey,
          details: { draws: allocations },
        },
        revenue: [],
        balanceDelta: -input.credits,
        heldDelta: input.credits,
      });
      const lotDraws = draws.map((d) => ({ lotId: d.lot.id, credits: d.credits, grossMinor: 0, currency: d.lot.currency }));
      return { ...written, credits: input.credits, draws: lotDraws, replayed: false };
    });
  }

  /** Consumes held credits (accepted contact request): revenue is recognised as for a spend. */
  consumeHeld(manager: EntityManager | undefined, input: ConsumeHeldInput): Promise<MovementResult> {
    return this.settleHold(manager, input, 'consumed');
  }

  /** Returns held credits to the available balance (declined or unanswered contact request). */
  releaseHeld(manager: EntityManager | undefined, input: SettleHoldInput): Promise<MovementResult> {
    return this.settleHold(manager, input, 'released');
  }

  private settleHold(
    manager: EntityManager | undefined,
    input: SettleHoldInput & Partial<ConsumeHeldInput>,
    outcome: 'consumed' | 'released',
  ): Promise<MovementResult> {
    return this.inTransaction(
      manager,
      async (m) => {
        const wallet = await this.lockWallet(m, input.orgId);
        const hold = await this.wallets.lockHold(m, wallet.id, input.reference);
        if (!hold) throw new NotFoundError('Credit hold');
        const kind = outcome === 'consumed' ? 'consume_held' : 'release';
        const previous = await this.wallets.findLedgerEntry(m, wallet.id, input.idempotencyKey);
        if (previous) return replay(previous, wallet, kind, outcome === 'consumed' ? 0 : hold.credits, -hold.credits);
        if (hold.status !== 'held') throw new WalletError('hold_not_open', `The hold is already ${hold.status}`);

        const allocations = await this.wallets.lockHoldLots(m, hold.id);
        const revenue: NewRevenueEntry[] = [];
        const lotDraws: LotDraw[] = [];
        for (const { lot, credits } of allocations) {
          if (outcome === 'consumed') {
            const gross = consumeHeld(lot, credits);
            revenue.push(consumptionRevenue(lot, credits, gross, input as ConsumeHeldInput));
            lotDraws.push({ lotId: lot.id, credits, grossMinor: gross, currency: lot.currency });
          } else {
            // Credits returned to a lot that expired meanwhile become breakage at the next sweep.
            lot.held -= credits;
            lot.remaining += credits;
            lotDraws.push({ lotId: lot.id, credits, grossMinor: 0, currency: lot.currency });
          }
        }
        await this.wallets.settleHold(m, hold.id, outcome);
        const creditsDelta = outcome === 'consumed' ? 0 : hold.credits;
        const written = await this.wallets.recordMovement(m, {
          lots: allocations.map((a) => a.lot),
          entry: {
            walletId: wallet.id,
            orgId: wallet.orgId,
            kind,
            creditsDelta,
            heldDelta: -hold.credits,
            reference: input.reference,
            idempotencyKey: input.idempotencyKey,
            details: { draws: lotDraws, associationId: input.associationId, revenueShareBps: input.revenueShareBps },
          },
          revenue,
          balanceDelta: creditsDelta,
          heldDelta: -hold.credits,
        });
        return { ...written, credits: hold.credits, draws: lotDraws, replayed: false };
      },
      input.orgId,
    );
  }

  /** Creates a lot (manual grant or paid purchase) and credits the wallet. */
  grant(manager: EntityManager | undefined, input: GrantInput): Promise<GrantResult> {
    assertPositiveCredits(input.credits);
    return this.inTransaction(
      manager,
      async (m) => {
        const wallet = await this.lockWallet(m, input.orgId);
        const previous = await this.wallets.findLedgerEntry(m, wallet.id, input.idempotencyKey);
        if (previous) {
          if (previous.kind !== input.source || previous.creditsDelta !== input.credits || !previous.lotId) {
            throw new WalletError('idempotency_key_reused', 'This idempotency key was already used for another movement');
          }
          return {
            lot: (await this.wallets.findLot(m, previous.lotId))!,
            ledgerEntryId: previous.id,
            balance: wallet.balance,
            replayed: true,
          };
        }
        const lot = await this.wallets.insertLot(m, {
          walletId: wallet.id,
          orgId: wallet.orgId,
          source: input.source,
          purchaseId: input.purchaseId ?? null,
          credits: input.credits,
          amountPaidMinor: input.amountPaidMinor,
          currency: input.currency,
          reason: input.reason ?? null,
          expiresAt: input.expiresAt,
        });
        const entry = await this.wallets.insertLedgerEntry(m, {
          walletId: wallet.id,
          orgId: wallet.orgId,
          kind: input.source,
          creditsDelta: input.credits,
          lotId: lot.id,
          reference: input.purchaseId ? `purchase:${input.purchaseId}` : null,
          idempotencyKey: input.idempotencyKey,
          details: { amountPaidMinor: input.amountPaidMinor, currency: input.currency, reason: input.reason ?? null },
        });
        const after = await this.wallets.addToWallet(m, wallet.id, input.credits, 0);
        return { lot, ledgerEntryId: entry.id, balance: after.balance, replayed: false };
      },
      input.orgId,
    );
  }

  /**
   * Applies a refund given as the charge's cumulative `amountRefundedMinor` (Stripe delivers
   * refund events duplicated and out of order, so only the absolute value is trusted): the lot's
   * unspent credits are voided in proportion (ceil(granted × refunded / paid), at most what is
   * still available). Spent credits stay recognised; the refunded money they stood for is booked
   * as a platform `refund_adjustment`. A refund not above the one already applied is a no-op.
   */
  applyRefund(manager: EntityManager, input: { orgId: string; lotId: string; amountRefundedMinor: number }): Promise<boolean> {
    return this.inTransaction(manager, async (m) => {
      let wallet = await this.lockWallet(m, input.orgId);
      wallet = await this.sweepLocked(m, wallet);
      const lot = await this.wallets.lockLot(m, input.lotId);
      if (!lot || lot.walletId !== wallet.id) throw new NotFoundError('Credit lot');
      const refunded = Math.min(input.amountRefundedMinor, lot.amountPaidMinor);
      if (refunded <= lot.refundedMinor) return false;

      const target = creditsVoidedByRefund(lot.amountPaidMinor, lot.granted, refunded);
      const revoke = Math.min(lot.remaining, Math.max(0, target - lot.revoked));
      lot.remaining -= revoke;
      lot.revoked += revoke;
      lot.refundedMinor = refunded;
      const voidedValue = releasedValue(lot.amountPaidMinor, lot.granted, lot.revoked);
      const loss = Math.max(0, refunded - voidedValue);
      const lossDelta = loss - lot.refundLossMinor;
      lot.refundLossMinor = loss;
      await this.wallets.saveLotCounters(m, lot);
      const entry = await this.wallets.insertLedgerEntry(m, {
        walletId: wallet.id,
        orgId: wallet.orgId,
        kind: 'refund',
        creditsDelta: -revoke,
        lotId: lot.id,
        reference: lot.purchaseId ? `purchase:${lot.purchaseId}` : null,
        idempotencyKey: `refund:${lot.id}:${refunded}`,
        details: { amountRefundedMinor: refunded, creditsRevoked: revoke, platformLossMinor: lossDelta },
      });
      if (lossDelta !== 0) {
        await this.wallets.insertRevenueEntries(m, [
          {
            orgId: wallet.orgId,
            associationId: null,
            lotId: lot.id,
            ledgerEntryId: entry.id,
            credits: 0,
            grossMinor: -lossDelta,
            associationShareMinor: 0,
            platformShareMinor: -lossDelta,
            revenueShareBps: null,
            currency: lot.currency,
            kind: 'refund_adjustment',
            reference: entry.reference,
          },
        ]);
      }
      if (revoke > 0) await this.wallets.addToWallet(m, wallet.id, -revoke, 0);
      return true;
    });
  }

  /** Freezes or unfreezes the org's wallet (payment disputes). */
  async setFrozen(manager: EntityManager, orgId: string, frozen: boolean): Promise<void> {
    const wallet = await this.lockWallet(manager, orgId);
    if (wallet.frozen !== frozen) await this.wallets.setFrozen(manager, wallet.id, frozen);
  }

  /** Sweeps expired lots of one org into breakage (own transaction). Returns credits expired. */
  async expireLots(orgId: string): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const wallet = await this.lockWallet(m, orgId);
      const after = await this.sweepLocked(m, wallet);
      return wallet.balance - after.balance;
    });
  }

  /** The scheduled job: sweeps every wallet holding expired credits. Returns credits expired. */
  async expireAllLots(batch = 100): Promise<number> {
    let total = 0;
    for (;;) {
      const orgIds = await this.wallets.orgsWithExpiredLots(this.dataSource.manager, batch);
      for (const orgId of orgIds) total += await this.expireLots(orgId);
      if (orgIds.length < batch) return total;
    }
  }

  /** The available balance as `manager`'s transaction sees it (0 before the wallet exists). */
  async balanceOf(orgId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return (await this.holdingsOf(orgId, manager)).balance;
  }

  /** The available balance and the held credits as `manager`'s transaction sees them. */
  async holdingsOf(orgId: string, manager: EntityManager = this.dataSource.manager): Promise<{ balance: number; heldCredits: number }> {
    const wallet = await this.wallets.findWallet(manager, orgId);
    return { balance: wallet?.balance ?? 0, heldCredits: wallet?.heldCredits ?? 0 };
  }

  async getWallet(orgId: string): Promise<{ wallet: WalletRow; lots: LotRow[] }> {
    const m = this.dataSource.manager;
    let wallet = await this.wallets.findWallet(m, orgId);
    if (!wallet) {
      await this.wallets.ensureWallet(m, orgId);
      wallet = (await this.wallets.findWallet(m, orgId))!;
    }
    return { wallet, lots: await this.wallets.listLots(m, wallet.id) };
  }

  async ledger(orgId: string, limit: number, beforeId?: number): Promise<LedgerRow[]> {
    const wallet = await this.wallets.findWallet(this.dataSource.manager, orgId);
    return wallet ? this.wallets.listLedger(this.dataSource.manager, wallet.id, limit, beforeId) : [];
  }

  /**
   * Expires, under the wallet lock, every lot past its expiry that still has available credits
   * (the database's wallet_sweep_expired): the credits leave the balance and their unreleased
   * value becomes platform breakage. Returns the wallet as it is afterwards.
   */
  private async sweepLocked(m: EntityManager, wallet: WalletRow): Promise<WalletRow> {
    const expired = await this.wallets.sweepExpired(m, wallet.id);
    return expired > 0 ? { ...wallet, balance: wallet.balance - expired } : wallet;
  }
}

function spendCall(input: SpendInput): SpendCall {
  return {
    orgId: input.orgId,
    credits: input.credits,
    associationId: input.associationId,
    revenueShareBps: input.revenueShareBps,
    kind: input.kind,
    reference: `${input.kind}:${input.referenceId}`,
    idempotencyKey: input.idempotencyKey,
    program: input.attribution?.program ?? null,
    graduationYear: input.attribution?.graduationYear ?? null,
  };
}

/**
 * What a wallet_spend outcome means for the caller: the movement, or a refusal to return (an
 * insufficient balance, after a sweep worth keeping), or one to throw.
 */
export function spendResult(result: SpendOutcome, credits: number): MovementResult | WalletError {
  if (result.outcome === 'spent' || result.outcome === 'replayed') {
    return {
      ledgerEntryId: result.ledgerEntryId!,
      credits,
      balance: result.balance,
      heldCredits: result.heldCredits,
      draws: result.draws,
      replayed: result.outcome === 'replayed',
    };
  }
  const refusal = spendRefusal(result.outcome, credits, result.balance);
  if (refusal instanceof WalletError && refusal.code === 'insufficient_credits') return refusal;
  throw refusal;
}

/** The error for a spend the wallet refused. */
export function spendRefusal(outcome: Exclude<SpendOutcomeCode, 'spent' | 'replayed'>, credits: number, balance: number): Error {
  switch (outcome) {
    case 'insufficient':
      return insufficient(credits, balance);
    case 'frozen':
      return new WalletError('wallet_frozen', 'The wallet is frozen while a payment dispute is open');
    case 'key_reused':
      return new WalletError('idempotency_key_reused', 'This idempotency key was already used for another movement');
    case 'no_org':
      return new NotFoundError('Recruiter org');
  }
}

function insufficient(required: number, balance: number): WalletError {
  return new WalletError('insufficient_credits', `This costs ${required} credit(s); the wallet holds ${balance}`, { required, balance });
}

function assertPositiveCredits(credits: number): void {
  if (!Number.isSafeInteger(credits) || credits <= 0) throw new Error(`credits must be a positive integer (got ${credits})`);
}

/** Takes `credits` from lots already in draw order. The caller has checked the balance. */
function drawFromLots(lots: LotRow[], credits: number): Array<{ lot: LotRow; credits: number }> {
  const draws: Array<{ lot: LotRow; credits: number }> = [];
  let needed = credits;
  for (const lot of lots) {
    if (needed === 0) break;
    const take = Math.min(lot.remaining, needed);
    if (take > 0) draws.push({ lot, credits: take });
    needed -= take;
  }
  // The wallet cache equals the sum of its lots' available credits; a shortfall means it drifted.
  if (needed > 0) throw new Error('wallet balance and lots disagree');
  return draws;
}

/**
 * Moves held credits of a lot into consumed and returns the value released, by cumulative
 * rounding (see releasedValue; wallet_spend applies the same rule to available credits).
 */
function consumeHeld(lot: LotRow, credits: number): number {
  lot.held -= credits;
  lot.consumed += credits;
  const released = releasedValue(lot.amountPaidMinor, lot.granted, lot.consumed + lot.expired);
  const gross = released - lot.releasedMinor;
  lot.releasedMinor = released;
  return gross;
}

function consumptionRevenue(lot: LotRow, credits: number, gross: number, input: ConsumeHeldInput): NewRevenueEntry {
  const share = associationShare(gross, input.revenueShareBps);
  return {
    orgId: input.orgId,
    associationId: input.associationId,
    lotId: lot.id,
    ledgerEntryId: null,
    credits,
    grossMinor: gross,
    associationShareMinor: share,
    platformShareMinor: gross - share,
    revenueShareBps: input.revenueShareBps,
    currency: lot.currency,
    kind: input.kind,
    reference: input.reference,
    program: input.attribution?.program ?? null,
    graduationYear: input.attribution?.graduationYear ?? null,
  };
}

function replay(previous: LedgerRow, wallet: WalletRow, kind: LedgerRow['kind'], creditsDelta: number, heldDelta: number): MovementResult {
  // The same key for a different movement is a caller bug; applying it again would double-count.
  if (previous.kind !== kind || previous.creditsDelta !== creditsDelta || previous.heldDelta !== heldDelta) {
    throw new WalletError('idempotency_key_reused', 'This idempotency key was already used for another movement');
  }
  return {
    ledgerEntryId: previous.id,
    credits: Math.abs(creditsDelta !== 0 ? creditsDelta : heldDelta),
    balance: wallet.balance,
    heldCredits: wallet.heldCredits,
    draws: ((previous.details.draws as LotDraw[] | undefined) ?? []).map((d) => ({ ...d })),
    replayed: true,
  };
}
