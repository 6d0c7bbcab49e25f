import { Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { addressableAssociationId } from '../auth/ownership';
import { Principal } from '../auth/principal';
import { NotFoundError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { PaymentsError } from '../payments/payments.errors';
import { StripeClient } from '../payments/stripe-client';
import { ConnectAccountLinkDto } from './dto/payout-summary.dto';
import { PayoutsRepository } from './payouts.repository';

/** The dashboard page Stripe sends the owner back to. */
export const CONNECT_RETURN_PATH = '/association/payouts';

/**
 * Stripe Connect onboarding by the association itself: an Express connected account (created
 * once: Stripe's idempotency key is derived from the association, so two concurrent first calls
 * get the same account) and a fresh Account Link on every call (links are single use and expire
 * within minutes). Whether payouts may run is decided only by Stripe's `account.updated` events
 * (see ConnectAccountsRepository), never by the owner coming back through the return URL.
 */
@Injectable()
export class ConnectOnboardingService {
  constructor(
    private readonly payouts: PayoutsRepository,
    private readonly stripe: StripeClient,
    private readonly config: AppConfig,
  ) {}

  async createAccountLink(principal: Principal, id: string): Promise<ConnectAccountLinkDto> {
    const associationId = addressableAssociationId(principal, id);
    const stripe = this.stripe.stripe;
    const association = await this.payouts.connectOf(associationId);
    if (!association) throw new NotFoundError('Association');
    let accountId = association.accountId;
    if (!accountId) {
      const account = await call(() =>
        stripe.accounts.create(
          {
            type: 'express',
            capabilities: { transfers: { requested: true } },
            business_profile: { name: association.name },
            metadata: { associationId },
          },
          { idempotencyKey: `connect-account-${associationId}` },
        ),
      );
      accountId = await this.payouts.transaction(async (m) => {
        const current = await this.payouts.lockConnectAccount(m, associationId);
        if (!current) throw new NotFoundError('Association');
        if (current.accountId) return current.accountId;
        await this.payouts.setConnectAccount(m, associationId, account.id);
        return account.id;
      });
    }
    const base = new URL(CONNECT_RETURN_PATH, this.config.publicBaseUrl);
    const returnUrl = `${base.href}?connect=return`;
    const refreshUrl = `${base.href}?connect=refresh`;
    const link = await call(() =>
      stripe.accountLinks.create({ account: accountId!, type: 'account_onboarding', return_url: returnUrl, refresh_url: refreshUrl }),
    );
    return { accountId, url: link.url, expiresAt: new Date(link.expires_at * 1000).toISOString(), returnUrl, refreshUrl };
  }
}

async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) {
      throw new PaymentsError('payment_provider_error', `Stripe refused the Connect request: ${error.message}`);
    }
    throw error;
  }
}
