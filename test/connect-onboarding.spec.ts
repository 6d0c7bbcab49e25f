import { PayoutsService } from '../src/payouts/payouts.service';
import { accountUpdatedEvent, FakeStripe } from './fakes/fake-stripe';
import { grantCredits, spendOnce } from './support/credits';
import { AssociationFixture, newAssociation, newOrg } from './support/factories';
import { deliverStripeEvent } from './support/stripe-events';
import { bearer, createTestApp, TestApp } from './support/test-app';

const WEBHOOK_SECRET = 'whsec_connect';

/** Stripe Connect onboarding by the association's owner, its webhooks, and payouts on top of it. */
describe('Stripe Connect onboarding and the payouts summary', () => {
  let t: TestApp;
  let fake: FakeStripe;
  let association: AssociationFixture;
  const summary = async (a: AssociationFixture) =>
    (await t.http().get(`/v1/associations/${a.id}/payouts/summary`).set(bearer(a.key)).expect(200)).body;
  const link = (a: AssociationFixture, key = a.key) => t.http().post(`/v1/associations/${a.id}/connect/account-links`).set(bearer(key));

  beforeAll(async () => {
    fake = new FakeStripe();
    const url = await fake.start();
    t = await createTestApp({
      env: {
        STRIPE_SECRET_KEY: 'sk_test_x',
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        STRIPE_API_URL: url,
        PUBLIC_BASE_URL: 'https://passerelle.example',
        BACKGROUND_JOBS: 'false',
        LOT_EXPIRY_INTERVAL_SECONDS: '0',
      },
    });
    association = await newAssociation(t, { recruiterAccess: 'open' });
  });
  afterAll(async () => {
    await t.close();
    await fake.stop();
  });

  it('creates one Express account and a fresh account link per call, returning to the payouts page', async () => {
    expect((await summary(association)).connect).toEqual({
      accountId: null,
      status: 'not_started',
      detailsSubmitted: false,
      payoutsEnabled: false,
      updatedAt: null,
    });
    const [first, second] = await Promise.all([link(association).expect(201), link(association).expect(201)]);
    expect(first.body.accountId).toMatch(/^acct_/);
    expect(second.body.accountId).toBe(first.body.accountId);
    expect(first.body.url).not.toBe(second.body.url);
    expect(first.body).toMatchObject({
      returnUrl: 'https://passerelle.example/association/payouts?connect=return',
      refreshUrl: 'https://passerelle.example/association/payouts?connect=refresh',
    });
    expect(Date.parse(first.body.expiresAt)).toBeGreaterThan(Date.now());
    // Concurrent first calls reuse Stripe's idempotency key: one account exists.
    expect([...fake.accounts.values()].filter((a) => a.metadata.associationId === association.id)).toHaveLength(1);
    const accountCreations = fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/accounts');
    expect(new Set(accountCreations.map((r) => r.idempotencyKey))).toEqual(new Set([`connect-account-${association.id}`]));
    expect(accountCreations[0].body).toMatchObject({ type: 'express', capabilities: { transfers: { requested: 'true' } } });
    expect(fake.accountLinks.slice(-2).map((l) => [l.type, l.return_url])).toEqual([
      ['account_onboarding', 'https://passerelle.example/association/payouts?connect=return'],
      ['account_onboarding', 'https://passerelle.example/association/payouts?connect=return'],
    ]);
    await link(association).expect(201);
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/accounts')).toHaveLength(accountCreations.length);
    expect((await summary(association)).connect).toMatchObject({ accountId: first.body.accountId, status: 'details_missing' });
  });

  it('is refused to a key without payouts:manage and to another association', async () => {
    const res = await t
      .http()
      .post(`/v1/associations/${association.id}/api-keys`)
      .set(bearer(association.key))
      .send({ name: 'viewer', scopes: ['revenue:read'] })
      .expect(201);
    const viewer = res.body.secret as string;
    expect((await link(association, viewer).expect(403)).body).toMatchObject({
      code: 'insufficient_scope',
      missingScopes: ['payouts:manage'],
    });
    await t.http().get(`/v1/associations/${association.id}/payouts/summary`).set(bearer(viewer)).expect(200);
    const other = await newAssociation(t);
    await link(association, other.key).expect(404);
    await t.http().get(`/v1/associations/${association.id}/payouts/summary`).set(bearer(other.key)).expect(404);
  });

  it('takes its status from account.updated: replays and older events change nothing', async () => {
    const accountId = (await summary(association)).connect.accountId as string;
    const now = Math.floor(Date.now() / 1000);
    const submitted = accountUpdatedEvent({ id: accountId, details_submitted: true, payouts_enabled: false }, now - 60);
    await deliverStripeEvent(t, submitted, WEBHOOK_SECRET).expect(200);
    expect((await summary(association)).connect).toMatchObject({ status: 'pending', detailsSubmitted: true, payoutsEnabled: false });

    const enabled = fake.completeOnboarding(accountId);
    await deliverStripeEvent(t, enabled, WEBHOOK_SECRET).expect(200);
    const after = (await summary(association)).connect;
    expect(after).toMatchObject({
      status: 'enabled',
      detailsSubmitted: true,
      payoutsEnabled: true,
      updatedAt: new Date(enabled.created * 1000).toISOString(),
    });

    // The same event again (Stripe retries, or a captured replay) is acknowledged as a duplicate.
    expect((await deliverStripeEvent(t, submitted, WEBHOOK_SECRET).expect(200)).body).toEqual({ received: true, duplicate: true });
    // An older state delivered late does not undo the newer one.
    await deliverStripeEvent(t, accountUpdatedEvent({ id: accountId, details_submitted: false }, now - 3600), WEBHOOK_SECRET).expect(200);
    expect((await summary(association)).connect).toEqual(after);
    // A forged event (wrong secret) is refused.
    await deliverStripeEvent(t, accountUpdatedEvent({ id: accountId, payouts_enabled: false }), 'whsec_forged').expect(400);
    expect((await summary(association)).connect).toEqual(after);
  });

  it('pays only enabled accounts, once per period, and shows the accrued share before the month ends', async () => {
    const pending = await newAssociation(t, { recruiterAccess: 'open' });
    await link(pending).expect(201); // onboarding started, never finished: no payouts
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 20, amountPaidMinor: 20_000 }).expect(201); // 1000 per credit
    for (const a of [association, pending]) {
      await spendOnce(t, org.id, a.id, 2, 8000); // share 1600, back-dated to last month below
      await spendOnce(t, org.id, a.id, 1, 8000); // share 800, this month
    }
    await t.dataSource.query(
      `UPDATE revenue_entries SET created_at = date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' - interval '3 days'
        WHERE credits = 2 AND association_id = ANY($1::uuid[])`,
      [[association.id, pending.id]],
    );
    const before = await summary(association);
    expect(before.payableBalance).toEqual([{ currency: 'eur', amountMinor: 2400 }]);
    expect(before.accruedThisPeriod).toEqual([{ currency: 'eur', amountMinor: 800 }]);
    // 2400 payable minus 10 % of this month's 800 kept in reserve.
    expect(before.upcoming).toEqual([
      { period: before.currentPeriod, currency: 'eur', estimatedAmountMinor: 2320, payableFrom: expect.stringMatching(/^\d{4}-\d{2}-01$/) },
    ]);

    const payouts = t.app.get(PayoutsService);
    await Promise.all([payouts.run(), payouts.run()]);
    await payouts.run();
    const list = (await t.http().get(`/v1/associations/${association.id}/payouts`).set(bearer(association.key)).expect(200)).body.data;
    expect(list.map((p: any) => [p.amountMinor, p.reserveMinor, p.status])).toEqual([[1440, 160, 'paid']]);
    const accountId = before.connect.accountId;
    expect([...fake.transfers.values()].filter((x) => x.destination === accountId).map((x) => x.amount)).toEqual([1440]);
    expect((await t.http().get(`/v1/associations/${pending.id}/payouts`).set(bearer(pending.key)).expect(200)).body.data).toEqual([]);

    const after = await summary(association);
    expect(after.paidOut).toEqual([{ currency: 'eur', amountMinor: 1440 }]);
    expect(after.payableBalance).toEqual([{ currency: 'eur', amountMinor: 960 }]);
    expect(after.unpaid).toEqual([]);
  });
});
