import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { InvisibilityReason, offerFor, Visibility, VisibilityService } from '../access/visibility.service';
import { RecruiterPrincipal } from '../auth/principal';
import { DomainError, NotFoundError } from '../common/domain-error';
import { IdempotencyClaim, idempotencyPrincipal, IdempotencyService, requestHash } from '../idempotency/idempotency.service';
import { createdAtCursor, PageQueryDto, toPage } from '../common/pagination';
import { BatchQueue, UnitOutcome } from '../common/batch-queue';
import { isOutcomeUnknown } from '../database/pg-errors';
import { EventsService } from '../events/events.service';
import { spendRefusal } from './wallet.service';
import { UnlockDto, UnlockPageDto, UnlockResponseDto } from './dto/unlock-response.dto';
import { FullProfileDto, toFullProfile } from '../access/profile-views';
import { UnlockCharge, UnlockContext, UnlockRow, UnlocksRepository } from './unlocks.repository';

/**
 * Concurrent unlocks are batched (see BatchQueue): one visibility read and one unlock_profiles
 * statement per batch. 32 units keep a batch's locks short. A call of unlock_profiles costs
 * mostly per call, not per unit, so units wait for the running batch and fill the next one,
 * which starts beside it once the running batch has read (its charge then overlaps the next
 * batch's read), or after 10 ms (a batch waiting for a row lock does not hold every org back).
 * Two batches started at once would compete for the same wallets and cost more PostgreSQL CPU
 * per unlock for the same throughput (bench/results/history.md, Unlocks).
 */
const MAX_UNLOCKS_PER_BATCH = 32;
const MAX_UNLOCK_BATCHES_IN_FLIGHT = 2;
const EXTRA_UNLOCK_BATCH_AFTER_MS = 10;
/** Reads of a unit whose alumni row keeps changing under it, before answering 409. */
const MAX_UNLOCK_ATTEMPTS = 3;

const POLICY_REASONS: ReadonlySet<InvisibilityReason> = new Set(['association_closed', 'access_not_approved', 'blocked_by_association']);

export interface UnlockOutcome {
  /** 201 for the first unlock, 200 when the org had already unlocked the profile. */
  status: 201 | 200;
  body: UnlockResponseDto;
}

interface UnlockUnit {
  orgId: string;
  alumnusId: string;
  /**
   * The id of the unlock row this request creates, drawn before its first attempt. If a charge's
   * commit succeeded but its answer was lost, the unit runs again (BatchQueue) and finds an unlock
   * with its own id: that is its charge, answered 201 (existingAnswer).
   */
  unlockId: string;
}

/** An unlock sent with an Idempotency-Key: the unit, and the key's claim. */
interface KeyedUnlockUnit extends UnlockUnit {
  claim: IdempotencyClaim;
}

/** A keyed unit's answer from its batch: the outcome, or `alone` when the batch could not claim its key. */
type KeyedBatchAnswer = { outcome: UnlockOutcome } | { alone: true };

/**
 * Unlocks for recruiter orgs: a spend of the org's credits. Every answer starts from the
 * VisibilityService, read inside the same transaction as the effect it authorises.
 */
@Injectable()
export class UnlocksService {
  private readonly batches: BatchQueue<UnlockUnit, UnlockOutcome>;
  private readonly keyedBatches: BatchQueue<KeyedUnlockUnit, KeyedBatchAnswer>;

  constructor(
    private readonly visibility: VisibilityService,
    private readonly unlocks: UnlocksRepository,
    private readonly idempotency: IdempotencyService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
  ) {
    // A unit whose batch lost its connection runs again even alone: the charge may be committed.
    const options = {
      maxBatch: MAX_UNLOCKS_PER_BATCH,
      maxInFlight: MAX_UNLOCK_BATCHES_IN_FLIGHT,
      extraBatchAfterMs: EXTRA_UNLOCK_BATCH_AFTER_MS,
      retryAlone: isOutcomeUnknown,
    };
    this.batches = new BatchQueue((units, readDone) => this.unlockAll(this.dataSource.manager, units, readDone), options);
    this.keyedBatches = new BatchQueue((units, readDone) => this.unlockKeyed(units, readDone), options);
  }

  /**
   * Unlocks a profile for the whole org. The first unlock charges the association's price in the
   * same transaction that inserts the unlock row; a repeated or concurrent one finds the row (the
   * unique constraint makes concurrent callers wait for the winner) and charges nothing.
   *
   * Concurrent unlocks (of any orgs) are batched: one visibility read and one charge statement
   * for all the units of a batch, each unit keeping its own outcome. Repeating a unit is safe (its
   * second run finds the unlock row), which BatchQueue's retry of a failed batch relies on; a unit
   * that finds the unlock row with its own id (its charge committed, the answer lost with the
   * connection) answers 201 with that charge.
   * Unlocks with an Idempotency-Key are batched among themselves (unlockKeyed): their keys are
   * stored in the same transaction as their charges.
   */
  async unlock(principal: RecruiterPrincipal, alumnusId: string, idempotencyKey?: string): Promise<UnlockOutcome> {
    const unit = { orgId: principal.orgId, alumnusId, unlockId: randomUUID() };
    if (!idempotencyKey) return this.batches.run(unit.orgId, unit);
    const claim = {
      principal: idempotencyPrincipal(principal),
      key: idempotencyKey,
      requestHash: requestHash(`POST /v1/profiles/${alumnusId}/unlock`, {}),
    };
    const keyed = { ...unit, claim };
    const answer = await this.keyedBatches.run(unit.orgId, keyed);
    // Run outside the queue, so that waiting for a key held elsewhere keeps no org busy.
    return 'outcome' in answer ? answer.outcome : this.unlockKeyedAlone(keyed);
  }

  /**
   * A batch of unlocks with Idempotency-Keys, in one transaction: claim the keys without waiting
   * (IdempotencyService.claimMany), decide and charge the claimed units (unlockAll), then store
   * the answers of those that succeeded and release the keys of those that were refused, as a
   * request alone would (refusals store nothing and may be retried). A key the batch cannot
   * claim (in flight elsewhere, already used, repeated in the batch) is answered `alone`: the
   * caller then runs it through IdempotencyService.run, which waits for the holder, replays the
   * stored answer or answers 422.
   */
  private async unlockKeyed(units: readonly KeyedUnlockUnit[], readDone: () => void): Promise<Array<UnitOutcome<KeyedBatchAnswer>>> {
    const outcomes: Array<UnitOutcome<KeyedBatchAnswer>> = units.map(() => ({ ok: true, value: { alone: true } }));
    // A key repeated in the batch is claimed for its first unit only; the others go alone.
    const seen = new Set<string>();
    const candidates: number[] = [];
    units.forEach(({ claim }, i) => {
      const id = `${claim.principal}\n${claim.key}`;
      if (!seen.has(id)) {
        seen.add(id);
        candidates.push(i);
      }
    });
    await this.dataSource.transaction(async (manager) => {
      const claimed = await this.idempotency.claimMany(
        manager,
        candidates.map((i) => units[i].claim),
      );
      const mine = candidates.filter((_, k) => claimed[k]);
      const results = await this.unlockAll(
        manager,
        mine.map((i) => units[i]),
        readDone,
      );
      await this.idempotency.settleMany(
        manager,
        mine.map((i, k) => {
          const result = results[k];
          const { principal, key } = units[i].claim;
          return { principal, key, response: result.ok ? { status: result.value.status, body: result.value } : null };
        }),
      );
      mine.forEach((i, k) => {
        const result = results[k];
        outcomes[i] = result.ok ? { ok: true, value: { outcome: result.value } } : result;
      });
    });
    return outcomes;
  }

  /** One keyed unlock in the idempotency record's own transaction (IdempotencyService.run). */
  private async unlockKeyedAlone(unit: KeyedUnlockUnit): Promise<UnlockOutcome> {
    const { principal, key, requestHash: hash } = unit.claim;
    const result = await this.idempotency.run(
      principal,
      key,
      hash,
      (outcome: UnlockOutcome) => outcome.status,
      async (manager) => {
        const [outcome] = await this.unlockAll(manager, [unit]);
        if (!outcome.ok) throw outcome.error;
        return outcome.value;
      },
    );
    return result.body;
  }

  /**
   * Decides and charges `units` (in the caller's transaction if `manager` has one), answering
   * each in input order. The charge statement locks each alumni row FOR SHARE and charges only if
   * it is still the version the decision was read from, so a consent withdrawal either makes the
   * unit read again or waits until the unlock is committed: the consent that authorised a charge
   * holds until the unlock exists. The reference of each charge lets the alumnus's access log show
   * what the association earned; program and graduation year (not personal on their own) let
   * reports group revenue.
   */
  private async unlockAll(
    manager: EntityManager,
    units: readonly UnlockUnit[],
    readDone?: () => void,
    attempt = 1,
  ): Promise<Array<UnitOutcome<UnlockOutcome>>> {
    const reads = await this.visibility.forPairsWith<Record<string, unknown>>(units, manager, this.unlocks.contextRead());
    // The next batch may read while this one charges (BatchQueue's extraBatchAfterMs).
    readDone?.();
    const outcomes: Array<UnitOutcome<UnlockOutcome>> = new Array(units.length);
    const charges: UnlockCharge[] = [];
    const pending: Array<{ index: number; profile: FullProfileDto }> = [];
    reads.forEach(({ visibility: seen, row }, index) => {
      const orgId = units[index].orgId;
      const context = row ? this.unlocks.contextFrom(orgId, row) : null;
      const refusal = this.unlockRefusal(seen, context);
      if (refusal || !context) {
        const own = context?.existing?.id === units[index].unlockId ? context.existing : null;
        outcomes[index] = {
          ok: false,
          error: refusal && own ? chargedThenRefused(refusal, own) : (refusal ?? new NotFoundError('Profile')),
        };
        return;
      }
      const { alumnus, pricing, existing } = context;
      const profile = toFullProfile(alumnus, offerFor(seen, pricing));
      if (existing) {
        outcomes[index] = existingAnswer(units[index], existing, profile, context.balance);
        return;
      }
      charges.push({
        unlockId: units[index].unlockId,
        orgId,
        alumnusId: alumnus.id,
        version: context.version,
        associationId: seen.associationId!,
        price: pricing.unlockPriceCredits,
        revenueShareBps: pricing.revenueShareBps,
        program: alumnus.program,
        graduationYear: alumnus.graduationYear,
      });
      pending.push({ index, profile });
    });
    if (charges.length === 0) return outcomes;
    const charged = await this.unlocks.insertAndCharge(manager, charges);
    const stale: number[] = [];
    charged.forEach(({ outcome, unlock, balance }, k) => {
      const { index, profile } = pending[k];
      const price = charges[k].price;
      if (outcome === 'stale') stale.push(index);
      else if (outcome === 'exists') outcomes[index] = existingAnswer(units[index], unlock, profile, balance);
      else if (outcome !== 'spent') outcomes[index] = { ok: false, error: spendRefusal(outcome, price, balance) };
      else
        outcomes[index] = {
          ok: true,
          value: { status: 201, body: { unlock: UnlockDto.from(unlock), profile, creditsCharged: price, balance } },
        };
    });
    // First unlocks only, in the transaction that charged them.
    await this.events.record(
      manager,
      charged.flatMap(({ outcome, unlock }, k) =>
        outcome === 'spent'
          ? [
              {
                type: 'profile.unlocked' as const,
                to: { orgId: charges[k].orgId },
                data: {
                  unlockId: unlock.id,
                  alumnusId: charges[k].alumnusId,
                  associationId: charges[k].associationId,
                  creditsCharged: charges[k].price,
                },
              },
            ]
          : [],
      ),
    );
    // The alumni row changed between the read and the charge (a consent change, an import), or
    // was being changed: decide again from the new row, one unit at a time (a unit alone waits
    // for the change instead of skipping it).
    for (const index of stale) {
      outcomes[index] =
        attempt < MAX_UNLOCK_ATTEMPTS
          ? (await this.unlockAll(manager, [units[index]], undefined, attempt + 1))[0]
          : { ok: false, error: new DomainError('conflict', 'The profile kept changing during the unlock; retry') };
    }
    return outcomes;
  }

  /** Why the org may not unlock (or re-open) this profile now, or null. */
  private unlockRefusal(seen: Visibility, context: UnlockContext | null): DomainError | null {
    const existing = context?.existing ?? null;
    if (seen.level === 'none') return invisible(seen, existing !== null);
    if (seen.level !== 'full') {
      return existing
        ? new DomainError('consent_withdrawn', 'The alumnus no longer allows full-profile access')
        : new DomainError('not_unlockable', 'The alumnus allows a preview but not a full-profile unlock');
    }
    return null;
  }

  /**
   * The visibility decision and the unlock context (the alumnus, the association's prices, this
   * org's unlock if any), in one statement: what a profile read decides from.
   */
  async read(manager: EntityManager, orgId: string, alumnusId: string): Promise<{ seen: Visibility; context: UnlockContext | null }> {
    const { visibility, row } = await this.visibility.forAlumnusWith<Record<string, unknown>>(
      orgId,
      alumnusId,
      manager,
      this.unlocks.contextRead(),
    );
    return { seen: visibility, context: row ? this.unlocks.contextFrom(orgId, row) : null };
  }

  async listUnlocks(principal: RecruiterPrincipal, query: PageQueryDto): Promise<UnlockPageDto> {
    const rows = await this.unlocks.listForOrg(principal.orgId, query.limit, createdAtCursor(query.cursor));
    return toPage(rows, query.limit, (r) => [new Date(r.createdAt).toISOString(), r.id], UnlockDto.from);
  }
}

/**
 * Why an org may not see a profile at all: 403 for an association's policy, 410 for an org that
 * had unlocked it before a withdrawal, else 404. Profile reads answer the same way.
 */
export function invisible(seen: Visibility, hadUnlocked: boolean): DomainError {
  if (seen.reason && POLICY_REASONS.has(seen.reason)) {
    return new DomainError('association_access_denied', 'The association does not give this org access to its alumni');
  }
  if (hadUnlocked && (seen.reason === 'consent_withdrawn' || seen.reason === 'consent_lapsed' || seen.reason === 'erased')) {
    return new DomainError('consent_withdrawn', 'The alumnus withdrew the consent this access relied on');
  }
  return new NotFoundError('Profile');
}

/**
 * A refusal met by a unit whose own unlock exists: an earlier attempt of this request charged it,
 * its answer was lost, and before the retry the alumnus withdrew consent (or the association
 * closed access). The profile cannot be shown any more, but the caller learns what it paid for:
 * the refusal's status and code, with the unlock and its charge as extension members.
 */
function chargedThenRefused(refusal: DomainError, unlock: UnlockRow): DomainError {
  const detail = `${refusal.detail ?? refusal.message} This request's unlock was charged (${unlock.creditsCharged} credits) just before.`;
  return new DomainError(refusal.code, detail, { unlock: UnlockDto.from(unlock), creditsCharged: unlock.creditsCharged });
}

/**
 * The answer when the org's unlock of the profile exists: 200 with nothing charged, unless the
 * unlock is the unit's own (an earlier attempt of this request committed it, its answer lost):
 * then 201 with what it charged.
 */
function existingAnswer(unit: UnlockUnit, unlock: UnlockRow, profile: FullProfileDto, balance: number): UnitOutcome<UnlockOutcome> {
  const own = unlock.id === unit.unlockId;
  const creditsCharged = own ? unlock.creditsCharged : 0;
  return { ok: true, value: { status: own ? 201 : 200, body: { unlock: UnlockDto.from(unlock), profile, creditsCharged, balance } } };
}
