import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Stripe from 'stripe';
import { DataSource, EntityManager } from 'typeorm';
import { EventsService } from '../events/events.service';
import { ConnectAccountsRepository } from './connect-accounts.repository';
import { PaymentsError } from './payments.errors';
import { WalletService } from '../credits/wallet.service';
import { PurchaseRow, PurchasesRepository } from './purchases.repository';
import { StripeClient } from './stripe-client';

/** Stripe's default tolerance: a signature older than this is refused even if valid. */
const SIGNATURE_TOLERANCE_SECONDS = 300;
const DAY_MS = 86_400_000;

type Outcome = { status: 'processed' | 'ignored' | 'unmatched' | 'quarantined'; detail?: string };

/**
 * Receives Stripe events. The signature is checked over the raw bytes; the event id is then
 * inserted into the inbox in the same transaction as its effect, so a duplicate delivery —
 * even a concurrent one, which waits on the primary key — commits nothing a second time.
 * Stripe delivers out of order: handlers act on absolute state (purchase status, cumulative
 * amount refunded), never on deltas, and lock the purchase row before the wallet.
 */
@Injectable()
export class StripeWebhookService {
  private readonly logger = new Logger(StripeWebhookService.name);

  constructor(
    private readonly stripe: StripeClient,
    private readonly purchases: PurchasesRepository,
    private readonly wallet: WalletService,
    private readonly connectAccounts: ConnectAccountsRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
  ) {}

  async receive(rawBody: Buffer | undefined, signature: string | undefined): Promise<{ received: true; duplicate: boolean }> {
    const stripe = this.stripe.stripe;
    const secret = this.stripe.webhookSecret;
    if (!rawBody || !signature) throw invalidSignature('The Stripe-Signature header or the body is missing');
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(rawBody, signature, secret, SIGNATURE_TOLERANCE_SECONDS);
    } catch (error) {
      throw invalidSignature(error instanceof Error ? error.message : 'invalid signature');
    }
    // stripe-node only refuses old timestamps; one far in the future is as suspect (a signature
    // made ahead of time would stay replayable until then).
    const signedAt = Number(/(?:^|,)\s*t=(\d{1,12})(?:,|$)/.exec(signature)?.[1]);
    if (!(signedAt <= Date.now() / 1000 + SIGNATURE_TOLERANCE_SECONDS)) {
      throw invalidSignature('The signature timestamp is outside the tolerance zone');
    }
    checkEventShape(event);
    return this.dataSource.transaction(async (m) => {
      const fresh = await this.purchases.insertEvent(m, { id: event.id, type: event.type, payload: event });
      if (!fresh) return { received: true, duplicate: true };
      const outcome = await this.dispatch(m, event);
      await this.purchases.setEventOutcome(m, event.id, outcome.status, outcome.detail ?? null);
      if (outcome.status !== 'processed' && outcome.status !== 'ignored') {
        this.logger.warn(`stripe event ${event.id} (${event.type}) ${outcome.status}: ${outcome.detail ?? ''}`);
      }
      return { received: true, duplicate: false };
    });
  }

  private dispatch(m: EntityManager, event: Stripe.Event): Promise<Outcome> {
    switch (event.type) {
      case 'checkout.session.completed':
        return this.sessionCompleted(m, event.data.object, false);
      case 'checkout.session.async_payment_succeeded':
        return this.sessionCompleted(m, event.data.object, true);
      case 'checkout.session.async_payment_failed':
        return this.sessionClosed(m, event.data.object, 'failed');
      case 'checkout.session.expired':
        return this.sessionClosed(m, event.data.object, 'expired');
      case 'charge.refunded':
        return this.chargeRefunded(m, event.data.object);
      case 'charge.dispute.created':
        return this.disputeCreated(m, event.data.object);
      case 'charge.dispute.closed':
        return this.disputeClosed(m, event.data.object);
      case 'account.updated':
        return this.accountUpdated(m, event.data.object, event.created);
      default:
        return Promise.resolve({ status: 'ignored' });
    }
  }

  /** A connected account's onboarding state: payouts run only once Stripe enables them. */
  private async accountUpdated(m: EntityManager, account: Stripe.Account, created: number): Promise<Outcome> {
    const updated = await this.connectAccounts.applyStatus(m, {
      accountId: account.id,
      detailsSubmitted: account.details_submitted === true,
      payoutsEnabled: account.payouts_enabled === true,
      at: new Date(created * 1000),
    });
    return updated > 0
      ? { status: 'processed' }
      : { status: 'ignored', detail: `no association with account ${account.id}, or a newer status` };
  }

  private async lockPurchaseOfSession(m: EntityManager, session: Stripe.Checkout.Session): Promise<PurchaseRow | null> {
    const purchaseId = session.metadata?.purchaseId ?? session.client_reference_id;
    if (!purchaseId || !/^[0-9a-f-]{36}$/i.test(purchaseId)) return null;
    const purchase = await this.purchases.lockById(m, purchaseId);
    if (purchase?.stripeCheckoutSessionId && purchase.stripeCheckoutSessionId !== session.id) return null;
    return purchase;
  }

  private async sessionCompleted(m: EntityManager, session: Stripe.Checkout.Session, asyncSucceeded: boolean): Promise<Outcome> {
    const found = await this.lockPurchaseOfSession(m, session);
    if (!found) return { status: 'unmatched', detail: `no purchase for session ${session.id}` };
    const paymentIntentId = idOf(session.payment_intent);
    let purchase = found;
    if (paymentIntentId && !purchase.stripePaymentIntentId) {
      await this.purchases.lockPaymentIntent(m, paymentIntentId);
      await this.purchases.update(m, purchase.id, { stripePaymentIntentId: paymentIntentId });
      // Refund or dispute events delivered before this one could not be linked yet: apply them
      // now, in their arrival order (their handlers are idempotent and order-tolerant).
      for (const pending of await this.purchases.lockUnmatchedChargeEvents(m, paymentIntentId)) {
        const outcome = await this.dispatch(m, pending.payload as Stripe.Event);
        await this.purchases.setEventOutcome(
          m,
          pending.id,
          outcome.status,
          `replayed once the payment intent was known; ${outcome.detail ?? ''}`.trim(),
        );
      }
      purchase = (await this.purchases.lockById(m, purchase.id))!;
    }
    if (!asyncSucceeded && session.payment_status !== 'paid') return { status: 'processed', detail: 'awaiting async payment' };
    // Exactly once per purchase, whichever of completed / async_payment_succeeded comes first.
    if (purchase.status === 'paid' || purchase.status === 'quarantined') return { status: 'processed', detail: 'already settled' };

    if (session.amount_total !== purchase.amountMinor || session.currency?.toLowerCase() !== purchase.currency) {
      const detail = `paid ${session.amount_total} ${session.currency}, expected ${purchase.amountMinor} ${purchase.currency}`;
      await this.purchases.update(m, purchase.id, { status: 'quarantined', statusReason: detail });
      return { status: 'quarantined', detail };
    }
    const { lot } = await this.wallet.grant(m, {
      orgId: purchase.orgId,
      credits: purchase.credits,
      amountPaidMinor: purchase.amountMinor,
      currency: purchase.currency,
      expiresAt: new Date(Date.now() + purchase.validityDays * DAY_MS),
      source: 'purchase',
      purchaseId: purchase.id,
      idempotencyKey: `purchase:${purchase.id}`,
    });
    await this.purchases.update(m, purchase.id, { status: 'paid', statusReason: null, lotId: lot.id });
    await this.events.record(m, [
      {
        type: 'credits.purchased',
        to: { orgId: purchase.orgId },
        data: {
          purchaseId: purchase.id,
          credits: purchase.credits,
          expiresAt: lot.expiresAt ? new Date(lot.expiresAt).toISOString() : null,
        },
      },
    ]);
    // Refund or dispute events may have arrived before the payment was confirmed.
    if (purchase.amountRefundedMinor > 0) {
      await this.wallet.applyRefund(m, { orgId: purchase.orgId, lotId: lot.id, amountRefundedMinor: purchase.amountRefundedMinor });
    }
    if (purchase.disputeStatus === 'open') await this.freeze(m, purchase);
    return { status: 'processed' };
  }

  private async sessionClosed(m: EntityManager, session: Stripe.Checkout.Session, status: 'failed' | 'expired'): Promise<Outcome> {
    const purchase = await this.lockPurchaseOfSession(m, session);
    if (!purchase) return { status: 'unmatched', detail: `no purchase for session ${session.id}` };
    if (purchase.status !== 'pending') return { status: 'processed', detail: `purchase already ${purchase.status}` };
    await this.purchases.update(m, purchase.id, { status, statusReason: `checkout.session ${status}` });
    return { status: 'processed' };
  }

  private async chargeRefunded(m: EntityManager, charge: Stripe.Charge): Promise<Outcome> {
    const paymentIntentId = idOf(charge.payment_intent);
    const purchase = paymentIntentId ? await this.lockPurchaseOfPaymentIntent(m, paymentIntentId) : null;
    if (!purchase) return { status: 'unmatched', detail: `no purchase for payment intent ${paymentIntentId}` };
    // amount_refunded is cumulative: a stale or duplicated event carries a value already applied.
    if (charge.amount_refunded <= purchase.amountRefundedMinor) return { status: 'processed', detail: 'stale refund state' };
    await this.purchases.update(m, purchase.id, { amountRefundedMinor: charge.amount_refunded });
    if (purchase.lotId) {
      await this.wallet.applyRefund(m, { orgId: purchase.orgId, lotId: purchase.lotId, amountRefundedMinor: charge.amount_refunded });
    }
    return { status: 'processed' };
  }

  private async disputeCreated(m: EntityManager, dispute: Stripe.Dispute): Promise<Outcome> {
    const purchase = await this.purchaseOfDispute(m, dispute);
    if (!purchase) return { status: 'unmatched', detail: `no purchase for dispute ${dispute.id}` };
    // A closed dispute delivered before its creation must not re-freeze the wallet.
    if (purchase.disputeStatus === 'won' || purchase.disputeStatus === 'lost')
      return { status: 'processed', detail: 'dispute already closed' };
    if (purchase.disputeStatus === 'open') return { status: 'processed', detail: 'dispute already open' };
    await this.purchases.update(m, purchase.id, { disputeStatus: 'open' });
    await this.freeze(m, purchase);
    return { status: 'processed' };
  }

  private async freeze(m: EntityManager, purchase: PurchaseRow): Promise<void> {
    await this.wallet.setFrozen(m, purchase.orgId, true);
    await this.events.record(m, [{ type: 'wallet.frozen', to: { orgId: purchase.orgId }, data: { purchaseId: purchase.id } }]);
  }

  private async disputeClosed(m: EntityManager, dispute: Stripe.Dispute): Promise<Outcome> {
    const purchase = await this.purchaseOfDispute(m, dispute);
    if (!purchase) return { status: 'unmatched', detail: `no purchase for dispute ${dispute.id}` };
    const won = dispute.status === 'won' || dispute.status === 'warning_closed';
    await this.purchases.update(m, purchase.id, { disputeStatus: won ? 'won' : 'lost' });
    // A lost dispute keeps the wallet frozen until the platform settles the chargeback by hand.
    if (won && !(await this.purchases.hasOpenDispute(m, purchase.orgId))) await this.wallet.setFrozen(m, purchase.orgId, false);
    return { status: 'processed', detail: `dispute ${dispute.status}` };
  }

  private purchaseOfDispute(m: EntityManager, dispute: Stripe.Dispute): Promise<PurchaseRow | null> {
    const paymentIntentId = idOf(dispute.payment_intent);
    return paymentIntentId ? this.lockPurchaseOfPaymentIntent(m, paymentIntentId) : Promise.resolve(null);
  }

  private async lockPurchaseOfPaymentIntent(m: EntityManager, paymentIntentId: string): Promise<PurchaseRow | null> {
    await this.purchases.lockPaymentIntent(m, paymentIntentId);
    return this.purchases.lockByPaymentIntent(m, paymentIntentId);
  }
}

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}

/** A signed body is still untrusted in shape: the handlers below read `id`, `type` and `data.object`. */
function checkEventShape(event: Stripe.Event): void {
  const e = event as unknown as { id?: unknown; type?: unknown; data?: { object?: unknown } | null };
  const ok =
    typeof e?.id === 'string' &&
    e.id.length > 0 &&
    e.id.length <= 255 &&
    typeof e.type === 'string' &&
    e.type.length > 0 &&
    typeof e.data === 'object' &&
    e.data !== null &&
    typeof e.data.object === 'object' &&
    e.data.object !== null &&
    !Array.isArray(e.data.object);
  if (!ok) throw new PaymentsError('webhook_event_invalid', 'The event needs a string id and type and a data.object');
}

function invalidSignature(detail: string): PaymentsError {
  return new PaymentsError('webhook_signature_invalid', detail);
}
