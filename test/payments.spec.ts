import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { WalletService } from '../src/credits/wallet.service';
import { grantCredits, spendOnce } from './support/credits';
import { AssociationFixture, newAssociation, newOrg, OrgFixture } from './support/factories';
import { FakeStripe } from './fakes/fake-stripe';
import { expectLedgerInvariants } from './support/ledger-invariants';
import { bearer, createTestApp, TestApp } from './support/test-app';

const WEBHOOK_SECRET = 'whsec_x';
const signer = new Stripe('sk_test_signer');

describe('credit packs, Stripe checkout and webhooks', () => {
  let t: TestApp;
  let fake: FakeStripe;
  let association: AssociationFixture;

  beforeAll(async () => {
    fake = new FakeStripe();
    const url = await fake.start();
    t = await createTestApp({
      env: { STRIPE_SECRET_KEY: 'sk_test_x', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_URL: url, LOT_EXPIRY_INTERVAL_SECONDS: '0' },
    });
    association = await newAssociation(t);
  });
  afterEach(() => expectLedgerInvariants(t.dataSource));
  afterAll(async () => {
    await t.close();
    await fake.stop();
  });

  async function newPack(fields: Record<string, unknown> = {}) {
    const res = await t
      .http()
      .post('/v1/credit-packs')
      .set(bearer(t.adminKey))
      .send({ name: 'Ten credits', credits: 10, priceMinor: 1000, currency: 'eur', validityDays: 365, ...fields })
      .expect(201);
    return res.body as { id: string; credits: number; priceMinor: number; currency: string };
  }

  async function checkout(org: OrgFixture, packId: string, idempotencyKey?: string) {
    const req = t.http().post('/v1/wallet/checkout-sessions').set(bearer(org.key));
    if (idempotencyKey) req.set('idempotency-key', idempotencyKey);
    const res = await req
      .send({ packId, successUrl: 'https://ats.example.com/ok', cancelUrl: 'https://ats.example.com/cancel' })
      .expect(201);
    return res.body as { checkoutUrl: string; sessionId: string; purchaseId: string };
  }

  function stripeEvent(type: string, object: Record<string, unknown>, id = `evt_${randomBytes(12).toString('hex')}`) {
    return {
      id,
      object: 'event',
      api_version: '2025-10-29.clover',
      created: Math.floor(Date.now() / 1000),
      type,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object },
    };
  }

  function sessionObject(session: { sessionId: string; purchaseId: string }, org: OrgFixture, fields: Record<string, unknown> = {}) {
    const stored = fake.sessions.get(session.sessionId)!;
    return {
      ...stored,
      status: 'complete',
      payment_status: 'paid',
      payment_intent: `pi_${session.purchaseId.replace(/-/g, '')}`,
      ...fields,
    };
  }

  function deliver(event: unknown, options: { secret?: string; timestamp?: number; signature?: string | null; body?: string } = {}) {
    const payload = JSON.stringify(event);
    const header =
      options.signature === null
        ? undefined
        : (options.signature ??
          signer.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? WEBHOOK_SECRET, timestamp: options.timestamp }));
    const req = t.http().post('/v1/webhooks/stripe').set('content-type', 'application/json');
    if (header) req.set('stripe-signature', header);
    return req.send(options.body ?? payload);
  }

  const balanceOf = async (org: OrgFixture) => (await t.http().get('/v1/wallet').set(bearer(org.key)).expect(200)).body;
  const purchase = async (id: string) =>
    (
      await t.dataSource.query(
        `SELECT status, lot_id, stripe_payment_intent_id, amount_refunded_minor::int AS refunded FROM credit_purchases WHERE id = $1`,
        [id],
      )
    )[0];
  const eventCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM stripe_events`))[0].n as number;

  async function paidPurchase(org: OrgFixture, packFields: Record<string, unknown> = {}) {
    const pack = await newPack(packFields);
    const session = await checkout(org, pack.id);
    const object = sessionObject(session, org);
    await deliver(stripeEvent('checkout.session.completed', object)).expect(200);
    return { pack, session, paymentIntent: object.payment_intent as string };
  }

  it('creates packs as platform admin and lists them to recruiters', async () => {
    const org = await newOrg(t);
    const pack = await newPack({ name: 'Listed pack' });
    await t
      .http()
      .post('/v1/credit-packs')
      .set(bearer(org.key))
      .send({ name: 'x', credits: 1, priceMinor: 1, currency: 'eur', validityDays: 1 })
      .expect(403);
    const bad = await t
      .http()
      .post('/v1/credit-packs')
      .set(bearer(t.adminKey))
      .send({ name: 'xy', credits: 0, priceMinor: 1, currency: 'EUR', validityDays: 1 })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['credits', 'currency']);
    const list = await t.http().get('/v1/credit-packs').query({ limit: 100 }).set(bearer(org.key)).expect(200);
    expect(list.body.data.map((p: { id: string }) => p.id)).toContain(pack.id);
  });

  it('creates a Checkout Session through the stripe library and grants nothing until the webhook', async () => {
    const org = await newOrg(t);
    const pack = await newPack();
    const session = await checkout(org, pack.id);
    expect(session.checkoutUrl).toMatch(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_/);
    const request = fake.requests.find((r) => r.path === '/v1/checkout/sessions' && r.body.client_reference_id === session.purchaseId)!;
    expect(request.idempotencyKey).toBe(`checkout-session:${session.purchaseId}`);
    expect(request.body).toMatchObject({
      mode: 'payment',
      metadata: { orgId: org.id, packId: pack.id, purchaseId: session.purchaseId },
      line_items: [{ quantity: '1', price_data: { currency: 'eur', unit_amount: '1000' } }],
    });
    expect(await purchase(session.purchaseId)).toMatchObject({ status: 'pending', lot_id: null });
    expect((await balanceOf(org)).balance).toBe(0);
    await t
      .http()
      .post('/v1/wallet/checkout-sessions')
      .set(bearer(org.key))
      .send({ packId: '00000000-0000-4000-8000-000000000000', successUrl: 'https://a.example/x', cancelUrl: 'https://a.example/y' })
      .expect(404);
  });

  it('retries a failed Stripe call with the same idempotency key, and answers 502 when Stripe stays down', async () => {
    const org = await newOrg(t);
    const pack = await newPack();
    fake.failNext = 1;
    const session = await checkout(org, pack.id);
    const attempts = fake.requests.filter((r) => r.idempotencyKey === `checkout-session:${session.purchaseId}`);
    expect(attempts).toHaveLength(2);
    fake.failNext = 10;
    const down = await t
      .http()
      .post('/v1/wallet/checkout-sessions')
      .set(bearer(org.key))
      .send({ packId: pack.id, successUrl: 'https://ats.example.com/ok', cancelUrl: 'https://ats.example.com/cancel' })
      .expect(502);
    fake.failNext = 0;
    expect(down.body.code).toBe('payment_provider_error');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM credit_purchases WHERE org_id = $1`, [org.id]);
    expect(n).toBe(1);
  }, 30_000);

  it('replays a checkout request with the same Idempotency-Key', async () => {
    const org = await newOrg(t);
    const pack = await newPack();
    const first = await checkout(org, pack.id, 'buy-1');
    const second = await checkout(org, pack.id, 'buy-1');
    expect(second).toEqual(first);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM credit_purchases WHERE org_id = $1`, [org.id]);
    expect(n).toBe(1);
  });

  it('grants credits once when the same completed event arrives 20 times concurrently', async () => {
    const org = await newOrg(t);
    const pack = await newPack();
    const session = await checkout(org, pack.id);
    const event = stripeEvent('checkout.session.completed', sessionObject(session, org));
    const responses = await Promise.all(Array.from({ length: 20 }, () => deliver(event)));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(responses.filter((r) => r.body.duplicate === false)).toHaveLength(1);
    const wallet = await balanceOf(org);
    expect(wallet.balance).toBe(10);
    expect(wallet.lots).toHaveLength(1);
    expect(wallet.lots[0]).toMatchObject({ source: 'purchase', purchaseId: session.purchaseId, amountPaidMinor: 1000 });
    expect(await purchase(session.purchaseId)).toMatchObject({ status: 'paid', stripe_payment_intent_id: expect.stringMatching(/^pi_/) });
    // The async-success event for the same purchase is a no-op too.
    await deliver(stripeEvent('checkout.session.async_payment_succeeded', sessionObject(session, org))).expect(200);
    expect((await balanceOf(org)).balance).toBe(10);
  });

  it('grants on async_payment_succeeded after an unpaid completion', async () => {
    const org = await newOrg(t);
    const pack = await newPack();
    const session = await checkout(org, pack.id);
    await deliver(stripeEvent('checkout.session.completed', sessionObject(session, org, { payment_status: 'unpaid' }))).expect(200);
    expect((await balanceOf(org)).balance).toBe(0);
    await deliver(stripeEvent('checkout.session.async_payment_succeeded', sessionObject(session, org))).expect(200);
    expect((await balanceOf(org)).balance).toBe(10);
  });

  it('refuses tampered, wrongly signed, unsigned and stale events with 400 and changes nothing', async () => {
    const org = await newOrg(t);
    const pack = await newPack();
    const session = await checkout(org, pack.id);
    const event = stripeEvent('checkout.session.completed', sessionObject(session, org));
    const before = await eventCount();
    const payload = JSON.stringify(event);
    const header = signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    const tampered = JSON.stringify({ ...event, data: { object: { ...event.data.object, amount_total: 1 } } });
    const attempts = [
      await deliver(event, { signature: header, body: tampered }),
      await deliver(event, { secret: 'whsec_wrong' }),
      await deliver(event, { signature: null }),
      await deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 600 }),
      await deliver(event, { signature: 'garbage' }),
    ];
    for (const res of attempts) {
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('webhook_signature_invalid');
    }
    expect(await eventCount()).toBe(before);
    expect((await balanceOf(org)).balance).toBe(0);
    expect(await purchase(session.purchaseId)).toMatchObject({ status: 'pending' });
    // A whitespace-only change re-serialised by a proxy also breaks the signature: raw bytes count.
    const res = await deliver(event, { signature: header, body: JSON.stringify(event, null, 2) });
    expect(res.status).toBe(400);
  });

  it('quarantines a payment whose amount or currency does not match the pack', async () => {
    const org = await newOrg(t);
    const pack = await newPack();
    const session = await checkout(org, pack.id);
    await deliver(stripeEvent('checkout.session.completed', sessionObject(session, org, { amount_total: 1 }))).expect(200);
    expect(await purchase(session.purchaseId)).toMatchObject({ status: 'quarantined', lot_id: null });
    const other = await checkout(org, pack.id);
    await deliver(stripeEvent('checkout.session.completed', sessionObject(other, org, { currency: 'usd' }))).expect(200);
    expect(await purchase(other.purchaseId)).toMatchObject({ status: 'quarantined' });
    expect((await balanceOf(org)).balance).toBe(0);
    const [{ status }] = await t.dataSource.query(`SELECT status FROM stripe_events ORDER BY received_at DESC LIMIT 1`);
    expect(status).toBe('quarantined');
  });

  it('marks failed and expired checkouts', async () => {
    const org = await newOrg(t);
    const pack = await newPack();
    const failed = await checkout(org, pack.id);
    const expired = await checkout(org, pack.id);
    await deliver(stripeEvent('checkout.session.async_payment_failed', sessionObject(failed, org, { payment_status: 'unpaid' }))).expect(
      200,
    );
    await deliver(
      stripeEvent('checkout.session.expired', sessionObject(expired, org, { payment_status: 'unpaid', status: 'expired' })),
    ).expect(200);
    expect((await purchase(failed.purchaseId)).status).toBe('failed');
    expect((await purchase(expired.purchaseId)).status).toBe('expired');
    expect((await balanceOf(org)).balance).toBe(0);
  });

  it('applies refunds by cumulative amount, whatever the delivery order', async () => {
    const charge = (paymentIntent: string, amountRefunded: number) => ({
      id: `ch_${paymentIntent.slice(3)}`,
      object: 'charge',
      amount: 1000,
      amount_refunded: amountRefunded,
      currency: 'eur',
      payment_intent: paymentIntent,
      refunded: amountRefunded === 1000,
    });
    const states = [];
    for (const order of [
      [500, 1000],
      [1000, 500],
    ]) {
      const org = await newOrg(t);
      const { session, paymentIntent } = await paidPurchase(org);
      await spendOnce(t, org.id, association.id);
      await spendOnce(t, org.id, association.id);
      for (const amount of order) await deliver(stripeEvent('charge.refunded', charge(paymentIntent, amount))).expect(200);
      const refundedTwice = stripeEvent('charge.refunded', charge(paymentIntent, order[1]));
      await deliver(refundedTwice).expect(200);
      await deliver(refundedTwice).expect(200);
      const wallet = await balanceOf(org);
      states.push({ balance: wallet.balance, lot: wallet.lots[0], purchase: await purchase(session.purchaseId) });
    }
    for (const state of states) {
      expect(state.balance).toBe(0);
      expect(state.lot).toMatchObject({ creditsConsumed: 2, creditsRevoked: 8, creditsRemaining: 0, releasedMinor: 200 });
      expect(state.purchase.refunded).toBe(1000);
    }
    // A partial refund revokes unspent credits in proportion: 30 % of 10 credits = 3.
    const org = await newOrg(t);
    const { paymentIntent } = await paidPurchase(org);
    await deliver(stripeEvent('charge.refunded', charge(paymentIntent, 300))).expect(200);
    expect((await balanceOf(org)).balance).toBe(7);
    const ledger = await t.http().get('/v1/wallet/ledger').set(bearer(org.key)).expect(200);
    expect(ledger.body.data[0]).toMatchObject({ kind: 'refund', credits: -3 });
  });

  it('applies refund and dispute events that arrive before the checkout completion', async () => {
    const org = await newOrg(t);
    const pack = await newPack();
    const session = await checkout(org, pack.id);
    const object = sessionObject(session, org);
    const paymentIntent = object.payment_intent as string;
    await deliver(
      stripeEvent('charge.refunded', {
        id: 'ch_early',
        object: 'charge',
        amount: 1000,
        amount_refunded: 400,
        payment_intent: paymentIntent,
      }),
    ).expect(200);
    await deliver(
      stripeEvent('charge.dispute.created', { id: 'dp_early', object: 'dispute', payment_intent: paymentIntent, status: 'needs_response' }),
    ).expect(200);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM stripe_events WHERE status = 'unmatched' AND payload #>> '{data,object,payment_intent}' = $1`,
      [paymentIntent],
    );
    expect(n).toBe(2);
    await deliver(stripeEvent('checkout.session.completed', object)).expect(200);
    const wallet = await balanceOf(org);
    expect(wallet).toMatchObject({ balance: 6, frozen: true });
    expect(wallet.lots[0]).toMatchObject({ creditsRevoked: 4 });
    expect(await purchase(session.purchaseId)).toMatchObject({ status: 'paid', refunded: 400 });
    const [{ left }] = await t.dataSource.query(
      `SELECT count(*)::int AS left FROM stripe_events WHERE status = 'unmatched' AND payload #>> '{data,object,payment_intent}' = $1`,
      [paymentIntent],
    );
    expect(left).toBe(0);
  });

  it('links a refund racing the checkout completion', async () => {
    for (let i = 0; i < 8; i++) {
      const org = await newOrg(t);
      const pack = await newPack();
      const session = await checkout(org, pack.id);
      const object = sessionObject(session, org);
      const refund = stripeEvent('charge.refunded', {
        id: `ch_race${i}`,
        object: 'charge',
        amount: 1000,
        amount_refunded: 400,
        payment_intent: object.payment_intent,
      });
      const responses = await Promise.all([deliver(refund), deliver(stripeEvent('checkout.session.completed', object))]);
      expect(responses.map((r) => r.status)).toEqual([200, 200]);
      const wallet = await balanceOf(org);
      expect(wallet.balance).toBe(6);
      expect(wallet.lots[0].creditsRevoked).toBe(4);
    }
  });

  it('freezes the wallet on a dispute and unfreezes it when the dispute is won', async () => {
    const org = await newOrg(t);
    const { paymentIntent } = await paidPurchase(org);
    const dispute = (status: string) => ({
      id: `dp_${paymentIntent.slice(3, 20)}`,
      object: 'dispute',
      amount: 1000,
      currency: 'eur',
      charge: 'ch_x',
      payment_intent: paymentIntent,
      status,
    });
    await deliver(stripeEvent('charge.dispute.created', dispute('needs_response'))).expect(200);
    expect((await balanceOf(org)).frozen).toBe(true);
    await expect(spendOnce(t, org.id, association.id)).rejects.toMatchObject({ code: 'wallet_frozen', status: 409 });
    await deliver(stripeEvent('charge.dispute.closed', dispute('won'))).expect(200);
    expect((await balanceOf(org)).frozen).toBe(false);
    await spendOnce(t, org.id, association.id);
    expect((await balanceOf(org)).balance).toBe(9);
  });

  it('keeps the wallet frozen after a lost dispute, and ignores a creation delivered after the closing', async () => {
    const lost = await newOrg(t);
    const a = await paidPurchase(lost);
    const dispute = (pi: string, status: string) => ({ id: `dp_${pi.slice(3, 20)}`, object: 'dispute', payment_intent: pi, status });
    await deliver(stripeEvent('charge.dispute.created', dispute(a.paymentIntent, 'needs_response'))).expect(200);
    await deliver(stripeEvent('charge.dispute.closed', dispute(a.paymentIntent, 'lost'))).expect(200);
    expect((await balanceOf(lost)).frozen).toBe(true);
    await expect(
      t.app.get(WalletService).hold(undefined, { orgId: lost.id, credits: 1, reference: 'c', idempotencyKey: 'h' }),
    ).rejects.toMatchObject({ code: 'wallet_frozen' });

    const late = await newOrg(t);
    const b = await paidPurchase(late);
    await deliver(stripeEvent('charge.dispute.closed', dispute(b.paymentIntent, 'won'))).expect(200);
    await deliver(stripeEvent('charge.dispute.created', dispute(b.paymentIntent, 'needs_response'))).expect(200);
    expect((await balanceOf(late)).frozen).toBe(false);
  });

  it('stores unknown events as ignored and acknowledges them', async () => {
    const event = stripeEvent('customer.created', { id: 'cus_1', object: 'customer' });
    const res = await deliver(event).expect(200);
    expect(res.body).toEqual({ received: true, duplicate: false });
    const [row] = await t.dataSource.query(`SELECT status FROM stripe_events WHERE id = $1`, [event.id]);
    expect(row.status).toBe('ignored');
  });
});

describe('payments without Stripe keys', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOT_EXPIRY_INTERVAL_SECONDS: '0' } });
  });
  afterAll(() => t.close());

  it('answers 503 payments_not_configured and keeps the wallet working', async () => {
    const org = await newOrg(t);
    const pack = await t
      .http()
      .post('/v1/credit-packs')
      .set(bearer(t.adminKey))
      .send({ name: 'Pack', credits: 1, priceMinor: 100, currency: 'eur', validityDays: 30 })
      .expect(201);
    const res = await t
      .http()
      .post('/v1/wallet/checkout-sessions')
      .set(bearer(org.key))
      .send({ packId: pack.body.id, successUrl: 'https://a.example/ok', cancelUrl: 'https://a.example/no' })
      .expect(503);
    expect(res.body.code).toBe('payments_not_configured');
    await t.http().post('/v1/webhooks/stripe').set('content-type', 'application/json').send('{}').expect(503);
    await grantCredits(t, org.id, { credits: 2 }).expect(201);
    expect((await t.http().get('/v1/wallet').set(bearer(org.key)).expect(200)).body.balance).toBe(2);
  });
});
