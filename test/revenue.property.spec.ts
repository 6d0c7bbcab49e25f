import fc from 'fast-check';
import { randomBytes, randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { WalletService } from '../src/credits/wallet.service';
import { FakeStripe } from './fakes/fake-stripe';
import { grantCredits } from './support/credits';
import { newAssociation, newOrg, OrgFixture } from './support/factories';
import { ledgerViolations } from './support/ledger-invariants';
import { bearer, createTestApp, TestApp } from './support/test-app';

const DAY_MS = 86_400_000;
const WEBHOOK_SECRET = 'whsec_x';
const signer = new Stripe('sk_test_signer');

type Op =
  | { kind: 'grant'; credits: number; paid: number }
  | { kind: 'purchase'; credits: number; paid: number }
  | { kind: 'spend'; credits: number }
  | { kind: 'share'; bps: number };

interface ModelLot {
  expiryDays: number;
  granted: number;
  remaining: number;
  gone: number;
  paid: number;
  released: number;
}

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('grant' as const),
      credits: fc.integer({ min: 1, max: 12 }),
      paid: fc.integer({ min: 0, max: 5000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('purchase' as const),
      credits: fc.integer({ min: 1, max: 12 }),
      paid: fc.integer({ min: 1, max: 9999 }),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('spend' as const), credits: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('share' as const), bps: fc.integer({ min: 0, max: 10000 }) }) },
);

describe('revenue recognition (property-based)', () => {
  let t: TestApp;
  let fake: FakeStripe;
  beforeAll(async () => {
    fake = new FakeStripe();
    const url = await fake.start();
    t = await createTestApp({
      env: { STRIPE_SECRET_KEY: 'sk_test_x', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_URL: url, LOT_EXPIRY_INTERVAL_SECONDS: '0' },
    });
  });
  afterAll(async () => {
    await t.close();
    await fake.stop();
  });

  async function purchase(org: OrgFixture, credits: number, paid: number, validityDays: number) {
    const pack = await t
      .http()
      .post('/v1/credit-packs')
      .set(bearer(t.adminKey))
      .send({ name: 'Property pack', credits, priceMinor: paid, currency: 'eur', validityDays })
      .expect(201);
    const session = await t
      .http()
      .post('/v1/wallet/checkout-sessions')
      .set(bearer(org.key))
      .send({ packId: pack.body.id, successUrl: 'https://a.example/ok', cancelUrl: 'https://a.example/no' })
      .expect(201);
    const stored = fake.sessions.get(session.body.sessionId)!;
    const event = {
      id: `evt_${randomBytes(10).toString('hex')}`,
      object: 'event',
      type: 'checkout.session.completed',
      created: Math.floor(Date.now() / 1000),
      data: { object: { ...stored, status: 'complete', payment_status: 'paid', payment_intent: `pi_${randomBytes(8).toString('hex')}` } },
    };
    const payload = JSON.stringify(event);
    await t
      .http()
      .post('/v1/webhooks/stripe')
      .set('content-type', 'application/json')
      .set('stripe-signature', signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }))
      .send(payload)
      .expect(200);
  }

  it('recognises exactly what was paid for consumed credits, with the share snapshot at spend time', async () => {
    const wallet = t.app.get(WalletService);
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 1, maxLength: 14 }),
        fc.uniqueArray(fc.integer({ min: 2, max: 3000 }), { minLength: 14, maxLength: 14 }),
        async (ops, expiryDays) => {
          const association = await newAssociation(t, { revenueShareBps: 8000 });
          const org = await newOrg(t);
          const lots: ModelLot[] = [];
          const expected = new Map<string, { gross: number; associationShare: number; credits: number }>();
          let lotIndex = 0;

          for (const op of ops) {
            if (op.kind === 'grant' || op.kind === 'purchase') {
              const days = expiryDays[lotIndex++];
              if (op.kind === 'grant') {
                await grantCredits(t, org.id, {
                  credits: op.credits,
                  amountPaidMinor: op.paid,
                  expiresAt: new Date(Date.now() + days * DAY_MS).toISOString(),
                }).expect(201);
              } else {
                await purchase(org, op.credits, op.paid, days);
              }
              lots.push({ expiryDays: days, granted: op.credits, remaining: op.credits, gone: 0, paid: op.paid, released: 0 });
            } else if (op.kind === 'share') {
              await t
                .http()
                .patch(`/v1/associations/${association.id}`)
                .set(bearer(t.adminKey))
                .send({ revenueShareBps: op.bps })
                .expect(200);
            } else {
              // The unlock route will pass the association's current share; read it the same way.
              const [{ bps }] = await t.dataSource.query(`SELECT revenue_share_bps AS bps FROM associations WHERE id = $1`, [
                association.id,
              ]);
              const reference = randomUUID();
              const balance = lots.reduce((s, l) => s + l.remaining, 0);
              const spend = wallet.spend(undefined, {
                orgId: org.id,
                credits: op.credits,
                associationId: association.id,
                revenueShareBps: bps,
                kind: 'unlock',
                referenceId: reference,
                idempotencyKey: `unlock:${reference}`,
              });
              if (balance < op.credits) {
                await expect(spend).rejects.toMatchObject({ code: 'insufficient_credits' });
                continue;
              }
              await spend;
              let needed = op.credits;
              let gross = 0;
              let associationShare = 0;
              for (const lot of [...lots].sort((a, b) => a.expiryDays - b.expiryDays)) {
                const take = Math.min(needed, lot.remaining);
                if (take === 0) continue;
                lot.remaining -= take;
                lot.gone += take;
                const released = Math.floor((lot.paid * lot.gone) / lot.granted);
                const g = released - lot.released;
                lot.released = released;
                gross += g;
                associationShare += Math.floor((g * bps) / 10000);
                needed -= take;
              }
              expected.set(`unlock:${reference}`, { gross, associationShare, credits: op.credits });
            }
          }

          const rows: Array<{ reference: string; gross: number; association_share: number; credits: number }> = await t.dataSource.query(
            `SELECT reference, SUM(gross_minor)::int AS gross, SUM(association_share_minor)::int AS association_share, SUM(credits)::int AS credits
             FROM revenue_entries WHERE org_id = $1 GROUP BY reference`,
            [org.id],
          );
          const actual = new Map(
            rows.map((r) => [r.reference, { gross: r.gross, associationShare: r.association_share, credits: r.credits }]),
          );
          expect(actual).toEqual(expected);

          // Revenue rows add up to the value of what was consumed; a used-up lot released all it cost.
          const [{ revenue }] = await t.dataSource.query(
            `SELECT COALESCE(SUM(gross_minor), 0)::int AS revenue FROM revenue_entries WHERE org_id = $1`,
            [org.id],
          );
          expect(revenue).toBe(lots.reduce((s, l) => s + l.released, 0));
          const dbLots: Array<{ granted: number; consumed: number; paid: number; released: number }> = await t.dataSource.query(
            `SELECT credits_granted::int AS granted, credits_consumed::int AS consumed, amount_paid_minor::int AS paid, released_minor::int AS released
             FROM credit_lots WHERE org_id = $1`,
            [org.id],
          );
          for (const lot of dbLots) if (lot.consumed === lot.granted) expect(lot.released).toBe(lot.paid);
          expect(await ledgerViolations(t.dataSource)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
