import Stripe from 'stripe';
import { Client } from 'pg';
import { generateApiKey } from '../../src/api-keys/api-key-format';
import { FakeStripe } from '../fakes/fake-stripe';
import { alumnusRow } from '../support/alumni-factories';
import { ApiProcessGroup, stopApiProcess } from '../support/api-process';
import { ledgerViolations } from '../support/ledger-invariants';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const WEBHOOK_SECRET = 'whsec_fault';
const KILLS = 10;
const signer = new Stripe('sk_test_signer');

/**
 * The API as a child process on a database that outlives it, killed with SIGKILL at random
 * moments during concurrent unlocks and webhook deliveries, ten times. Afterwards the ledger
 * must balance, every effect must exist once, and consent must never have been bypassed.
 */
describe('SIGKILL during mixed load', () => {
  let db: TestDatabase;
  let fake: FakeStripe;
  let stripeUrl: string;
  const adminKey = generateApiKey('adm').token;

  beforeAll(async () => {
    db = await createTestDatabase();
    fake = new FakeStripe();
    stripeUrl = await fake.start();
  });
  // Every API child and the checking client are stopped here too, so a failed assertion mid-test
  // leaves no process or connection behind (and the database can be dropped).
  const processes = new ApiProcessGroup();
  let checker: Client | undefined;
  afterAll(async () => {
    await processes.stopAll(5_000);
    await checker?.end().catch(() => undefined);
    await fake.stop();
    await db.drop();
  });

  const startApi = () =>
    processes.start({
      DATABASE_URL: db.url,
      ADMIN_API_KEY: adminKey,
      DEMO_DATA: 'false',
      ACCESS_LOG: 'false',
      STRIPE_SECRET_KEY: 'sk_test_fault',
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_URL: stripeUrl,
      ...Object.fromEntries(['DEFAULT', 'SEARCH', 'UNLOCK', 'PUBLIC', 'WEBHOOK'].map((c) => [`RATE_LIMIT_${c}`, '1000000/60'])),
    });

  const call = (url: string, method: string, path: string, key: string | undefined, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}${path}`, {
      method,
      headers: {
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });

  it(`keeps every invariant across ${KILLS} random kills`, async () => {
    let api = await startApi();
    const json = async (res: Response) => {
      const text = await res.text();
      if (res.status >= 300) throw new Error(`${res.status}: ${text}`);
      return JSON.parse(text);
    };
    const association = await json(
      await call(api.url, 'POST', '/v1/associations', adminKey, { name: 'Fault association', slug: 'fault', recruiterAccess: 'open' }),
    );
    const unlockable = Array.from({ length: 120 }, () => alumnusRow({}, 'unlockable'));
    const previewOnly = Array.from({ length: 30 }, () => alumnusRow({}, 'searchable'));
    await json(
      await call(api.url, 'POST', `/v1/associations/${association.association.id}/alumni/import`, association.apiKey.secret, [
        ...unlockable,
        ...previewOnly,
      ]),
    );
    const pg = new Client({ connectionString: db.url });
    checker = pg;
    pg.on('error', () => undefined);
    await pg.connect();
    const idsOf = async (rows: Record<string, unknown>[]) =>
      (await pg.query(`SELECT id FROM alumni WHERE external_id = ANY($1)`, [rows.map((r) => r.externalId)])).rows.map(
        (r) => r.id as string,
      );
    const unlockableIds = await idsOf(unlockable);
    const previewIds = await idsOf(previewOnly);

    const orgs = await Promise.all(
      [0, 1].map(async (i) =>
        json(await call(api.url, 'POST', '/v1/recruiter-orgs', adminKey, { name: `Fault org ${i}`, emailDomain: `fault${i}.example` })),
      ),
    );
    for (const org of orgs) {
      await json(
        await call(api.url, 'POST', `/v1/recruiter-orgs/${org.org.id}/credit-grants`, adminKey, {
          credits: 60,
          amountPaidMinor: 6000,
          reason: 'fault test',
        }),
      );
    }
    const pack = await json(
      await call(api.url, 'POST', '/v1/credit-packs', adminKey, {
        name: 'Five',
        credits: 5,
        priceMinor: 500,
        currency: 'eur',
        validityDays: 365,
      }),
    );
    const events: { id: string; payload: string }[] = [];
    for (let i = 0; i < 12; i++) {
      const org = orgs[i % 2];
      const session = await json(
        await call(api.url, 'POST', '/v1/wallet/checkout-sessions', org.apiKey.secret, {
          packId: pack.id,
          successUrl: 'https://ats.example.com/ok',
          cancelUrl: 'https://ats.example.com/cancel',
        }),
      );
      const stored = fake.sessions.get(session.sessionId)!;
      const object = { ...stored, status: 'complete', payment_status: 'paid', payment_intent: `pi_fault_${i}` };
      const event = {
        id: `evt_fault_${i}`,
        object: 'event',
        type: 'checkout.session.completed',
        created: Math.floor(Date.now() / 1000),
        data: { object },
      };
      events.push({ id: event.id, payload: JSON.stringify(event) });
    }
    const deliver = (url: string, e: { payload: string }) =>
      call(url, 'POST', '/v1/webhooks/stripe', undefined, e.payload, {
        'stripe-signature': signer.webhooks.generateTestHeaderString({ payload: e.payload, secret: WEBHOOK_SECRET }),
      });

    // One unlock in calm conditions: the route works before the faults begin.
    expect((await call(api.url, 'POST', `/v1/profiles/${unlockableIds[0]}/unlock`, orgs[0].apiKey.secret)).status).toBe(201);
    const acknowledged = new Set<string>();
    // Every fourth unlock carries an Idempotency-Key (those are batched apart); each is sent again
    // with its key after the last kill.
    const keyed: Array<{ key: string; orgKey: string; target: string }> = [];
    // Requests cut off by a kill: the test is only meaningful if kills land mid-request.
    let interrupted = 0;
    for (let round = 0; round < KILLS; round++) {
      const load: Promise<unknown>[] = [];
      for (let i = 0; i < 40; i++) {
        const org = orgs[(round + i) % 2];
        const target =
          i % 5 === 0 ? previewIds[(round * 7 + i) % previewIds.length] : unlockableIds[(round * 13 + i * 3) % unlockableIds.length];
        const idempotencyKey = i % 4 === 1 ? `fault-${round}-${i}` : undefined;
        if (idempotencyKey) keyed.push({ key: idempotencyKey, orgKey: org.apiKey.secret, target });
        const headers: Record<string, string> = idempotencyKey ? { 'idempotency-key': idempotencyKey } : {};
        load.push(call(api.url, 'POST', `/v1/profiles/${target}/unlock`, org.apiKey.secret, undefined, headers).catch(() => interrupted++));
      }
      for (const e of events.filter((_, k) => (k + round) % 3 === 0)) {
        load.push(
          deliver(api.url, e)
            .then((r) => r.status === 200 && acknowledged.add(e.id))
            .catch(() => interrupted++),
        );
      }
      await new Promise((r) => setTimeout(r, 10 + Math.floor(Math.random() * 300)));
      await stopApiProcess(api, 'SIGKILL');
      await Promise.allSettled(load);
      expect(await ledgerViolationsVia(pg)).toEqual([]);
      api = await startApi();
    }

    expect(interrupted).toBeGreaterThan(KILLS);

    // Stripe retries until it gets a 200: every event is eventually delivered, some many times.
    for (const e of events) expect((await deliver(api.url, e)).status).toBe(200);
    // A client retries each keyed unlock with its key: it gets an answer, never a 5xx.
    for (const k of keyed) {
      const res = await call(api.url, 'POST', `/v1/profiles/${k.target}/unlock`, k.orgKey, undefined, { 'idempotency-key': k.key });
      expect([200, 201, 402, 403, 404]).toContain(res.status);
    }
    await stopApiProcess(api);

    try {
      expect(await ledgerViolationsVia(pg)).toEqual([]);
      // Each purchase granted exactly once, whatever was delivered before the kills.
      const lots = await pg.query(
        `SELECT purchase_id, count(*)::int AS n FROM credit_lots WHERE purchase_id IS NOT NULL GROUP BY purchase_id`,
      );
      expect(lots.rows).toHaveLength(events.length);
      expect(lots.rows.every((r) => r.n === 1)).toBe(true);
      const inbox = await pg.query(`SELECT count(*)::int AS n FROM stripe_events`);
      expect(inbox.rows[0].n).toBe(events.length);
      // Each unlock charged exactly once, and no charge without an unlock.
      const charges = await pg.query(`
        SELECT u.id, (SELECT count(*)::int FROM ledger_entries l WHERE l.kind = 'spend' AND l.reference = 'unlock:' || u.id) AS spends
          FROM unlocks u`);
      expect(charges.rows.length).toBeGreaterThan(0);
      expect(charges.rows.filter((r) => r.spends !== 1)).toEqual([]);
      const orphanSpends = await pg.query(
        `SELECT count(*)::int AS n FROM ledger_entries l WHERE l.kind = 'spend' AND NOT EXISTS (SELECT 1 FROM unlocks u WHERE 'unlock:' || u.id = l.reference)`,
      );
      expect(orphanSpends.rows[0].n).toBe(0);
      // Consent: nobody who only allowed a preview was ever unlocked.
      const bypass = await pg.query(`SELECT count(*)::int AS n FROM unlocks WHERE alumnus_id = ANY($1)`, [previewIds]);
      expect(bypass.rows[0].n).toBe(0);
      const duplicates = await pg.query(
        `SELECT count(*)::int AS n FROM (SELECT org_id, alumnus_id FROM unlocks GROUP BY 1, 2 HAVING count(*) > 1) d`,
      );
      expect(duplicates.rows[0].n).toBe(0);
      // Keys: a key is stored with its answer or not at all (claim and answer commit together),
      // and every stored answer names an unlock that exists.
      const keys = await pg.query(
        `SELECT key, response_status, response_body->'body'->'unlock'->>'id' AS unlock_id FROM idempotency_keys WHERE key LIKE 'fault-%'`,
      );
      expect(keys.rows.length).toBeGreaterThan(0);
      expect(keys.rows.filter((r) => r.response_status === null)).toEqual([]);
      const unlockIds = new Set(charges.rows.map((r) => r.id));
      expect(keys.rows.filter((r) => !unlockIds.has(r.unlock_id))).toEqual([]);
    } finally {
      checker = undefined;
      await pg.end();
    }
  }, 240_000);
});

/** The ledger checker takes a TypeORM DataSource; a thin adapter lets it run on a plain client. */
function ledgerViolationsVia(pg: Client): Promise<string[]> {
  return ledgerViolations({ query: (sql: string, params?: unknown[]) => pg.query(sql, params).then((r) => r.rows) } as never);
}
