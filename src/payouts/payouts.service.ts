import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import Stripe from 'stripe';
import { addressableAssociationId } from '../auth/ownership';
import { Principal } from '../auth/principal';
import { createdAtCursor, createdAtCursorOf, Page, PageQueryDto, toPage } from '../common/pagination';
import { AppConfig } from '../config/app-config';
import { EventsService } from '../events/events.service';
import { JobsService } from '../jobs/jobs.service';
import { StripeClient } from '../payments/stripe-client';
import { NotFoundError } from '../common/domain-error';
import { PayoutResponseDto } from './dto/payout-response.dto';
import { ConnectStatusDto, PayoutSummaryDto } from './dto/payout-summary.dto';
import { PayoutRow, PayoutsRepository } from './payouts.repository';

/**
 * Monthly Stripe Connect transfers of each association's payable balance:
 *
 *   amount = association shares recognised up to the period end
 *            − the amounts of its other payouts (paid, or failed/pending and still to be retried)
 *            − a reserve of PAYOUT_RESERVE_BPS of the period's own shares (floor), released next period.
 *
 * Money invariant: one payout row per association, period and currency (unique constraint), its
 * amount fixed at creation, and one Stripe idempotency key per row and key generation. The key
 * changes only after Stripe definitively refused a transfer (it created nothing); after a network
 * error or a 5xx the retry reuses the key, so Stripe can never create two transfers for a period.
 */
@Injectable()
export class PayoutsService implements OnModuleInit {
  private readonly logger = new Logger(PayoutsService.name);

  constructor(
    private readonly payouts: PayoutsRepository,
    private readonly stripe: StripeClient,
    private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly events: EventsService,
  ) {}

  onModuleInit(): void {
    if (this.config.paymentsEnabled) this.jobs.register({ name: 'payouts', run: () => this.run() });
  }

  /** The scheduled job: creates last month's payouts (each association's own time zone), then sends every unpaid one. */
  async run(period?: string): Promise<{ created: number; paid: number; failed: number }> {
    for (const a of await this.payouts.associationsWithConnect()) {
      await this.prepare(a, period ?? (await this.payouts.previousPeriod(a.timeZone)));
    }
    return this.sendUnpaid();
  }

  private async prepare(a: { id: string; destination: string; timeZone: string }, period: string): Promise<void> {
    await this.payouts.transaction(async (m) => {
      await this.payouts.lockAssociation(m, a.id);
      for (const p of await this.payouts.payables(m, a.id, period, a.timeZone)) {
        const reserve = Math.floor((p.periodShares * this.config.payoutReserveBps) / 10_000);
        const amount = p.sharesToPeriodEnd - p.alreadyPaidOut - reserve;
        if (amount <= 0) continue;
        await this.payouts.insertIfAbsent(m, {
          associationId: a.id,
          period,
          currency: p.currency,
          amountMinor: amount,
          sharesToPeriodEndMinor: p.sharesToPeriodEnd,
          reserveMinor: reserve,
          destination: a.destination,
        });
      }
    });
  }

  private async sendUnpaid(): Promise<{ created: number; paid: number; failed: number }> {
    const result = { created: 0, paid: 0, failed: 0 };
    for (const payout of await this.payouts.unpaid(500)) {
      if (payout.attempts === 0) result.created++;
      if (await this.send(payout)) result.paid++;
      else result.failed++;
    }
    return result;
  }

  private async send(payout: PayoutRow): Promise<boolean> {
    const base = `payout-${payout.associationId}-${payout.period}-${payout.currency}`;
    const idempotencyKey = payout.keyGeneration === 0 ? base : `${base}-r${payout.keyGeneration}`;
    try {
      const transfer = await this.stripe.stripe.transfers.create(
        {
          amount: payout.amountMinor,
          currency: payout.currency,
          destination: payout.destination,
          transfer_group: `payout-${payout.associationId}-${payout.period}`,
          metadata: { payoutId: payout.id, associationId: payout.associationId, period: payout.period },
        },
        { idempotencyKey },
      );
      await this.payouts.transaction(async (m) => {
        if (!(await this.payouts.markPaid(m, payout.id, transfer.id))) return;
        await this.events.record(m, [
          {
            type: 'payout.paid',
            to: { associationId: payout.associationId },
            data: { payoutId: payout.id, amountMinor: payout.amountMinor, currency: payout.currency },
          },
        ]);
      });
      return true;
    } catch (error) {
      const definitive =
        error instanceof Stripe.errors.StripeError &&
        typeof error.statusCode === 'number' &&
        error.statusCode < 500 &&
        error.statusCode !== 409 &&
        error.statusCode !== 429;
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.warn(`payout ${payout.id} failed: ${reason}`);
      await this.payouts.markFailed(payout.id, reason, definitive);
      return false;
    }
  }

  async list(principal: Principal, id: string, query: PageQueryDto): Promise<Page<PayoutResponseDto>> {
    const associationId = addressableAssociationId(principal, id);
    const rows = await this.payouts.page(associationId, query.limit, createdAtCursor(query.cursor));
    return toPage(rows, query.limit, (r) => createdAtCursorOf(r), PayoutResponseDto.from);
  }

  /**
   * The payouts page's figures in one answer: Connect status, payable balance, the current
   * month's accrued share and the payout it would make as things stand (the same formula as
   * prepare(), before the month ends).
   */
  async summary(principal: Principal, id: string): Promise<PayoutSummaryDto> {
    const associationId = addressableAssociationId(principal, id);
    const a = await this.payouts.connectOf(associationId);
    if (!a) throw new NotFoundError('Association');
    const balances = await this.payouts.balances(associationId, a.timeZone);
    const amounts = (pick: (b: (typeof balances)[number]) => number) =>
      balances.map((b) => ({ currency: b.currency, amountMinor: pick(b) })).filter((x) => x.amountMinor !== 0);
    const connect: ConnectStatusDto = {
      accountId: a.accountId,
      status: !a.accountId ? 'not_started' : a.payoutsEnabled ? 'enabled' : a.detailsSubmitted ? 'pending' : 'details_missing',
      detailsSubmitted: a.detailsSubmitted,
      payoutsEnabled: a.payoutsEnabled,
      updatedAt: a.statusAt ? a.statusAt.toISOString() : null,
    };
    return {
      timeZone: a.timeZone,
      currentPeriod: a.currentPeriod,
      connect,
      payableBalance: amounts((b) => b.sharesMinor - b.paidMinor - b.unpaidMinor),
      accruedThisPeriod: amounts((b) => b.accruedThisPeriodMinor),
      unpaid: amounts((b) => b.unpaidMinor),
      paidOut: amounts((b) => b.paidMinor),
      upcoming: balances
        .map((b) => ({
          period: a.currentPeriod,
          currency: b.currency,
          estimatedAmountMinor:
            b.sharesMinor - b.paidMinor - b.unpaidMinor - Math.floor((b.accruedThisPeriodMinor * this.config.payoutReserveBps) / 10_000),
          payableFrom: a.nextPeriodStart,
        }))
        .filter((u) => u.estimatedAmountMinor > 0),
    };
  }
}
