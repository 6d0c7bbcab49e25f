import { Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { AppConfig } from '../config/app-config';
import { PaymentsError } from './payments.errors';

/**
 * The Stripe client, or a 503 `payments_not_configured` when STRIPE_SECRET_KEY is unset (the
 * rest of the service works without payments). STRIPE_API_URL points it at another host, such
 * as the fake server the tests use.
 */
@Injectable()
export class StripeClient {
  private readonly client: Stripe | null;

  constructor(private readonly config: AppConfig) {
    const url = config.stripeApiUrl;
    this.client = config.stripeSecretKey
      ? new Stripe(config.stripeSecretKey, {
          maxNetworkRetries: 2,
          timeout: 20_000,
          appInfo: { name: 'passerelle' },
          ...(url
            ? {
                host: url.hostname,
                port: url.port || (url.protocol === 'https:' ? 443 : 80),
                protocol: url.protocol === 'https:' ? 'https' : 'http',
              }
            : {}),
        })
      : null;
  }

  get stripe(): Stripe {
    if (!this.client) throw notConfigured();
    return this.client;
  }

  get webhookSecret(): string {
    if (!this.config.stripeWebhookSecret) throw notConfigured();
    return this.config.stripeWebhookSecret;
  }
}

function notConfigured(): PaymentsError {
  return new PaymentsError('payments_not_configured', 'Payments are disabled: STRIPE_SECRET_KEY is not set on this server');
}
