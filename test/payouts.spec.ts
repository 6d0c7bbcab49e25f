import { randomUUID } from 'node:crypto';
import { PayoutsRepository } from '../src/payouts/payouts.repository';
import { PayoutsService } from '../src/payouts/payouts.service';
import { WalletService } from '../src/credits/wallet.service';
import { accountUpdatedEvent, FakeStripe } from './fakes/fake-stripe';
import { grantCredits } from './support/credits';
import { AssociationFixture, newAssociation, newOrg, OrgFixture } from './support/factories';
import { expectLedgerInvariants } from './support/ledger-invariants';
import { deliverStripeEvent } from './support/stripe-events';
import { bearer, createTestApp, TestApp } from './support/test-app';

/** Revenue rows are placed in time by setting created_at after each spend (revenue_entries is not append-only). */
describe('payouts', () => {
  let t: TestApp;
  let fake: FakeStripe;
  let payouts: PayoutsService;
  let a1: AssociationFixture, a2: AssociationFixture, a3: AssociationFixture;
  let org: OrgFixture;

  async function unlock(association: AssociationFixture, bps: number, credits: number, at: string) {
    const id = randomUUID();
    await t.app.get(WalletService).spend(undefined, {
      orgId: org.id,
      credits,
      associationId: association.id,
      revenueShareBps: bps,
      kind: 'unlock',
      referenceId: id,
      idempotencyKey: `unlock:${id}`,
    });
    await t.dataSource.query(`UPDATE revenue_entries SET created_at = $2 WHERE reference = $1`, [`unlock:${id}`, at]);
  }
  const transfersTo = (destination: string) =>
    fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/transfers' && r.body.destination === destination);
  const rows = (a: AssociationFixture) =>
    t.dataSource.query(
      `SELECT period, amount_minor::int AS amount, reserve_minor::int AS reserve, status FROM payouts WHERE association_id = $1 ORDER BY period`,
      [a.id],
    );

  beforeAll(async () => {
    fake = new FakeStripe();
    const url = await fake.start();
    t = await createTestApp({
      env: {
        STRIPE_SECRET_KEY: 'sk_test_x',
        STRIPE_WEBHOOK_SECRET: 'whsec_test',
        STRIPE_API_URL: url,
        BACKGROUND_JOBS: 'false',
        LOT_EXPIRY_INTERVAL_SECONDS: '0',
      },
    });
    payouts = t.app.get(PayoutsService);
    a1 = await newAssociation(t, { recruiterAccess: 'open', stripeConnectAccountId: 'acct_A1test' });
    a2 = await newAssociation(t, { recruiterAccess: 'open', stripeConnectAccountId: 'acct_A2test' });
    a3 = await newAssociation(t, { recruiterAccess: 'open' });
    // Payouts run only once Stripe reports the connected account's payouts enabled.
    for (const id of ['acct_A1test', 'acct_A2test']) {
      await deliverStripeEvent(t, accountUpdatedEvent({ id, details_submitted: true, payouts_enabled: true }), 'whsec_test').expect(200);
    }
    await t.dataSource.query(`UPDATE associations SET time_zone = 'Europe/Paris' WHERE id = ANY($1::uuid[])`, [[a1.id, a2.id, a3.id]]);
    org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 10, amountPaidMinor: 10_000 }).expect(201); // 1000 per credit
    await unlock(a1, 8000, 2, '2026-01-10T12:00:00Z'); // share 1600
    await unlock(a1, 8000, 1, '2026-01-31T23:30:00Z'); // Paris: 1 Feb → share 800 in February
    await unlock(a1, 8000, 1, '2026-03-10T12:00:00Z'); // share 800, after February
    await unlock(a2, 7000, 1, '2026-01-20T12:00:00Z'); // share 700
    await unlock(a3, 5000, 1, '2026-01-20T12:00:00Z'); // no Connect account: never paid out
  });
  afterAll(async () => {
    await expectLedgerInvariants(t.dataSource);
    await t.close();
    await fake.stop();
  });

  it('pays shares minus a 10 % reserve once per period, even when the job runs twice; retries failures with the same amount', async () => {
    fake.failTransfers = true;
    const first = await payouts.run('2026-01');
    expect(first).toEqual({ created: 2, paid: 0, failed: 2 });
    expect(await rows(a1)).toEqual([{ period: '2026-01', amount: 1440, reserve: 160, status: 'failed' }]);

    fake.failTransfers = false;
    await payouts.run('2026-01');
    await payouts.run('2026-01');
    expect(await rows(a1)).toEqual([{ period: '2026-01', amount: 1440, reserve: 160, status: 'paid' }]);
    expect(await rows(a2)).toEqual([{ period: '2026-01', amount: 630, reserve: 70, status: 'paid' }]);
    expect(await rows(a3)).toEqual([]);
    // One refused attempt and one transfer each; the second run sent nothing.
    expect(transfersTo('acct_A1test')).toHaveLength(2);
    expect([...fake.transfers.values()].filter((x) => x.destination === 'acct_A1test').map((x) => x.amount)).toEqual([1440]);
    expect(transfersTo('acct_A1test')[0].idempotencyKey).toBe(`payout-${a1.id}-2026-01-eur`);

    // February (Paris time): cumulative 2400 − 1440 paid − 10 % of February's 800.
    await Promise.all([payouts.run('2026-02'), payouts.run('2026-02')]);
    expect(await rows(a1)).toEqual([
      { period: '2026-01', amount: 1440, reserve: 160, status: 'paid' },
      { period: '2026-02', amount: 880, reserve: 80, status: 'paid' },
    ]);
    expect([...fake.transfers.values()].filter((x) => x.destination === 'acct_A1test').map((x) => x.amount)).toEqual([1440, 880]);
    // A2 earned nothing in February beyond its January reserve: 70 is released.
    expect((await rows(a2))[1]).toEqual({ period: '2026-02', amount: 70, reserve: 0, status: 'paid' });
    // A period that has not ended yet is never paid.
    await payouts.run('2099-01');
    expect(await t.dataSource.query(`SELECT 1 FROM payouts WHERE period = '2099-01'`)).toEqual([]);
  });

  it('lists payouts to the association and the admin only', async () => {
    const own = await t.http().get(`/v1/associations/${a1.id}/payouts`).set(bearer(a1.key)).expect(200);
    expect(own.body.data.map((p: any) => [p.period, p.amountMinor, p.status])).toEqual([
      ['2026-02', 880, 'paid'],
      ['2026-01', 1440, 'paid'],
    ]);
    expect(own.body.data[0].stripeTransferId).toMatch(/^tr_/);
    await t.http().get(`/v1/associations/${a1.id}/payouts`).set(bearer(t.adminKey)).expect(200);
    expect((await t.http().get(`/v1/associations/${a1.id}/payouts`).set(bearer(a2.key)).expect(404)).body.code).toBe('not_found');
    await t.http().get(`/v1/associations/${a1.id}/revenue?from=2026-01-01&to=2026-01-31`).set(bearer(a2.key)).expect(404);
    await t.http().get(`/v1/associations/${a1.id}/payouts`).set(bearer(org.key)).expect(403);
  });

  it("lets the association's spends commit while a payout computation holds it", async () => {
    const repo = t.app.get(PayoutsRepository);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const held = new Promise<void>((resolve) => (locked = resolve));
    const computing = repo.transaction(async (m) => {
      await repo.lockAssociation(m, a1.id);
      locked();
      await gate;
    });
    await held;
    const id = randomUUID();
    let timer: NodeJS.Timeout | undefined;
    try {
      const spend = t.app.get(WalletService).spend(undefined, {
        orgId: org.id,
        credits: 1,
        associationId: a1.id,
        revenueShareBps: 8000,
        kind: 'unlock',
        referenceId: id,
        idempotencyKey: `unlock:${id}`,
      });
      const late = new Promise<never>(
        (_, reject) => (timer = setTimeout(() => reject(new Error('the spend waited for the payout lock')), 5000)),
      );
      const done = await Promise.race([spend, late]);
      expect(done.balance).toBeGreaterThanOrEqual(0);
    } finally {
      clearTimeout(timer);
      release();
      await computing;
    }
  });
});
