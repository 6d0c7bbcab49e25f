import { randomUUID } from 'node:crypto';
import { IdempotencyService } from '../src/idempotency/idempotency.service';
import { WalletService } from '../src/credits/wallet.service';
import { newAlumnus } from './support/alumni-factories';
import { grantCredits, spendOnce } from './support/credits';
import { newAssociation, newOrg, OrgFixture, AssociationFixture } from './support/factories';
import { expectLedgerInvariants, ledgerViolations } from './support/ledger-invariants';
import { bearer, createTestApp, TestApp } from './support/test-app';
import { waitForLockWaiter } from './support/locks';

describe('wallet, lots and ledger', () => {
  let t: TestApp;
  let wallet: WalletService;
  let association: AssociationFixture;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOT_EXPIRY_INTERVAL_SECONDS: '0' } });
    wallet = t.app.get(WalletService);
    association = await newAssociation(t);
  });
  afterEach(() => expectLedgerInvariants(t.dataSource));
  afterAll(() => t.close());

  const getWallet = (org: OrgFixture) => t.http().get('/v1/wallet').set(bearer(org.key)).expect(200);

  it('refuses every credit route without a key', async () => {
    const orgId = '00000000-0000-4000-8000-000000000000';
    const calls = [
      t.http().get('/v1/wallet'),
      t.http().get('/v1/wallet/ledger'),
      t.http().post('/v1/wallet/checkout-sessions').send({}),
      t.http().post(`/v1/recruiter-orgs/${orgId}/credit-grants`).send({}),
      t.http().post('/v1/credit-packs').send({}),
      t.http().get('/v1/credit-packs'),
    ];
    for (const res of await Promise.all(calls)) expect(res.status).toBe(401);
  });

  it('starts empty and shows grants as lots', async () => {
    const org = await newOrg(t);
    expect((await getWallet(org)).body).toEqual({ balance: 0, heldCredits: 0, frozen: false, lots: [] });
    const res = await grantCredits(t, org.id, { credits: 5, amountPaidMinor: 1000, reason: 'welcome' }).expect(201);
    expect(res.body.balance).toBe(5);
    expect(res.body.lot).toMatchObject({ source: 'grant', creditsGranted: 5, creditsRemaining: 5, amountPaidMinor: 1000, currency: 'eur' });
    const w = (await getWallet(org)).body;
    expect(w).toMatchObject({ balance: 5, heldCredits: 0, frozen: false });
    expect(w.lots).toHaveLength(1);
  });

  it('refuses credit grants to non-admins, unknown orgs and invalid bodies', async () => {
    const org = await newOrg(t);
    await t
      .http()
      .post(`/v1/recruiter-orgs/${org.id}/credit-grants`)
      .set(bearer(org.key))
      .send({ credits: 1, amountPaidMinor: 0, reason: 'x' })
      .expect(403);
    await grantCredits(t, '00000000-0000-4000-8000-000000000000', { credits: 1 }).expect(404);
    const bad = await grantCredits(t, org.id, { credits: 0, amountPaidMinor: -1 }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['amountPaidMinor', 'credits']);
    await grantCredits(t, org.id, { credits: 1, expiresAt: '2000-01-01T00:00:00Z' }).expect(400);
  });

  it('applies a credit grant once per Idempotency-Key; another body with the key is 422', async () => {
    const org = await newOrg(t);
    const first = await grantCredits(t, org.id, { credits: 7, amountPaidMinor: 700 }, 'grant-key-1').expect(201);
    const again = await grantCredits(t, org.id, { credits: 7, amountPaidMinor: 700 }, 'grant-key-1').expect(201);
    expect(again.body).toEqual(first.body);
    const concurrent = await Promise.all(Array.from({ length: 10 }, () => grantCredits(t, org.id, { credits: 3 }, 'grant-key-2')));
    expect(concurrent.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(concurrent.map((r) => r.body.lot.id)).size).toBe(1);
    const reused = await grantCredits(t, org.id, { credits: 8, amountPaidMinor: 700 }, 'grant-key-1').expect(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
    expect((await getWallet(org)).body.balance).toBe(10);
    const invalid = await grantCredits(t, org.id, { credits: 1 }, 'k'.repeat(256)).expect(400);
    expect(invalid.body.code).toBe('validation_failed');
  });

  it('bounds only the wait for a key: the work of a claimed key runs without the 5 s lock timeout', async () => {
    const idempotency = t.app.get(IdempotencyService);
    const principal = `test:${randomUUID()}`;
    const seen = await idempotency.run(principal, 'timeout-key', 'h', 200, async (manager) => {
      const [{ lock_timeout: inWork }] = await manager.query(`SELECT current_setting('lock_timeout') AS lock_timeout`);
      return { inWork };
    });
    expect(seen).toEqual({ status: 200, body: { inWork: '0' }, replayed: false });
    // The setting was local to that transaction.
    const [{ lock_timeout: after }] = await t.dataSource.query(`SELECT current_setting('lock_timeout') AS lock_timeout`);
    expect(after).toBe('0');
    expect((await idempotency.run(principal, 'timeout-key', 'h', 200, async () => ({ inWork: 'again' }))).replayed).toBe(true);
  });

  it('purges idempotency keys after the retention period', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 1 }, 'old-key').expect(201);
    const idempotency = t.app.get(IdempotencyService);
    expect(await idempotency.purgeExpired()).toBe(0);
    await t.dataSource.query(`UPDATE idempotency_keys SET created_at = now() - interval '8 days' WHERE key = 'old-key'`);
    expect(await idempotency.purgeExpired()).toBe(1);
  });

  it('answers 409 idempotency_key_in_progress while another request holds the key, and runs once it is released', async () => {
    const org = await newOrg(t);
    const keyId = t.adminKey.split('_')[2];
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`INSERT INTO idempotency_keys (principal, key, request_hash) VALUES ($1, 'busy-key', 'in-flight')`, [
        `admin:${keyId}`,
      ]);
      const busy = await grantCredits(t, org.id, { credits: 1 }, 'busy-key').expect(409);
      expect(busy.body.code).toBe('idempotency_key_in_progress');
      const waiting = grantCredits(t, org.id, { credits: 1 }, 'busy-key').then((r) => r);
      await waitForLockWaiter(t.dataSource, '%idempotency_keys%');
      await runner.rollbackTransaction();
      expect((await waiting).status).toBe(201);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    expect((await getWallet(org)).body.balance).toBe(1);
  }, 30_000);

  it('spends exactly the balance under 200 concurrent spends', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 20, amountPaidMinor: 2000 }).expect(201);
    await grantCredits(t, org.id, { credits: 17, amountPaidMinor: 1000 }).expect(201);
    // Half in the test's own transactions (database row lock only), half through the service's
    // own transactions (also queued per wallet in-process): both must add up to exactly 37.
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) => spendOnce(t, org.id, association.id, 1, 8000, i % 2 === 0)),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(37);
    expect(failed).toHaveLength(163);
    expect(new Set(failed.map((f) => f.reason.code))).toEqual(new Set(['insufficient_credits']));
    const w = (await getWallet(org)).body;
    expect(w.balance).toBe(0);
    const [{ gross }] = await t.dataSource.query(`SELECT SUM(gross_minor)::int AS gross FROM revenue_entries WHERE org_id = $1`, [org.id]);
    expect(gross).toBe(3000);
  });

  it('applies a spend once per idempotency key', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 5, amountPaidMinor: 500 }).expect(201);
    const input = {
      orgId: org.id,
      credits: 2,
      associationId: association.id,
      revenueShareBps: 8000,
      kind: 'unlock' as const,
      referenceId: 'u-1',
      idempotencyKey: 'unlock:u-1',
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        i % 2 === 0 ? t.dataSource.transaction((m) => wallet.spend(m, input)) : wallet.spend(undefined, input),
      ),
    );
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(results.map((r) => r.ledgerEntryId)).size).toBe(1);
    expect((await getWallet(org)).body.balance).toBe(3);
    await expect(wallet.spend(undefined, { ...input, credits: 3 })).rejects.toMatchObject({ code: 'idempotency_key_reused' });
  });

  it('draws lots by soonest expiry, then oldest, and releases 333, 333, 334', async () => {
    const org = await newOrg(t);
    const never = await grantCredits(t, org.id, { credits: 3, amountPaidMinor: 1000 }).expect(201);
    const later = await grantCredits(t, org.id, {
      credits: 1,
      amountPaidMinor: 50,
      expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    }).expect(201);
    const sooner = await grantCredits(t, org.id, {
      credits: 1,
      amountPaidMinor: 70,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    }).expect(201);
    const draws = [];
    for (let i = 0; i < 5; i++) draws.push((await spendOnce(t, org.id, association.id)).draws);
    expect(draws.map((d) => d[0].lotId)).toEqual([
      sooner.body.lot.id,
      later.body.lot.id,
      never.body.lot.id,
      never.body.lot.id,
      never.body.lot.id,
    ]);
    expect(draws.slice(2).map((d) => d[0].grossMinor)).toEqual([333, 333, 334]);
    const rows = await t.dataSource.query(
      `SELECT gross_minor::int AS gross, association_share_minor::int AS assoc, platform_share_minor::int AS platform
       FROM revenue_entries WHERE lot_id = $1 ORDER BY id`,
      [never.body.lot.id],
    );
    expect(rows).toEqual([
      { gross: 333, assoc: 266, platform: 67 },
      { gross: 333, assoc: 266, platform: 67 },
      { gross: 334, assoc: 267, platform: 67 },
    ]);
  });

  it('refuses a spend larger than the balance with insufficient_credits and changes nothing', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 2, amountPaidMinor: 200 }).expect(201);
    await expect(spendOnce(t, org.id, association.id, 3)).rejects.toMatchObject({ code: 'insufficient_credits', status: 402 });
    expect((await getWallet(org)).body.balance).toBe(2);
  });

  it('refuses a spend for an org that does not exist without creating a wallet', async () => {
    const orgId = randomUUID();
    await expect(spendOnce(t, orgId, association.id)).rejects.toMatchObject({ status: 404 });
    expect(await t.dataSource.query(`SELECT 1 FROM wallets WHERE org_id = $1`, [orgId])).toHaveLength(0);
  });

  /**
   * unlock_profiles with the alumni rows' current versions unless `versions` says otherwise, and a
   * fresh unlock id per item unless `ids` are given.
   */
  const unlockProfiles = async (
    items: ReadonlyArray<readonly [string, string, number]>,
    versions?: Array<string | null>,
    ids?: string[],
  ) => {
    const current = new Map<string, string>(
      (await t.dataSource.query(`SELECT id, xmin::text AS v FROM alumni WHERE id = ANY($1)`, [items.map((i) => i[1])])).map(
        (r: { id: string; v: string }) => [r.id, r.v],
      ),
    );
    return t.dataSource.query(
      `SELECT ord, outcome, unlock_id, wallet_balance FROM unlock_profiles($1, $2, $3, $4, $5, $6, $7, $8, $9) ORDER BY ord`,
      [
        ids ?? items.map(() => randomUUID()),
        items.map((i) => i[0]),
        items.map((i) => i[1]),
        versions ?? items.map((i) => current.get(i[1]) ?? null),
        items.map(() => association.id),
        items.map((i) => i[2]),
        items.map(() => 8000),
        items.map(() => null),
        items.map(() => null),
      ],
    );
  };

  it('unlock_profiles answers each item on its own: other orgs, refusals, a repeated pair, a first wallet', async () => {
    const rich = await newOrg(t);
    const poor = await newOrg(t);
    const fresh = await newOrg(t); // never granted: no wallet row yet
    await grantCredits(t, rich.id, { credits: 2, amountPaidMinor: 200 }).expect(201);
    await grantCredits(t, poor.id, { credits: 1, amountPaidMinor: 100 }).expect(201);
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => newAlumnus(t, association, 'unlockable')));
    const ids = Array.from({ length: 7 }, () => randomUUID());
    const rows = await unlockProfiles(
      [
        [rich.id, a.id, 1],
        [poor.id, a.id, 2], // more than its balance
        [rich.id, b.id, 1],
        [rich.id, b.id, 1], // the same pair again in the same call
        [poor.id, b.id, 1],
        [fresh.id, c.id, 1],
        [rich.id, c.id, 1], // balance used up by the two before
      ],
      undefined,
      ids,
    );
    expect(rows.map((r: { outcome: string; wallet_balance: string }) => [r.outcome, r.wallet_balance])).toEqual([
      ['spent', '1'],
      ['insufficient', '1'],
      ['spent', '0'],
      ['exists', '0'],
      ['spent', '0'],
      ['insufficient', '0'],
      ['insufficient', '0'],
    ]);
    // Unlock rows carry the caller's ids; the repeated pair names the first one's row.
    expect([rows[0].unlock_id, rows[2].unlock_id, rows[4].unlock_id]).toEqual([ids[0], ids[2], ids[4]]);
    expect(rows[3].unlock_id).toBe(ids[2]);
    const orgIds = [rich.id, poor.id, fresh.id];
    expect(await t.dataSource.query(`SELECT 1 FROM unlocks WHERE org_id = ANY($1)`, [orgIds])).toHaveLength(3);
    expect(await t.dataSource.query(`SELECT balance::int FROM wallets WHERE org_id = $1`, [fresh.id])).toEqual([{ balance: 0 }]);
    const log = await t.dataSource.query(`SELECT count(*)::int AS n FROM access_log_entries WHERE org_id = ANY($1) AND kind = 'unlock'`, [
      orgIds,
    ]);
    expect(log).toEqual([{ n: 3 }]);
  });

  /** Three lots drawn in this order: 3 credits for 1000, 5 for 777, 2 for 10 (no expiry). */
  const grantThreeLots = async (orgId: string) => {
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    await grantCredits(t, orgId, { credits: 5, amountPaidMinor: 777, expiresAt: inDays(2) }).expect(201);
    await grantCredits(t, orgId, { credits: 2, amountPaidMinor: 10 }).expect(201);
    await grantCredits(t, orgId, { credits: 3, amountPaidMinor: 1000, expiresAt: inDays(1) }).expect(201);
  };
  /** Each unlock's revenue rows as [lot's amount paid, credits, gross, association share], and the lots. */
  const drawsOf = async (orgId: string, unlockIds: Array<string | null>) => {
    const rows: Array<{ reference: string; paid: string; credits: string; gross: string; share: string }> = await t.dataSource.query(
      `SELECT r.reference, l.amount_paid_minor AS paid, r.credits, r.gross_minor AS gross, r.association_share_minor AS share
         FROM revenue_entries r JOIN credit_lots l ON l.id = r.lot_id WHERE r.org_id = $1 ORDER BY r.id`,
      [orgId],
    );
    const lots = await t.dataSource.query(
      `SELECT amount_paid_minor::int AS paid, credits_remaining::int AS remaining, credits_consumed::int AS consumed,
              released_minor::int AS released
         FROM credit_lots l JOIN wallets w ON w.id = l.wallet_id WHERE w.org_id = $1 ORDER BY amount_paid_minor DESC`,
      [orgId],
    );
    const perUnlock = unlockIds.map((id) =>
      rows.filter((r) => r.reference === `unlock:${id}`).map((r) => [r.paid, r.credits, r.gross, r.share].map(Number)),
    );
    return { perUnlock, lots };
  };

  it('unlock_profiles draws the items of one wallet in order, across lots, exactly as separate calls would', async () => {
    const together = await newOrg(t);
    const apart = await newOrg(t);
    await grantThreeLots(together.id);
    await grantThreeLots(apart.id);
    const alumni = await Promise.all([1, 2, 3, 4, 5].map(() => newAlumnus(t, association, 'unlockable')));
    const prices = [2, 1, 4, 2, 2];

    const batch = await unlockProfiles(alumni.map((a, i) => [together.id, a.id, prices[i]] as const));
    const single: Array<{ outcome: string; unlock_id: string | null; wallet_balance: string }> = [];
    for (const [i, a] of alumni.entries()) single.push(...(await unlockProfiles([[apart.id, a.id, prices[i]]])));

    const outcomes = [
      ['spent', '8'],
      ['spent', '7'],
      ['spent', '3'],
      ['spent', '1'],
      ['insufficient', '1'],
    ];
    expect(batch.map((r: { outcome: string; wallet_balance: string }) => [r.outcome, r.wallet_balance])).toEqual(outcomes);
    expect(single.map((r) => [r.outcome, r.wallet_balance])).toEqual(outcomes);

    // Cumulative rounding per lot: floor(paid × consumed / granted) minus what the lot had released.
    const expected = {
      perUnlock: [
        [[1000, 2, 666, 532]],
        [[1000, 1, 334, 267]],
        [[777, 4, 621, 496]],
        [
          [777, 1, 156, 124],
          [10, 1, 5, 4],
        ],
        [],
      ],
      lots: [
        { paid: 1000, remaining: 0, consumed: 3, released: 1000 },
        { paid: 777, remaining: 0, consumed: 5, released: 777 },
        { paid: 10, remaining: 1, consumed: 1, released: 5 },
      ],
    };
    expect(
      await drawsOf(
        together.id,
        batch.map((r: { unlock_id: string | null }) => r.unlock_id),
      ),
    ).toEqual(expected);
    expect(
      await drawsOf(
        apart.id,
        single.map((r) => r.unlock_id),
      ),
    ).toEqual(expected);
    const [entry] = await t.dataSource.query(
      `SELECT e.credits_delta::int AS delta, jsonb_array_length(e.details -> 'draws') AS draws FROM ledger_entries e
        WHERE e.org_id = $1 AND e.reference = $2`,
      [together.id, `unlock:${batch[3].unlock_id}`],
    );
    expect(entry).toEqual({ delta: -2, draws: 2 });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM unlocks WHERE org_id = $1`, [together.id])).toEqual([{ n: 4 }]);
  });

  it('unlock_profiles sweeps expired lots of the wallets it charges, not of a frozen one, before drawing', async () => {
    const live = await newOrg(t);
    const frozen = await newOrg(t);
    const soon = new Date(Date.now() + 60_000).toISOString();
    const expiring = await grantCredits(t, live.id, { credits: 3, amountPaidMinor: 900, expiresAt: soon }).expect(201);
    await grantCredits(t, live.id, { credits: 2, amountPaidMinor: 200 }).expect(201);
    const frozenLot = await grantCredits(t, frozen.id, { credits: 2, amountPaidMinor: 500, expiresAt: soon }).expect(201);
    await t.dataSource.query(`UPDATE credit_lots SET expires_at = now() - interval '1 second' WHERE id = ANY($1)`, [
      [expiring.body.lot.id, frozenLot.body.lot.id],
    ]);
    await t.dataSource.query(`UPDATE wallets SET frozen = true WHERE org_id = $1`, [frozen.id]);
    try {
      const [a, b, c] = await Promise.all([1, 2, 3].map(() => newAlumnus(t, association, 'unlockable')));
      const rows = await unlockProfiles([
        [live.id, a.id, 1],
        [frozen.id, b.id, 1],
        [live.id, c.id, 2], // 1 credit left once the expired lot is gone
      ]);
      expect(rows.map((r: { outcome: string; wallet_balance: string }) => [r.outcome, r.wallet_balance])).toEqual([
        ['spent', '1'],
        ['frozen', '2'],
        ['insufficient', '1'],
      ]);
      // The expired lot became breakage and was not drawn from; the frozen wallet's lot is untouched.
      const lots = await t.dataSource.query(
        `SELECT id, credits_remaining::int AS remaining, credits_consumed::int AS consumed, credits_expired::int AS expired
           FROM credit_lots WHERE id = ANY($1) ORDER BY amount_paid_minor`,
        [[expiring.body.lot.id, frozenLot.body.lot.id]],
      );
      expect(lots).toEqual([
        { id: frozenLot.body.lot.id, remaining: 2, consumed: 0, expired: 0 },
        { id: expiring.body.lot.id, remaining: 0, consumed: 0, expired: 3 },
      ]);
      const kinds = await t.dataSource.query(`SELECT kind, credits_delta::int AS delta FROM ledger_entries WHERE org_id = $1 ORDER BY id`, [
        live.id,
      ]);
      expect(kinds.slice(-2)).toEqual([
        { kind: 'expire', delta: -3 },
        { kind: 'spend', delta: -1 },
      ]);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM unlocks WHERE org_id = ANY($1)`, [[live.id, frozen.id]])).toEqual([
        { n: 1 },
      ]);
    } finally {
      await t.dataSource.query(`UPDATE wallets SET frozen = false WHERE org_id = $1`, [frozen.id]);
      await wallet.expireAllLots();
    }
  });

  it('unlock_profiles answers a pair repeated after a refusal as stale, and the service then refuses it alone', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 1, amountPaidMinor: 100 }).expect(201);
    const open = await newAssociation(t, { recruiterAccess: 'open', unlockPriceCredits: 2, revenueShareBps: 8000 });
    const alumnus = await newAlumnus(t, open, 'unlockable');
    const rows = await unlockProfiles([
      [org.id, alumnus.id, 2],
      [org.id, alumnus.id, 2],
    ]);
    expect(rows.map((r: { outcome: string }) => r.outcome)).toEqual(['insufficient', 'stale']);
    expect(await t.dataSource.query(`SELECT 1 FROM unlocks WHERE org_id = $1`, [org.id])).toHaveLength(0);
    // Over HTTP the concurrent requests share a batch; the repeated ones are decided again alone.
    const answers = await Promise.all([1, 2, 3, 4].map(() => t.http().post(`/v1/profiles/${alumnus.id}/unlock`).set(bearer(org.key))));
    expect(answers.map((a) => [a.status, a.body.code])).toEqual(Array(4).fill([402, 'insufficient_credits']));
    expect(await t.dataSource.query(`SELECT balance::int FROM wallets WHERE org_id = $1`, [org.id])).toEqual([{ balance: 1 }]);
  });

  it('unlock_profiles charges nothing for an alumni row changed since it was read (stale)', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 5, amountPaidMinor: 500 }).expect(201);
    const [a, b] = await Promise.all([1, 2].map(() => newAlumnus(t, association, 'unlockable')));
    const [{ v: readVersion }] = await t.dataSource.query(`SELECT xmin::text AS v FROM alumni WHERE id = $1`, [a.id]);
    await t.dataSource.query(`UPDATE alumni SET consent_unlockable = false WHERE id = $1`, [a.id]);
    const [{ v: bVersion }] = await t.dataSource.query(`SELECT xmin::text AS v FROM alumni WHERE id = $1`, [b.id]);
    const rows = await unlockProfiles(
      [
        [org.id, a.id, 1],
        [org.id, b.id, 1],
      ],
      [readVersion, bVersion],
    );
    expect(rows.map((r: { outcome: string }) => r.outcome)).toEqual(['stale', 'spent']);
    expect(await t.dataSource.query(`SELECT alumnus_id FROM unlocks WHERE org_id = $1`, [org.id])).toEqual([{ alumnus_id: b.id }]);
    expect(await t.dataSource.query(`SELECT balance::int FROM wallets WHERE org_id = $1`, [org.id])).toEqual([{ balance: 4 }]);
  });

  it('unlock_profiles refuses arrays of different lengths and changes nothing', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 5, amountPaidMinor: 500 }).expect(201);
    const alumnus = await newAlumnus(t, association, 'unlockable');
    const call = (ids: string[], versions: string[]) =>
      t.dataSource.query(`SELECT * FROM unlock_profiles($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
        ids,
        [org.id, org.id],
        [alumnus.id, alumnus.id],
        versions,
        [association.id, association.id],
        [1, 1],
        [8000, 8000],
        [null, null],
        [null, null],
      ]);
    await expect(call([randomUUID(), randomUUID()], ['1'])).rejects.toThrow('same length');
    await expect(call([randomUUID()], ['1', '1'])).rejects.toThrow('same length');
    expect(await t.dataSource.query(`SELECT 1 FROM unlocks WHERE org_id = $1`, [org.id])).toHaveLength(0);
    expect(await t.dataSource.query(`SELECT balance::int FROM wallets WHERE org_id = $1`, [org.id])).toEqual([{ balance: 5 }]);
  });

  it('expires lots into platform breakage, in the job and inside a spend', async () => {
    const org = await newOrg(t);
    const lot = await grantCredits(t, org.id, {
      credits: 4,
      amountPaidMinor: 1000,
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    }).expect(201);
    await spendOnce(t, org.id, association.id);
    await t.dataSource.query(`UPDATE credit_lots SET expires_at = now() - interval '1 second' WHERE id = $1`, [lot.body.lot.id]);
    // A spend sweeps first: the expired credits are gone, so nothing is left to spend.
    await expect(spendOnce(t, org.id, association.id)).rejects.toMatchObject({ code: 'insufficient_credits' });
    const w = (await getWallet(org)).body;
    expect(w.balance).toBe(0);
    expect(w.lots[0]).toMatchObject({ creditsConsumed: 1, creditsExpired: 3, releasedMinor: 1000 });
    const [breakage] = await t.dataSource.query(
      `SELECT credits::int, gross_minor::int AS gross, platform_share_minor::int AS platform, association_id
       FROM revenue_entries WHERE lot_id = $1 AND kind = 'breakage'`,
      [lot.body.lot.id],
    );
    expect(breakage).toEqual({ credits: 3, gross: 750, platform: 750, association_id: null });

    const other = await newOrg(t);
    const lot2 = await grantCredits(t, other.id, {
      credits: 2,
      amountPaidMinor: 300,
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    }).expect(201);
    await t.dataSource.query(`UPDATE credit_lots SET expires_at = now() - interval '1 second' WHERE id = $1`, [lot2.body.lot.id]);
    expect(await wallet.expireAllLots()).toBeGreaterThanOrEqual(2);
    expect((await getWallet(other)).body.balance).toBe(0);
    expect(await wallet.expireAllLots()).toBe(0);
  });

  it('holds, consumes and releases credits for contact requests', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 5, amountPaidMinor: 1000 }).expect(201);
    const held = await wallet.hold(undefined, { orgId: org.id, credits: 2, reference: 'contact:a', idempotencyKey: 'hold:a' });
    expect(held).toMatchObject({ balance: 3, heldCredits: 2 });
    await wallet.hold(undefined, { orgId: org.id, credits: 2, reference: 'contact:b', idempotencyKey: 'hold:b' });
    await expect(
      wallet.hold(undefined, { orgId: org.id, credits: 2, reference: 'contact:c', idempotencyKey: 'hold:c' }),
    ).rejects.toMatchObject({ code: 'insufficient_credits' });
    await expect(
      wallet.hold(undefined, { orgId: org.id, credits: 1, reference: 'contact:a', idempotencyKey: 'hold:a2' }),
    ).rejects.toMatchObject({ code: 'hold_exists' });
    const consume = {
      orgId: org.id,
      reference: 'contact:a',
      idempotencyKey: 'accept:a',
      associationId: association.id,
      revenueShareBps: 7000,
      kind: 'contact' as const,
    };
    const consumed = await wallet.consumeHeld(undefined, consume);
    expect(consumed).toMatchObject({ balance: 1, heldCredits: 2, replayed: false });
    expect(consumed.draws.reduce((s, d) => s + d.grossMinor, 0)).toBe(400);
    expect((await wallet.consumeHeld(undefined, consume)).replayed).toBe(true);
    const released = await wallet.releaseHeld(undefined, { orgId: org.id, reference: 'contact:b', idempotencyKey: 'decline:b' });
    expect(released).toMatchObject({ balance: 3, heldCredits: 0 });
    await expect(
      wallet.releaseHeld(undefined, { orgId: org.id, reference: 'contact:a', idempotencyKey: 'decline:a' }),
    ).rejects.toMatchObject({ code: 'hold_not_open' });
    const w = (await getWallet(org)).body;
    expect(w).toMatchObject({ balance: 3, heldCredits: 0 });
  });

  it('joins the caller transaction: a rolled-back unlock leaves no trace', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 3, amountPaidMinor: 300 }).expect(201);
    await expect(
      t.dataSource.transaction(async (manager) => {
        await wallet.spend(manager, {
          orgId: org.id,
          credits: 2,
          associationId: association.id,
          revenueShareBps: 8000,
          kind: 'unlock',
          referenceId: 'rb',
          idempotencyKey: 'unlock:rb',
        });
        throw new Error('unlock failed after the debit');
      }),
    ).rejects.toThrow('unlock failed');
    expect((await getWallet(org)).body.balance).toBe(3);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM revenue_entries WHERE org_id = $1`, [org.id]);
    expect(n).toBe(0);
  });

  it('expires held credits returned to a lot that expired meanwhile', async () => {
    const org = await newOrg(t);
    const lot = await grantCredits(t, org.id, {
      credits: 3,
      amountPaidMinor: 900,
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    }).expect(201);
    await wallet.hold(undefined, { orgId: org.id, credits: 2, reference: 'contact:x', idempotencyKey: 'hold:x' });
    await t.dataSource.query(`UPDATE credit_lots SET expires_at = now() - interval '1 second' WHERE id = $1`, [lot.body.lot.id]);
    await wallet.expireLots(org.id);
    expect((await getWallet(org)).body).toMatchObject({ balance: 0, heldCredits: 2 });
    await wallet.releaseHeld(undefined, { orgId: org.id, reference: 'contact:x', idempotencyKey: 'decline:x' });
    expect(await wallet.expireLots(org.id)).toBe(2);
    const w = (await getWallet(org)).body;
    expect(w).toMatchObject({ balance: 0, heldCredits: 0 });
    expect(w.lots[0]).toMatchObject({ creditsExpired: 3, releasedMinor: 900 });
  });

  it('lists the ledger newest first with a cursor, only for the own org', async () => {
    const org = await newOrg(t);
    const other = await newOrg(t);
    await grantCredits(t, org.id, { credits: 5 }).expect(201);
    for (let i = 0; i < 4; i++) await spendOnce(t, org.id, association.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { data: Array<{ id: string; kind: string; credits: number }>; nextCursor: string | null } } = await t
        .http()
        .get('/v1/wallet/ledger')
        .query(cursor ? { limit: 2, cursor } : { limit: 2 })
        .set(bearer(org.key))
        .expect(200);
      seen.push(...res.body.data.map((e) => `${e.kind}:${e.credits}`));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['spend:-1', 'spend:-1', 'spend:-1', 'spend:-1', 'grant:5']);
    const empty = await t.http().get('/v1/wallet/ledger').set(bearer(other.key)).expect(200);
    expect(empty.body).toEqual({ data: [], nextCursor: null });
  });

  it('refuses wallet reads without credits:read', async () => {
    const org = await newOrg(t);
    const res = await t
      .http()
      .post('/v1/recruiter-orgs/me/api-keys')
      .set(bearer(org.key))
      .send({ name: 'search only', scopes: ['search:read'] })
      .expect(201);
    const denied = await t.http().get('/v1/wallet').set(bearer(res.body.secret)).expect(403);
    expect(denied.body.code).toBe('insufficient_scope');
  });

  it('has an invariant checker that notices a drifted cache or lot', async () => {
    const org = await newOrg(t);
    const lot = await grantCredits(t, org.id, { credits: 3, amountPaidMinor: 300 }).expect(201);
    await t.dataSource.query(`UPDATE wallets SET balance = balance + 1 WHERE org_id = $1`, [org.id]);
    expect((await ledgerViolations(t.dataSource)).join('\n')).toMatch(/balance 4 ≠ ledger sum 3/);
    await t.dataSource.query(`UPDATE wallets SET balance = balance - 1 WHERE org_id = $1`, [org.id]);
    await t.dataSource.query(`UPDATE credit_lots SET released_minor = 1 WHERE id = $1`, [lot.body.lot.id]);
    expect((await ledgerViolations(t.dataSource)).join('\n')).toMatch(/released 1 ≠ floor/);
    await t.dataSource.query(`UPDATE credit_lots SET released_minor = 0 WHERE id = $1`, [lot.body.lot.id]);
    expect(await ledgerViolations(t.dataSource)).toEqual([]);
  });

  it('lets the database refuse ledger edits and negative balances', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 1 }).expect(201);
    await expect(t.dataSource.query(`UPDATE ledger_entries SET credits_delta = 100 WHERE org_id = $1`, [org.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query(`DELETE FROM ledger_entries WHERE org_id = $1`, [org.id])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`UPDATE wallets SET balance = -1 WHERE org_id = $1`, [org.id])).rejects.toThrow(/ck_wallets_balance/);
    await expect(
      t.dataSource.query(`UPDATE credit_lots SET credits_remaining = -1, credits_consumed = 2 WHERE org_id = $1`, [org.id]),
    ).rejects.toThrow(/ck_credit_lots_nonnegative/);
    await expect(t.dataSource.query(`UPDATE wallets SET held_credits = -1 WHERE org_id = $1`, [org.id])).rejects.toThrow(/ck_wallets_held/);
  });
});

describe('lot expiry job', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOT_EXPIRY_INTERVAL_SECONDS: '1' } });
  });
  afterEach(() => expectLedgerInvariants(t.dataSource));
  afterAll(() => t.close());

  it('sweeps idle wallets on its interval', async () => {
    const org = await newOrg(t);
    const lot = await grantCredits(t, org.id, {
      credits: 5,
      amountPaidMinor: 500,
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    }).expect(201);
    await t.dataSource.query(`UPDATE credit_lots SET expires_at = now() - interval '1 second' WHERE id = $1`, [lot.body.lot.id]);
    // Polls until the timer has swept the lot; a timer that never runs fails on the test's timeout.
    let balance = 5;
    while (balance > 0) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      balance = (await t.http().get('/v1/wallet').set(bearer(org.key)).expect(200)).body.balance;
    }
    expect(balance).toBe(0);
    const [{ kind }] = await t.dataSource.query(`SELECT kind FROM revenue_entries WHERE lot_id = $1`, [lot.body.lot.id]);
    expect(kind).toBe('breakage');
  });
});
