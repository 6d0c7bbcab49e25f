import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Stripe from 'stripe';
import { DataSource, EntityManager } from 'typeorm';
import { RecruiterPrincipal } from '../auth/principal';
import { PaymentsError } from './payments.errors';
import { idempotencyPrincipal, IdempotencyService, requestHash } from '../idempotency/idempotency.service';
import { CreditPacksService } from '../credit-packs/credit-packs.service';
import { onceMoreIfOutcomeUnknown } from '../database/pg-errors';
import { CheckoutSessionResponseDto, CreateCheckoutSessionDto } from './dto/create-checkout-session.dto';
import { PurchasesRepository } from './purchases.repository';
import { StripeClient } from './stripe-client';

/**
 * Starts a purchase: a pending purchase row and a Stripe Checkout Session. No credits are granted
 * here — only the verified webhook does that (a success page can be forged or never reached).
 */
@Injectable()
export class CheckoutService {
  constructor(
    private readonly stripe: StripeClient,
    private readonly packs: CreditPacksService,
    private readonly purchases: PurchasesRepository,
    private readonly idempotency: IdempotencyService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async create(principal: RecruiterPrincipal, dto: CreateCheckoutSessionDto, idempotencyKey?: string): Promise<CheckoutSessionResponseDto> {
    const stripe = this.stripe.stripe;
    const pack = await this.packs.getActive(dto.packId);
    // The purchase row and the session id commit together; Stripe's own idempotency key (the
    // purchase id) makes a repeated attempt return the same session. The purchase id is drawn
    // before the first attempt: when the commit's answer is lost (isOutcomeUnknown), the attempt
    // runs once more, finds the purchase if the commit happened, and answers with its session,
    // instead of a 500 and a second purchase on the client's retry.
    const purchaseId = randomUUID();
    const start = async (manager: EntityManager, again = false): Promise<CheckoutSessionResponseDto> => {
      const purchase =
        (again ? await this.purchases.findForOrg(manager, purchaseId, principal.orgId) : null) ??
        (await this.purchases.insert(manager, {
          id: purchaseId,
          orgId: principal.orgId,
          packId: pack.id,
          credits: pack.credits,
          amountMinor: pack.priceMinor,
          currency: pack.currency,
          validityDays: pack.validityDays,
        }));
      const metadata = { orgId: principal.orgId, packId: pack.id, purchaseId: purchase.id };
      let session: Stripe.Checkout.Session;
      try {
        session = await stripe.checkout.sessions.create(
          {
            mode: 'payment',
            client_reference_id: purchase.id,
            metadata,
            payment_intent_data: { metadata },
            line_items: [
              pack.stripePriceId
                ? { price: pack.stripePriceId, quantity: 1 }
                : {
                    quantity: 1,
                    price_data: { currency: pack.currency, unit_amount: pack.priceMinor, product_data: { name: pack.name } },
                  },
            ],
            success_url: dto.successUrl,
            cancel_url: dto.cancelUrl,
          },
          { idempotencyKey: `checkout-session:${purchase.id}` },
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new PaymentsError('payment_provider_error', `Stripe could not create the checkout session: ${message}`);
      }
      if (purchase.stripeCheckoutSessionId !== session.id) {
        await this.purchases.update(manager, purchase.id, { stripeCheckoutSessionId: session.id });
      }
      return { checkoutUrl: session.url ?? '', sessionId: session.id, purchaseId: purchase.id };
    };
    if (!idempotencyKey) return onceMoreIfOutcomeUnknown((again) => this.dataSource.transaction((manager) => start(manager, again)));
    const hash = requestHash('POST /v1/wallet/checkout-sessions', dto);
    return (await this.idempotency.run(idempotencyPrincipal(principal), idempotencyKey, hash, 201, start)).body;
  }
}
