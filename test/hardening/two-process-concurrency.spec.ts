import { generateApiKey } from '../../src/api-keys/api-key-format';
import { RATE_LIMIT_CLASSES } from '../../src/config/app-config';
import { alumnusRow, importAlumni, sessionFor } from '../support/alumni-factories';
import { ApiProcess, ApiProcessGroup } from '../support/api-process';
import { grantCredits } from '../support/credits';
import { AssociationFixture, newAssociation, newOrg, newOrgKey } from '../support/factories';
import { ledgerViolations } from '../support/ledger-invariants';
import { createTestApp, TestApp } from '../support/test-app';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/**
 * Two built API processes on one database, each with its own pool and its own in-memory batch
 * queues: the same wallets are charged, held, settled and refilled through both at once, so only
 * the database (row locks, constraints) keeps the ledger right. This test process only prepares
 * the fixtures and reads the database afterwards.
 */

interface Reply {
  status: number;
  body: Record<string, any>;
}

interface Org {
  id: string;
  /** One key per process: two HR systems of one org, on one wallet. */
  keys: [string, string];
  /** Lots granted before the load (credits, amount paid) and the grant sent during it. */
  lots: Array<[number, number]>;
  topUp: [number, number];
}

interface Alumnus {
  id: string;
  association: 'A' | 'B';
  session?: string;
}

type Op =
  | { kind: 'unlock'; org: number; alumnus: Alumnus; via: number; idempotencyKey?: string; reply?: Reply }
  | { kind: 'contact'; org: number; alumnus: Alumnus; via: number; reply?: Reply }
  | { kind: 'accept' | 'decline'; org: number; alumnus: Alumnus; requestId: string; via: number; reply?: Reply }
  | { kind: 'grant'; org: number; via: number; reply?: Reply };

/** A small seeded generator: the interleaving differs per run and a failure names its seed. */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0 || 1;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('two API processes on one database: unlocks, holds, accepts and grants race on the same wallets', () => {
  let db: TestDatabase;
  let t: TestApp;
  const group = new ApiProcessGroup();
  const apis: ApiProcess[] = [];
  const adminKey = generateApiKey('adm').token;
  // Prices and shares differ per association, so a charge at the wrong price shows in the totals.
  const PRICE = { A: { unlock: 1, contact: 2, bps: 7500 }, B: { unlock: 2, contact: 3, bps: 6000 } } as const;
  let associations: Record<'A' | 'B', AssociationFixture>;

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await createTestApp({ database: db, env: { BACKGROUND_JOBS: 'false', LOT_EXPIRY_INTERVAL_SECONDS: '0' } });
    const unlimited = Object.fromEntries(RATE_LIMIT_CLASSES.map((c) => [`RATE_LIMIT_${c.toUpperCase().replace(/-/g, '_')}`, '1000000/60']));
    // One after the other: each checks the migrations at boot.
    for (let i = 0; i < 2; i++) {
      apis.push(
        await group.start(
          {
            DATABASE_URL: db.url,
            ADMIN_API_KEY: adminKey,
            ACCESS_LOG: 'false',
            BACKGROUND_JOBS: 'false',
            LOT_EXPIRY_INTERVAL_SECONDS: '0',
            DB_POOL_SIZE: '10',
            ...unlimited,
          },
          60_000,
        ),
      );
    }
  }, 180_000);

  afterAll(async () => {
    try {
      await group.stopAll();
    } finally {
      try {
        await t?.close();
      } finally {
        await db?.drop();
      }
    }
  }, 60_000);

  async function call(
    via: number,
    method: string,
    path: string,
    token: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const res = await fetch(`${apis[via].url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : {} };
  }

  function run(org: Org[], op: Op): Promise<void> {
    const o = org[op.org];
    const key = o.keys[op.via];
    let sent: Promise<Reply>;
    switch (op.kind) {
      case 'unlock':
        sent = call(
          op.via,
          'POST',
          `/v1/profiles/${op.alumnus.id}/unlock`,
          key,
          undefined,
          op.idempotencyKey ? { 'idempotency-key': op.idempotencyKey } : {},
        );
        break;
      case 'contact':
        sent = call(op.via, 'POST', `/v1/profiles/${op.alumnus.id}/contact-requests`, key, {
          jobTitle: 'Data engineer',
          message: 'Would you like to talk?',
        });
        break;
      case 'accept':
      case 'decline':
        sent = call(op.via, 'POST', `/v1/me/contact-requests/${op.requestId}/${op.kind}`, op.alumnus.session!);
        break;
      case 'grant':
        sent = call(
          op.via,
          'POST',
          `/v1/recruiter-orgs/${o.id}/credit-grants`,
          adminKey,
          { credits: o.topUp[0], amountPaidMinor: o.topUp[1], reason: 'top-up during the load' },
          { 'idempotency-key': `top-up-${o.id}` },
        );
        break;
    }
    return sent.then((reply) => void (op.reply = reply));
  }

  it('keeps every wallet exact: balance = ledger, no overdraft, one unlock per profile and org, holds settled once, revenue = credits spent', async () => {
    const seed = Date.now() % 2 ** 31;
    process.stdout.write(`two-process concurrency: seed ${seed}, processes ${apis.map((a) => a.url).join(' ')}\n`);

    // Fixtures, prepared through this test's own app instance.
    associations = {
      A: await newAssociation(t, {
        recruiterAccess: 'open',
        unlockPriceCredits: PRICE.A.unlock,
        contactPriceCredits: PRICE.A.contact,
        revenueShareBps: PRICE.A.bps,
      }),
      B: await newAssociation(t, {
        recruiterAccess: 'open',
        unlockPriceCredits: PRICE.B.unlock,
        contactPriceCredits: PRICE.B.contact,
        revenueShareBps: PRICE.B.bps,
      }),
    };
    const alumni: Alumnus[] = [];
    for (const [name, count] of [
      ['A', 70],
      ['B', 15],
    ] as const) {
      const rows = Array.from({ length: count }, () => alumnusRow({}, 'all'));
      expect((await importAlumni(t, associations[name], rows)).created).toBe(count);
      for (const row of rows) {
        const [{ id }] = await t.dataSource.query(`SELECT id FROM alumni WHERE association_id = $1 AND external_id = $2`, [
          associations[name].id,
          row.externalId,
        ]);
        alumni.push({ id, association: name, session: undefined });
        if (alumni.filter((a) => a.association === name).length <= (name === 'A' ? 8 : 4)) {
          alumni[alumni.length - 1].session = await sessionFor(t, associations[name], id, row.email as string);
        }
      }
    }
    const contactTargets = alumni.filter((a) => a.session);
    const unlockTargets = alumni.filter((a) => !a.session);
    expect([contactTargets.length, unlockTargets.filter((a) => a.association === 'A').length]).toEqual([12, 62]);

    // Every org ends up with fewer credits than there are price-1 profiles to unlock (62), so the
    // last phase, which only spends, ends with an empty wallet.
    const orgs: Org[] = [];
    for (const [lots, topUp] of [
      [
        [
          [16, 1000],
          [14, 777],
        ],
        [10, 600],
      ],
      [[[26, 1300]], [8, 333]],
      [[[24, 499]], [12, 700]],
    ] as Array<[Array<[number, number]>, [number, number]]>) {
      const org = await newOrg(t);
      const second = await newOrgKey(t, org, { name: 'second ATS' });
      // The smaller lot expires sooner, so it is drawn first.
      for (const [i, [credits, paid]] of lots.entries()) {
        const expiresAt = new Date(Date.now() + (60 - i * 30) * 86_400_000).toISOString();
        await grantCredits(t, org.id, { credits, amountPaidMinor: paid, expiresAt }).expect(201);
      }
      orgs.push({ id: org.id, keys: [org.key, second.key], lots, topUp });
    }
    const ops: Op[] = [];
    const fire = async (batch: Op[], label: string) => {
      await Promise.all(shuffled(batch, seed + ops.length).map((op) => run(orgs, op)));
      ops.push(...batch);
      const tally: Record<string, number> = {};
      for (const op of batch) {
        const name = `${op.kind} ${op.reply!.status}${op.reply!.body.code ? ` ${op.reply!.body.code}` : ''}`;
        tally[name] = (tally[name] ?? 0) + 1;
      }
      process.stdout.write(`two-process concurrency: ${label}: ${batch.length} requests ${JSON.stringify(tally)}\n`);
      const fives = batch.filter((op) => op.reply!.status >= 500);
      expect({ label, fives: fives.map((op) => `${op.kind} ${op.reply!.status} ${JSON.stringify(op.reply!.body)}`) }).toEqual({
        label,
        fives: [],
      });
    };
    const unlockedBy = (org: number) =>
      new Set(
        ops
          .filter((op) => op.kind === 'unlock' && op.org === org && op.reply!.status === 201)
          .map((op) => (op as { alumnus: Alumnus }).alumnus.id),
      );
    /** The charged unlocks among `list`, once each: a keyed duplicate replays the first answer (201, same unlock). */
    const distinctCharges = (list: Op[], org: number) => {
      const byId = new Map<string, Extract<Op, { kind: 'unlock' }>>();
      for (const op of list) {
        if (op.kind !== 'unlock' || op.org !== org || op.reply!.status !== 201) continue;
        const earlier = byId.get(op.reply!.body.unlock.id);
        if (earlier) {
          expect(op.idempotencyKey).toBeDefined();
          expect(op.idempotencyKey).toBe(earlier.idempotencyKey);
          expect(op.reply!.body).toEqual(earlier.reply!.body);
        } else byId.set(op.reply!.body.unlock.id, op);
      }
      return [...byId.values()];
    };

    // Phase 1: contact requests to 12 alumni (each sent twice, one per process) and unlocks of 10
    // profiles (some twice, through the other process, with and without a shared Idempotency-Key),
    // all at once. They ask for more than the wallet holds, yet even if every unlock came first at
    // least 14 credits are left for holds of 2 or 3: some requests are held, some refused.
    const phase1: Op[] = [];
    for (const [o] of orgs.entries()) {
      unlockTargets.slice(0, 10).forEach((alumnus, j) => {
        const via = (j + o) % 2;
        const idempotencyKey = j < 3 ? `unlock-${o}-${alumnus.id}` : undefined;
        phase1.push({ kind: 'unlock', org: o, alumnus, via, idempotencyKey });
        if (j < 6) phase1.push({ kind: 'unlock', org: o, alumnus, via: 1 - via, idempotencyKey });
      });
      contactTargets.forEach((alumnus, j) => {
        phase1.push({ kind: 'contact', org: o, alumnus, via: (j + o) % 2 }, { kind: 'contact', org: o, alumnus, via: 1 - ((j + o) % 2) });
      });
    }
    await fire(phase1, 'phase 1');

    for (const [o, org] of orgs.entries()) {
      const mine = phase1.filter((op) => op.org === o);
      const charged = distinctCharges(mine, o);
      const held = mine.filter((op) => op.kind === 'contact' && op.reply!.status === 201) as Array<Extract<Op, { kind: 'contact' }>>;
      const spent = charged.reduce((s, op) => s + PRICE[op.alumnus.association].unlock, 0);
      const holding = held.reduce((s, op) => s + PRICE[op.alumnus.association].contact, 0);
      const granted = org.lots.reduce((s, [c]) => s + c, 0);
      const refused = mine.filter((op) => op.reply!.status === 402);
      expect({ org: o, held: held.length >= 4, refused: refused.length > 0 }).toEqual({ org: o, held: true, refused: true });
      const wallet = await call(o % 2, 'GET', '/v1/wallet', org.keys[0]);
      expect(wallet.body).toMatchObject({ balance: granted - spent - holding, heldCredits: holding });
      // Refusals happen only when the wallet could not pay: what is left is below the dearest price.
      expect(wallet.body.balance).toBeLessThan(3);
      for (const op of held) expect(op.reply!.body.creditsHeld).toBe(PRICE[op.alumnus.association].contact);
      // At most one open request per org and alumnus, whatever process took it.
      for (const alumnus of contactTargets) {
        const pair = mine.filter((op) => op.kind === 'contact' && op.alumnus === alumnus);
        expect(pair.filter((op) => op.reply!.status === 201).length).toBeLessThanOrEqual(1);
        for (const op of pair.filter((x) => x.reply!.status !== 201)) {
          expect([
            [409, 'contact_request_open'],
            [402, 'insufficient_credits'],
          ]).toContainEqual([op.reply!.status, op.reply!.body.code]);
        }
      }
    }

    // Phase 2: every open request is answered (accepted or declined, sent through both
    // processes at once), while each org is topped up (one Idempotency-Key through both) and
    // unlocks everything it still lacks.
    const phase2: Op[] = [];
    const decided: Array<{ org: number; alumnus: Alumnus; requestId: string; decision: 'accept' | 'decline' }> = [];
    phase1
      .filter((op) => op.kind === 'contact' && op.reply!.status === 201)
      .forEach((op, i) => {
        const c = op as Extract<Op, { kind: 'contact' }>;
        const decision = i % 2 === 0 ? 'accept' : 'decline';
        const requestId = c.reply!.body.contactRequest.id as string;
        decided.push({ org: c.org, alumnus: c.alumnus, requestId, decision });
        phase2.push(
          { kind: decision, org: c.org, alumnus: c.alumnus, requestId, via: 0 },
          { kind: decision, org: c.org, alumnus: c.alumnus, requestId, via: 1 },
        );
      });
    expect(decided.length).toBeGreaterThanOrEqual(12);
    for (const [o] of orgs.entries()) {
      phase2.push({ kind: 'grant', org: o, via: 0 }, { kind: 'grant', org: o, via: 1 });
      const done = unlockedBy(o);
      unlockTargets
        .filter((a) => !done.has(a.id))
        .forEach((alumnus, j) => phase2.push({ kind: 'unlock', org: o, alumnus, via: (j + o) % 2 }));
    }
    await fire(phase2, 'phase 2');

    for (const d of decided) {
      const both = phase2.filter((op) => (op.kind === 'accept' || op.kind === 'decline') && op.requestId === d.requestId);
      expect(both.map((op) => op.kind)).toEqual([d.decision, d.decision]);
      const ok = both.filter((op) => op.reply!.status === 200);
      expect(ok.length).toBeGreaterThanOrEqual(1);
      for (const op of ok) expect(op.reply!.body.status).toBe(d.decision === 'accept' ? 'accepted' : 'declined');
      for (const op of both.filter((x) => x.reply!.status !== 200))
        expect([op.reply!.status, op.reply!.body.code]).toEqual([409, 'contact_request_not_open']);
    }
    for (const [o] of orgs.entries()) {
      const grants = phase2.filter((op) => op.kind === 'grant' && op.org === o);
      const created = grants.filter((op) => op.reply!.status === 201);
      expect(created.length).toBeGreaterThanOrEqual(1);
      if (created.length === 2) expect(created[1].reply!.body).toEqual(created[0].reply!.body);
      for (const op of grants.filter((x) => x.reply!.status !== 201))
        expect([op.reply!.status, op.reply!.body.code]).toEqual([409, 'idempotency_key_in_progress']);
    }

    // Phase 3: no more releases or grants; every org asks again for every profile it lacks, and
    // for a few it has (free repeats). A refused price-1 unlock then means an empty wallet.
    const phase3: Op[] = [];
    for (const [o] of orgs.entries()) {
      const done = unlockedBy(o);
      unlockTargets.forEach((alumnus, j) => {
        if (!done.has(alumnus.id) || j % 5 === 0) phase3.push({ kind: 'unlock', org: o, alumnus, via: (j + o + 1) % 2 });
      });
    }
    await fire(phase3, 'phase 3');

    // Every answer, per kind: only the documented outcomes.
    for (const op of ops) {
      const r = op.reply!;
      if (op.kind === 'unlock') {
        const allowed = [[201], [200], [402, 'insufficient_credits'], ...(op.idempotencyKey ? [[409, 'idempotency_key_in_progress']] : [])];
        expect(allowed).toContainEqual(r.status >= 400 ? [r.status, r.body.code] : [r.status]);
        if (r.status === 201) expect(r.body.creditsCharged).toBe(PRICE[op.alumnus.association].unlock);
        if (r.status === 200) expect(r.body.creditsCharged).toBe(0);
      }
    }

    for (const [o, org] of orgs.entries()) {
      const unlocks = ops.filter((op) => op.kind === 'unlock' && op.org === o) as Array<Extract<Op, { kind: 'unlock' }>>;
      const distinct = distinctCharges(unlocks, o);
      // One unlock per profile and org, and every free repeat names it.
      expect(new Set(distinct.map((op) => op.alumnus.id)).size).toBe(distinct.length);
      for (const op of unlocks.filter((x) => x.reply!.status === 200)) {
        expect(op.reply!.body.unlock.id).toBe(distinct.find((c) => c.alumnus.id === op.alumnus.id)?.reply!.body.unlock.id);
      }
      const rows: Array<{ alumnus_id: string; id: string }> = await t.dataSource.query(
        `SELECT id, alumnus_id FROM unlocks WHERE org_id = $1`,
        [org.id],
      );
      expect(rows.map((r) => r.id).sort()).toEqual(distinct.map((op) => op.reply!.body.unlock.id).sort());
      expect(new Set(rows.map((r) => r.alumnus_id)).size).toBe(rows.length);

      // Credits: everything granted was spent on unlocks at their price or on accepted requests.
      const mine = decided.filter((d) => d.org === o);
      const accepted = mine.filter((d) => d.decision === 'accept');
      const declined = mine.filter((d) => d.decision === 'decline');
      const unlockCredits = distinct.reduce((s, op) => s + PRICE[op.alumnus.association].unlock, 0);
      const contactCredits = accepted.reduce((s, d) => s + PRICE[d.alumnus.association].contact, 0);
      const granted = [...org.lots, org.topUp].reduce((s, [c]) => s + c, 0);
      const paid = [...org.lots, org.topUp].reduce((s, [, p]) => s + p, 0);
      expect({ org: o, spent: unlockCredits + contactCredits }).toEqual({ org: o, spent: granted });
      const wallet = await call(1 - (o % 2), 'GET', '/v1/wallet', org.keys[1]);
      expect(wallet.body).toMatchObject({ balance: 0, heldCredits: 0 });

      const [ledger] = await t.dataSource.query(
        `SELECT w.balance::int, w.held_credits::int AS held,
                (SELECT COALESCE(SUM(credits_delta), 0)::int FROM ledger_entries e WHERE e.wallet_id = w.id) AS ledger_sum,
                (SELECT COALESCE(SUM(credits_delta), 0)::int FROM ledger_entries e WHERE e.wallet_id = w.id AND e.kind IN ('grant', 'purchase')) AS issued,
                (SELECT count(*)::int FROM credit_lots l WHERE l.wallet_id = w.id) AS lots,
                (SELECT COALESCE(SUM(credits_consumed), 0)::int FROM credit_lots l WHERE l.wallet_id = w.id) AS consumed
           FROM wallets w WHERE w.org_id = $1`,
        [org.id],
      );
      expect(ledger).toEqual({ balance: 0, held: 0, ledger_sum: 0, issued: granted, lots: org.lots.length + 1, consumed: granted });

      // Holds: each accepted request consumed its hold once, each declined one released it once.
      const holds: Array<{ status: string; n: number; credits: number }> = await t.dataSource.query(
        `SELECT status, count(*)::int AS n, SUM(credits)::int AS credits FROM credit_holds WHERE org_id = $1 GROUP BY status ORDER BY status`,
        [org.id],
      );
      const releasedCredits = declined.reduce((s, d) => s + PRICE[d.alumnus.association].contact, 0);
      expect(holds).toEqual(
        [
          { status: 'consumed', n: accepted.length, credits: contactCredits },
          { status: 'released', n: declined.length, credits: releasedCredits },
        ].filter((h) => h.n > 0),
      );
      const requests: Array<{ status: string; n: number }> = await t.dataSource.query(
        `SELECT status, count(*)::int AS n FROM contact_requests WHERE org_id = $1 GROUP BY status ORDER BY status`,
        [org.id],
      );
      expect(requests).toEqual(
        [
          { status: 'accepted', n: accepted.length },
          { status: 'declined', n: declined.length },
        ].filter((r) => r.n > 0),
      );

      // Revenue: per association, the credits spent there at its share; in all, exactly what was paid.
      const revenue: Array<{
        association_id: string;
        credits: number;
        bps: number[];
        gross: number;
        share: number;
        expected_share: number;
      }> = await t.dataSource.query(
        `SELECT association_id, SUM(credits)::int AS credits, array_agg(DISTINCT revenue_share_bps) AS bps, SUM(gross_minor)::int AS gross,
                  SUM(association_share_minor)::int AS share, SUM(gross_minor * revenue_share_bps / 10000)::int AS expected_share
             FROM revenue_entries WHERE org_id = $1 AND kind IN ('unlock', 'contact') GROUP BY association_id`,
        [org.id],
      );
      for (const name of ['A', 'B'] as const) {
        const spentHere =
          distinct.filter((op) => op.alumnus.association === name).length * PRICE[name].unlock +
          accepted.filter((d) => d.alumnus.association === name).length * PRICE[name].contact;
        const row = revenue.find((r) => r.association_id === associations[name].id);
        expect({ org: o, association: name, credits: row?.credits ?? 0 }).toEqual({ org: o, association: name, credits: spentHere });
        if (row) {
          expect(row.bps).toEqual([PRICE[name].bps]);
          expect(row.share).toBe(row.expected_share);
        }
      }
      expect(revenue.reduce((s, r) => s + r.gross, 0)).toBe(paid);
      process.stdout.write(
        `two-process concurrency: org ${o}: ${granted} credits (${paid} paid) = ${distinct.length} unlocks (${unlockCredits} credits) + ` +
          `${accepted.length} accepted requests (${contactCredits}); ${declined.length} declined (${releasedCredits} released)\n`,
      );
    }

    // Both processes took part in every phase.
    for (const via of [0, 1]) expect(ops.filter((op) => op.via === via && op.reply!.status < 300).length).toBeGreaterThan(0);
    expect(await ledgerViolations(t.dataSource)).toEqual([]);
  }, 300_000);
});
