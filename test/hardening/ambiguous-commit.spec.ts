import { Client } from 'pg';
import { FakeStripe } from '../fakes/fake-stripe';
import { newAlumnus, sessionFor } from '../support/alumni-factories';
import { grantCredits } from '../support/credits';
import { AssociationFixture, newAssociation, newOrg, OrgFixture } from '../support/factories';
import { expectLedgerInvariants } from '../support/ledger-invariants';
import { PgCutProxy } from '../support/pg-cut-proxy';
import { bearer, createTestApp, TestApp } from '../support/test-app';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/**
 * The API reaches PostgreSQL through a proxy that drops the connection right after the commit of
 * an unlock's charge (or a contact request's hold), before the API hears of it. The API cannot
 * know whether the charge happened; it must find out, and answer the request with what really
 * happened: charged once, 201.
 */
describe('a charge whose commit succeeded but whose answer was lost', () => {
  let db: TestDatabase;
  let proxy: PgCutProxy;
  let stripe: FakeStripe;
  let t: TestApp;
  let association: AssociationFixture;
  beforeAll(async () => {
    db = await createTestDatabase();
    proxy = new PgCutProxy();
    const url = await proxy.start(db.url);
    stripe = new FakeStripe();
    const stripeUrl = await stripe.start();
    t = await createTestApp({
      database: { ...db, url },
      env: { STRIPE_SECRET_KEY: 'sk_test_x', STRIPE_WEBHOOK_SECRET: 'whsec_x', STRIPE_API_URL: stripeUrl },
    });
    association = await newAssociation(t, { recruiterAccess: 'open', unlockPriceCredits: 2, revenueShareBps: 7000 });
    await t.dataSource.query(`UPDATE associations SET contact_price_credits = 3 WHERE id = $1`, [association.id]);
  });
  afterEach(() => expectLedgerInvariants(t.dataSource));
  afterAll(async () => {
    await t.close();
    await proxy.stop();
    await stripe.stop();
    await db.drop();
  });

  const unlock = (org: OrgFixture, alumnusId: string, key?: string) => {
    const req = t.http().post(`/v1/profiles/${alumnusId}/unlock`).set(bearer(org.key));
    if (key) req.set('idempotency-key', key);
    return req.send();
  };
  const charges = async (org: OrgFixture) => {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM unlocks WHERE org_id = $1) AS unlocks,
              (SELECT count(*)::int FROM ledger_entries WHERE org_id = $1 AND kind = 'spend') AS spends,
              (SELECT balance::int FROM wallets WHERE org_id = $1) AS balance`,
      [org.id],
    );
    return row as { unlocks: number; spends: number; balance: number };
  };

  it('answers 201 with the charge, not 200 "already unlocked", and charges once', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 10, amountPaidMinor: 1000 }).expect(201);
    const { id } = await newAlumnus(t, association, 'unlockable');

    proxy.cutAfterCommitOf({ statement: 'unlock_profiles' });
    const cutsBefore = proxy.cuts;
    const res = await unlock(org, id);
    expect(proxy.cuts).toBe(cutsBefore + 1);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ creditsCharged: 2, balance: 8, unlock: { alumnusId: id, creditsCharged: 2 } });
    expect(await charges(org)).toEqual({ unlocks: 1, spends: 1, balance: 8 });

    // The unlock row is the one the answer names; asking again is free.
    const again = await unlock(org, id).expect(200);
    expect(again.body).toMatchObject({ creditsCharged: 0, balance: 8, unlock: { id: res.body.unlock.id } });
  });

  it('consent withdrawn between the lost answer and the retry: 410, naming the charge it made', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 10, amountPaidMinor: 1000 }).expect(201);
    const { id, row } = await newAlumnus(t, association, 'unlockable');
    const session = await sessionFor(t, association, id, String(row.email));

    let withdrawal = 0;
    proxy.cutAfterCommitOf({ statement: 'unlock_profiles' }, 0, async () => {
      withdrawal = (await t.http().delete('/v1/me/consent').set(bearer(session))).status;
    });
    const res = await unlock(org, id);
    expect(proxy.hookErrors).toEqual([]);
    expect(withdrawal).toBeLessThan(300);
    expect(res.status).toBe(410);
    const [stored] = await t.dataSource.query(`SELECT id FROM unlocks WHERE org_id = $1 AND alumnus_id = $2`, [org.id, id]);
    expect(res.body).toMatchObject({
      code: 'consent_withdrawn',
      creditsCharged: 2,
      unlock: { id: stored.id, alumnusId: id, creditsCharged: 2 },
    });
    expect(res.body.detail).toContain('charged (2 credits)');
    expect(res.body.profile).toBeUndefined();
    expect(await charges(org)).toEqual({ unlocks: 1, spends: 1, balance: 8 });
    // Another request of the same org is refused as before, with nothing about a charge.
    const later = await unlock(org, id).expect(410);
    expect(later.body.creditsCharged).toBeUndefined();
    expect(later.body.unlock).toBeUndefined();
  });

  it('answers every unit of a cut batch with what it was charged', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 20, amountPaidMinor: 2000 }).expect(201);
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push((await newAlumnus(t, association, 'unlockable')).id);

    // The org's wallet is locked elsewhere: the first unlock's batch waits for it, and the other
    // seven (same org) queue for the next batch, the one whose connection is cut.
    const holder = new Client({ connectionString: db.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM wallets WHERE org_id = $1 FOR UPDATE', [org.id]);
    proxy.cutAfterCommitOf({ statement: 'unlock_profiles' }, 1);
    const cutsBefore = proxy.cuts;
    const pending = Promise.all(ids.map((id) => unlock(org, id).then((r) => r)));
    // (Polled from outside the holder's transaction, which would keep seeing its first snapshot.)
    for (let waited = 0; ; waited += 50) {
      const [{ waiting }] = await t.dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (waiting > 0) break;
      if (waited > 10_000) throw new Error('the first unlock never waited for the wallet');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    await holder.query('COMMIT');
    await holder.end();
    const results = await pending;
    expect(proxy.cuts).toBe(cutsBefore + 1);
    // The cut batch held the seven others (unlock_profiles' first argument: the unlock ids).
    const cutIds = proxy.cutBinds.at(-1)![0]!.replace(/[{}"]/g, '').split(',');
    expect(cutIds).toHaveLength(7);
    expect(results.filter((r) => cutIds.includes(r.body.unlock.id))).toHaveLength(7);
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 201));
    expect(results.map((r) => r.body.creditsCharged)).toEqual(ids.map(() => 2));
    expect(new Set(results.map((r) => r.body.unlock.id)).size).toBe(8);
    expect(await charges(org)).toEqual({ unlocks: 8, spends: 8, balance: 4 });
  });

  it('with an Idempotency-Key: answers 201 and stores that answer for the key', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 10, amountPaidMinor: 1000 }).expect(201);
    const { id } = await newAlumnus(t, association, 'unlockable');

    proxy.cutAfterCommitOf({ statement: 'unlock_profiles' });
    const cutsBefore = proxy.cuts;
    const res = await unlock(org, id, 'ambiguous-1');
    expect(proxy.cuts).toBe(cutsBefore + 1);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ creditsCharged: 2, balance: 8 });
    const replay = await unlock(org, id, 'ambiguous-1').expect(201);
    expect(replay.body).toEqual(res.body);
    expect(await charges(org)).toEqual({ unlocks: 1, spends: 1, balance: 8 });
  });

  const contact = (org: OrgFixture, alumnusId: string, key?: string) => {
    const req = t.http().post(`/v1/profiles/${alumnusId}/contact-requests`).set(bearer(org.key));
    if (key) req.set('idempotency-key', key);
    return req.send({ jobTitle: 'Data engineer', message: 'Would you like to talk?' });
  };
  const holds = async (org: OrgFixture) => {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM contact_requests WHERE org_id = $1) AS requests,
              (SELECT count(*)::int FROM ledger_entries WHERE org_id = $1 AND kind = 'hold') AS holds,
              (SELECT balance::int FROM wallets WHERE org_id = $1) AS balance,
              (SELECT held_credits::int FROM wallets WHERE org_id = $1) AS held`,
      [org.id],
    );
    return row as { requests: number; holds: number; balance: number; held: number };
  };

  it.each([
    ['without a key', undefined],
    ['with an Idempotency-Key', 'ambiguous-contact'],
  ])('a contact request %s: answers 201 with the hold, holds once', async (_, key) => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 10, amountPaidMinor: 1000 }).expect(201);
    const { id } = await newAlumnus(t, association, 'all');

    proxy.cutAfterCommitOf({ text: 'INSERT INTO contact_requests' });
    const cutsBefore = proxy.cuts;
    const res = await contact(org, id, key);
    expect(proxy.cuts).toBe(cutsBefore + 1);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ creditsHeld: 3, balance: 7, heldCredits: 3, contactRequest: { status: 'open', credits: 3 } });
    expect(await holds(org)).toEqual({ requests: 1, holds: 1, balance: 7, held: 3 });
    const [{ id: stored }] = await t.dataSource.query(`SELECT id FROM contact_requests WHERE org_id = $1`, [org.id]);
    expect(res.body.contactRequest.id).toBe(stored);
    if (key) expect((await contact(org, id, key).expect(201)).body).toEqual(res.body);
    else expect((await contact(org, id).expect(409)).body.code).toBe('contact_request_open');
  });

  it.each([
    ['without a key', undefined],
    ['with an Idempotency-Key', 'ambiguous-grant'],
  ])("an admin's credit grant %s: answers 201 with the lot, grants once", async (_, key) => {
    const org = await newOrg(t);
    proxy.cutAfterCommitOf({ text: 'INSERT INTO credit_lots' });
    const cutsBefore = proxy.cuts;
    const res = await grantCredits(t, org.id, { credits: 5, amountPaidMinor: 500 }, key);
    expect(proxy.cuts).toBe(cutsBefore + 1);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ balance: 5, lot: { creditsGranted: 5 } });
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM credit_lots WHERE org_id = $1) AS lots,
              (SELECT count(*)::int FROM ledger_entries WHERE org_id = $1 AND kind = 'grant') AS grants,
              (SELECT balance::int FROM wallets WHERE org_id = $1) AS balance`,
      [org.id],
    );
    expect(row).toEqual({ lots: 1, grants: 1, balance: 5 });
  });

  it.each([
    ['without a key', undefined],
    ['with an Idempotency-Key', 'ambiguous-checkout'],
  ])('a checkout session %s: answers 201 with its session, one purchase, one Stripe session', async (_, key) => {
    const org = await newOrg(t);
    const pack = await t
      .http()
      .post('/v1/credit-packs')
      .set(bearer(t.adminKey))
      .send({ name: `Pack ${key ?? 'unkeyed'}`, credits: 10, priceMinor: 1000, currency: 'eur', validityDays: 365 })
      .expect(201);
    const sessionsBefore = stripe.sessions.size;
    proxy.cutAfterCommitOf({ text: 'INSERT INTO credit_purchases' });
    const cutsBefore = proxy.cuts;
    const req = t.http().post('/v1/wallet/checkout-sessions').set(bearer(org.key));
    if (key) req.set('idempotency-key', key);
    const res = await req.send({ packId: pack.body.id, successUrl: 'https://ats.example.com/ok', cancelUrl: 'https://ats.example.com/no' });
    expect(proxy.cuts).toBe(cutsBefore + 1);
    expect(res.status).toBe(201);
    const purchases = await t.dataSource.query(`SELECT id, stripe_checkout_session_id AS session FROM credit_purchases WHERE org_id = $1`, [
      org.id,
    ]);
    expect(purchases).toEqual([{ id: res.body.purchaseId, session: res.body.sessionId }]);
    expect(stripe.sessions.size).toBe(sessionsBefore + 1);
    expect(stripe.sessions.get(res.body.sessionId)).toMatchObject({ client_reference_id: res.body.purchaseId, url: res.body.checkoutUrl });
  });
});
