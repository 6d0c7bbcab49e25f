import Stripe from 'stripe';
import { TestApp } from './test-app';

const signer = new Stripe('sk_test_signer');

/** Posts `event` to the Stripe webhook route, signed with `secret` over the exact bytes sent. */
export function deliverStripeEvent(t: TestApp, event: unknown, secret: string) {
  const payload = JSON.stringify(event);
  return t
    .http()
    .post('/v1/webhooks/stripe')
    .set('content-type', 'application/json')
    .set('stripe-signature', signer.webhooks.generateTestHeaderString({ payload, secret }))
    .send(payload);
}
