import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { InvisibilityReason, Visibility, VisibilityService } from '../access/visibility.service';
import { RecruiterPrincipal } from '../auth/principal';
import { DomainError, NotFoundError } from '../common/domain-error';
import { idempotencyPrincipal, IdempotencyService, requestHash } from '../common/idempotency.service';
import { createdAtCursor, PageQueryDto, toPage } from '../common/pagination';
import { TransactionBatcher } from '../database/transaction-batcher';
import { spendRefusal, WalletService } from '../wallet/wallet.service';
import { UnlockDto, UnlockPageDto, UnlockResponseDto } from './dto/unlock-response.dto';
import { FullProfileDto, ProfilePreviewDto, toFullProfile, toPreview } from './profile-views';
import { UnlockContext, UnlockRow, UnlocksRepository } from './unlocks.repository';

/** Unlocks of one org queued behind a busy transaction share the next one (see TransactionBatcher). */
const MAX_UNLOCKS_PER_TRANSACTION = 16;

const POLICY_REASONS: ReadonlySet<InvisibilityReason> = new Set(['association_closed', 'access_not_approved', 'blocked_by_association']);

export interface UnlockOutcome {
  /** 201 for the first unlock, 200 when the org had already unlocked the profile. */
  status: 201 | 200;
  body: UnlockResponseDto;
}

/**
 * Profile reads and unlocks for recruiter orgs. Every answer starts from the VisibilityService,
 * read inside the same transaction as the effect it authorises.
 */
@Injectable()
export class ProfilesService {
  private readonly batches: TransactionBatcher;

  constructor(
    private readonly visibility: VisibilityService,
    private readonly unlocks: UnlocksRepository,
    private readonly wallet: WalletService,
    private readonly access: AccessService,
    private readonly idempotency: IdempotencyService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.batches = new TransactionBatcher(dataSource, MAX_UNLOCKS_PER_TRANSACTION);
  }

  /** Preview, or the full profile when the org unlocked it and consent still allows. */
  async get(principal: RecruiterPrincipal, alumnusId: string): Promise<ProfilePreviewDto | FullProfileDto> {
    return this.dataSource.transaction(async (manager) => {
      const { seen, context } = await this.read(manager, principal.orgId, alumnusId, false);
      if (seen.level === 'none') throw this.invisible(seen, context?.existing != null);
      if (!context) throw new NotFoundError('Profile');
      await this.access.recordAccess(principal.orgId, alumnusId, 'preview_view', manager);
      const { alumnus, existing } = context;
      return existing && seen.level === 'full' ? toFullProfile(alumnus, seen.contactable) : toPreview(alumnus, seen.contactable);
    });
  }

  /**
   * Unlocks a profile for the whole org. The first unlock charges the association's price in the
   * same transaction that inserts the unlock row; a repeated or concurrent one finds the row (the
   * unique constraint makes concurrent callers wait for the winner) and charges nothing.
   *
   * Concurrent unlocks of one org all lock its wallet row, so they run one after another anyway:
   * they are batched per org, each in its own savepoint, with one commit per batch. Unlocks with
   * an Idempotency-Key run alone, in the idempotency record's transaction.
   */
  async unlock(principal: RecruiterPrincipal, alumnusId: string, idempotencyKey?: string): Promise<UnlockOutcome> {
    if (!idempotencyKey) return this.batches.run(principal.orgId, (manager) => this.unlockIn(manager, principal, alumnusId));
    const hash = requestHash(`POST /v1/profiles/${alumnusId}/unlock`, {});
    const result = await this.idempotency.run(
      idempotencyPrincipal(principal),
      idempotencyKey,
      hash,
      (outcome: UnlockOutcome) => outcome.status,
      (manager) => this.unlockIn(manager, principal, alumnusId),
    );
    return result.body;
  }

  private async unlockIn(manager: EntityManager, principal: RecruiterPrincipal, alumnusId: string): Promise<UnlockOutcome> {
    const orgId = principal.orgId;
    // FOR SHARE on the alumnus: a consent withdrawal waits for this transaction, so the consent
    // that authorised the charge holds until the unlock is committed.
    const { seen, context } = await this.read(manager, orgId, alumnusId, true);
    const existing = context?.existing ?? null;
    if (seen.level === 'none') throw this.invisible(seen, existing !== null);
    if (seen.level !== 'full') {
      throw existing
        ? new DomainError('consent_withdrawn', 'The alumnus no longer allows full-profile access')
        : new DomainError('not_unlockable', 'The alumnus allows a preview but not a full-profile unlock');
    }
    if (!context) throw new NotFoundError('Profile');
    const { alumnus, pricing } = context;
    const profile = toFullProfile(alumnus, seen.contactable);

    if (existing) return this.alreadyUnlocked(manager, orgId, existing, profile);
    // Insert, charge (wallet_spend) and access-log entry in one round trip; the reference lets
    // the alumnus's access log show what the association earned. Program and graduation year
    // (not personal on their own) let reports group revenue.
    const price = pricing.unlockPriceCredits;
    const charged = await this.unlocks.insertAndCharge(manager, {
      orgId,
      alumnusId,
      associationId: seen.associationId!,
      price,
      revenueShareBps: pricing.revenueShareBps,
      program: alumnus.program,
      graduationYear: alumnus.graduationYear,
    });
    if (charged.outcome === 'exists') {
      return { status: 200, body: { unlock: UnlockDto.from(charged.unlock), profile, creditsCharged: 0, balance: charged.balance } };
    }
    if (charged.outcome !== 'spent') throw spendRefusal(charged.outcome, price, charged.balance);
    return { status: 201, body: { unlock: UnlockDto.from(charged.unlock), profile, creditsCharged: price, balance: charged.balance } };
  }

  /** The visibility decision and the unlock context, in one statement (`lock`: FOR SHARE on the alumnus). */
  private async read(manager: EntityManager, orgId: string, alumnusId: string, lock: boolean): Promise<{ seen: Visibility; context: UnlockContext | null }> {
    const { visibility, row } = await this.visibility.forAlumnusWith<Record<string, unknown>>(orgId, alumnusId, manager, this.unlocks.contextRead(), {
      lock,
    });
    return { seen: visibility, context: row ? this.unlocks.contextFrom(orgId, row) : null };
  }

  private async alreadyUnlocked(
    manager: EntityManager,
    orgId: string,
    unlock: UnlockRow,
    profile: FullProfileDto,
  ): Promise<UnlockOutcome> {
    const balance = await this.wallet.balanceOf(orgId, manager);
    return { status: 200, body: { unlock: UnlockDto.from(unlock), profile, creditsCharged: 0, balance } };
  }

  async listUnlocks(principal: RecruiterPrincipal, query: PageQueryDto): Promise<UnlockPageDto> {
    const rows = await this.unlocks.listForOrg(principal.orgId, query.limit, createdAtCursor(query.cursor));
    return toPage(rows, query.limit, (r) => [new Date(r.createdAt).toISOString(), r.id], UnlockDto.from);
  }

  /** 403 for an association's policy, 410 for an org that had unlocked before a withdrawal, else 404. */
  private invisible(seen: Visibility, hadUnlocked: boolean): DomainError {
    if (seen.reason && POLICY_REASONS.has(seen.reason)) {
      return new DomainError('association_access_denied', 'The association does not give this org access to its alumni');
    }
    if (hadUnlocked && (seen.reason === 'consent_withdrawn' || seen.reason === 'consent_lapsed' || seen.reason === 'erased')) {
      return new DomainError('consent_withdrawn', 'The alumnus withdrew the consent this access relied on');
    }
    return new NotFoundError('Profile');
  }
}
