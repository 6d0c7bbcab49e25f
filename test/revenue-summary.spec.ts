import { randomUUID } from 'node:crypto';
import { AssociationsRepository } from '../src/associations/associations.repository';
import { RevenueGroupBy, RevenueRepository } from '../src/revenue/revenue.repository';
import { WalletService } from '../src/credits/wallet.service';
import { newAlumnus } from './support/alumni-factories';
import { grantCredits } from './support/credits';
import { AssociationFixture, newAssociation, newOrg, OrgFixture } from './support/factories';
import { expectLedgerInvariants } from './support/ledger-invariants';
import { summaryDifferences } from './support/revenue-rows';
import { bearer, createTestApp, TestApp } from './support/test-app';

/**
 * The association report reads revenue_daily, a per-local-day summary, plus the deltas that the
 * triggers on revenue_entries append and a job folds into it (compactSummary). Here it must equal the same report computed from revenue_entries
 * (RevenueRepository.associationFromEntries) for every granularity and groupBy, after a seeded
 * random mix of spends, refunds, expiries and rows moved in time (UPDATE created_at, one row or
 * several in one statement), in zones with half-hour offsets and across month and DST boundaries;
 * before and after the deltas are folded, and again after time-zone changes, including one made
 * while spends and compactions are running.
 */
describe('revenue summary (revenue_daily) equals the raw aggregation', () => {
  let t: TestApp;
  let wallet: WalletService;
  let repo: RevenueRepository;
  let associations: Array<AssociationFixture & { timeZone: string }>;
  let orgs: OrgFixture[];
  const lots: Array<{ orgId: string; lotId: string; paid: number }> = [];
  const references: string[] = [];

  // Deterministic: a failure is reproducible from the seed (mulberry32).
  const seed = Number(process.env.REVENUE_SUMMARY_SEED ?? 20260126);
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  // Instants between 25 Jan and 5 Apr 2026: month ends, and Europe's DST change on 29 March.
  const someInstant = () => new Date(Date.UTC(2026, 0, 25) + Math.floor(random() * 70 * 24 * 4) * 15 * 60_000).toISOString();

  async function spend(org: OrgFixture, association: AssociationFixture, credits: number): Promise<void> {
    const id = randomUUID();
    const kind = pick(['unlock', 'contact'] as const);
    try {
      await wallet.spend(undefined, {
        orgId: org.id,
        credits,
        associationId: association.id,
        revenueShareBps: pick([0, 5000, 7000, 8000, 10000]),
        kind,
        referenceId: id,
        idempotencyKey: `${kind}:${id}`,
        attribution: { program: pick(['MBA', 'MSc', 'PhD', null]), graduationYear: pick([2001, 2010, 2015, null]) },
      });
      references.push(`${kind}:${id}`);
    } catch (error) {
      if ((error as { code?: string }).code !== 'insufficient_credits') throw error;
    }
  }

  async function grant(org: OrgFixture): Promise<void> {
    const paid = pick([0, 700, 1000, 2500, 9999]);
    const expiring = random() < 0.3;
    const res = await grantCredits(t, org.id, {
      credits: 1 + Math.floor(random() * 8),
      amountPaidMinor: paid,
      ...(expiring ? { expiresAt: new Date(Date.now() + 3_600_000).toISOString() } : {}),
    }).expect(201);
    lots.push({ orgId: org.id, lotId: res.body.lot.id, paid });
  }

  async function expectSummaryEqualsRaw(association: AssociationFixture & { timeZone: string }): Promise<void> {
    for (const granularity of ['day', 'week', 'month'] as const) {
      for (const groupBy of [undefined, 'org', 'program', 'graduationYear'] as Array<RevenueGroupBy | undefined>) {
        const range = { from: '2026-01-01', to: '2026-04-30', timeZone: association.timeZone, granularity };
        const summary = await repo.association(association.id, range, groupBy);
        const raw = await repo.associationFromEntries(association.id, range, groupBy);
        expect({ association: association.timeZone, granularity, groupBy, rows: summary }).toEqual({
          association: association.timeZone,
          granularity,
          groupBy,
          rows: raw,
        });
      }
    }
    // Also over a range that cuts the data in the middle of a month and of a week.
    const partial = { from: '2026-02-11', to: '2026-03-17', timeZone: association.timeZone, granularity: 'week' as const };
    expect(await repo.association(association.id, partial, 'program')).toEqual(
      await repo.associationFromEntries(association.id, partial, 'program'),
    );
  }

  async function setTimeZone(association: AssociationFixture & { timeZone: string }, timeZone: string): Promise<void> {
    await t.http().patch(`/v1/associations/${association.id}`).set(bearer(association.key)).send({ timeZone }).expect(200);
    association.timeZone = timeZone;
  }

  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false', LOT_EXPIRY_INTERVAL_SECONDS: '0' } });
    wallet = t.app.get(WalletService);
    repo = t.app.get(RevenueRepository);
    associations = [];
    for (const timeZone of ['Europe/Paris', 'Asia/Kolkata', 'America/St_Johns']) {
      associations.push({ ...(await newAssociation(t, { recruiterAccess: 'open', timeZone })), timeZone });
    }
    orgs = await Promise.all([newOrg(t), newOrg(t), newOrg(t), newOrg(t)]);
    for (const org of orgs) for (let i = 0; i < 3; i++) await grant(org);

    for (let step = 0; step < 120; step++) {
      const r = random();
      if (r < 0.5) {
        await spend(pick(orgs), pick(associations), 1 + Math.floor(random() * 4));
      } else if (r < 0.6) {
        await grant(pick(orgs));
      } else if (r < 0.8 && references.length > 0) {
        // One movement's rows (one or two lots) moved to another instant.
        await t.dataSource.query(`UPDATE revenue_entries SET created_at = $2 WHERE reference = $1`, [pick(references), someInstant()]);
      } else if (r < 0.85) {
        // Several movements of one org moved in one statement, each by its own offset.
        await t.dataSource.query(
          `UPDATE revenue_entries SET created_at = created_at + (id % 97) * interval '7 hours 30 minutes' - interval '12 days'
            WHERE org_id = $1 AND association_id IS NOT NULL`,
          [pick(orgs).id],
        );
      } else if (r < 0.93) {
        const lot = pick(lots);
        await t.dataSource.transaction((m) =>
          wallet.applyRefund(m, { orgId: lot.orgId, lotId: lot.lotId, amountRefundedMinor: Math.ceil(lot.paid * random()) }),
        );
      } else {
        const lot = pick(lots);
        await t.dataSource.query(
          `UPDATE credit_lots SET expires_at = now() - interval '1 second' WHERE id = $1 AND expires_at IS NOT NULL`,
          [lot.lotId],
        );
        await wallet.expireAllLots();
      }
    }
  }, 120_000);
  afterAll(async () => {
    await expectLedgerInvariants(t.dataSource);
    await t.close();
  });

  it('after a random mix of spends, refunds, expiries and moved rows', async () => {
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM revenue_entries WHERE association_id IS NOT NULL`);
    expect(n).toBeGreaterThan(30);
    const [{ pending }] = await t.dataSource.query(`SELECT count(*)::int AS pending FROM revenue_daily_delta`);
    expect(pending).toBeGreaterThan(0);
    for (const association of associations) await expectSummaryEqualsRaw(association);
    expect(await repo.compactSummary()).toBe(pending);
    const [{ left }] = await t.dataSource.query(`SELECT count(*)::int AS left FROM revenue_daily_delta`);
    expect(left).toBe(0);
    for (const association of associations) await expectSummaryEqualsRaw(association);
    // And the folded summary equals the same sums taken afresh from revenue_entries, every column.
    expect(await summaryDifferences((sql, parameters) => t.dataSource.query(sql, parameters))).toBe(0);
  });

  it('is rebuilt when the association changes its time zone (PATCH), whole-hour and half-hour zones alike', async () => {
    const [a] = associations;
    // A known movement: 31 Jan 19:00Z is 20:00 on 31 Jan in Paris, 00:30 on 1 Feb in Kolkata.
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 1, amountPaidMinor: 12345 }).expect(201);
    const id = randomUUID();
    await wallet.spend(undefined, {
      orgId: org.id,
      credits: 1,
      associationId: a.id,
      revenueShareBps: 8000,
      kind: 'unlock',
      referenceId: id,
      idempotencyKey: `unlock:${id}`,
    });
    await t.dataSource.query(`UPDATE revenue_entries SET created_at = '2026-01-31T19:00:00Z' WHERE reference = $1`, [`unlock:${id}`]);
    const byOrg = async () => {
      const res = await t
        .http()
        .get(`/v1/associations/${a.id}/revenue?from=2026-01-01&to=2026-02-28&granularity=month&groupBy=org`)
        .set(bearer(a.key))
        .expect(200);
      return res.body.rows
        .filter((row: { group: string }) => row.group === org.id)
        .map((row: { period: string; gross: number }) => [row.period, row.gross]);
    };
    await setTimeZone(a, 'Europe/Paris');
    expect(await byOrg()).toEqual([['2026-01-01', 12345]]);
    await setTimeZone(a, 'Asia/Kolkata');
    expect(await byOrg()).toEqual([['2026-02-01', 12345]]);
    await expectSummaryEqualsRaw(a);
    await setTimeZone(a, 'Pacific/Chatham'); // UTC+13:45 in (southern) summer
    await expectSummaryEqualsRaw(a);
    await setTimeZone(a, 'Europe/Paris');
    expect(await byOrg()).toEqual([['2026-01-01', 12345]]);
    await expectSummaryEqualsRaw(a);
  });

  it('stays exact when the time zone changes while spends are being recorded', async () => {
    const a = associations[2];
    const spenders = await Promise.all(Array.from({ length: 6 }, () => newOrg(t)));
    for (const org of spenders) await grantCredits(t, org.id, { credits: 40, amountPaidMinor: 4000 }).expect(201);
    const spending = Promise.all(
      spenders.map(async (org) => {
        for (let i = 0; i < 6; i++) {
          const id = randomUUID();
          await wallet.spend(undefined, {
            orgId: org.id,
            credits: 1,
            associationId: a.id,
            revenueShareBps: 7000,
            kind: 'unlock',
            referenceId: id,
            idempotencyKey: `unlock:${id}`,
            attribution: { program: 'MBA', graduationYear: 2010 },
          });
        }
      }),
    );
    let done = false;
    const compacting = (async () => {
      while (!done) await repo.compactSummary();
    })();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await setTimeZone(a, 'Pacific/Kiritimati'); // UTC+14: today's spends move a day forward
    await spending;
    done = true;
    await compacting;
    const today = { from: '2026-01-01', to: '2030-12-31', timeZone: a.timeZone, granularity: 'day' as const };
    // The 400-day limit is the service's; the repository answers any range.
    const summary = await repo.association(a.id, today, 'org');
    expect(summary).toEqual(await repo.associationFromEntries(a.id, today, 'org'));
    const spent = summary.filter((row) => spenders.some((o) => o.id === row.group)).reduce((sum, row) => sum + row.unlocks, 0);
    expect(spent).toBe(36);
    await expectSummaryEqualsRaw(a);
    await repo.compactSummary();
    expect(await repo.association(a.id, today, 'org')).toEqual(summary);
  });

  it('a time-zone change does not wait for a spending transaction that has written its deltas', async () => {
    const a = associations[1];
    await setTimeZone(a, 'Pacific/Kiritimati'); // UTC+14, then UTC−11: now is on another local day in each
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 1, amountPaidMinor: 500 }).expect(201);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let written!: () => void;
    const spent = new Promise<void>((resolve) => (written = resolve));
    const spending = t.dataSource.transaction(async (m) => {
      const id = randomUUID();
      await wallet.spend(m, {
        orgId: org.id,
        credits: 1,
        associationId: a.id,
        revenueShareBps: 8000,
        kind: 'unlock',
        referenceId: id,
        idempotencyKey: `unlock:${id}`,
      });
      written();
      await gate; // the deltas are written, not yet committed
    });
    await spent;
    try {
      // A plain UPDATE: the rebuild runs in its trigger and commits while the spend is still open.
      await settlesWithin(5000, t.dataSource.query(`UPDATE associations SET time_zone = 'Pacific/Pago_Pago' WHERE id = $1`, [a.id]));
      a.timeZone = 'Pacific/Pago_Pago';
    } finally {
      release();
      await spending;
    }
    // The spend's deltas were invisible to the rebuild, so they stayed pending; they are read
    // (and then folded) under the new zone.
    const range = { from: '2026-01-01', to: '2030-12-31', timeZone: a.timeZone, granularity: 'day' as const };
    expect(await repo.association(a.id, range, 'org')).toEqual(await repo.associationFromEntries(a.id, range, 'org'));
    expect(await repo.compactSummary()).toBeGreaterThan(0);
    expect(await repo.association(a.id, range, 'org')).toEqual(await repo.associationFromEntries(a.id, range, 'org'));
    await expectSummaryEqualsRaw(a);
  });

  it("lets the association's unlocks and spends commit while its time-zone change is still open", async () => {
    const a = associations[0];
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 10, amountPaidMinor: 1000 }).expect(201);
    const { id: alumnusId } = await newAlumnus(t, a, 'unlockable');
    const associationRows = t.app.get(AssociationsRepository);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let rebuilt!: () => void;
    const changed = new Promise<void>((resolve) => (rebuilt = resolve));
    // What PATCH does (lock the row, then the UPDATE whose trigger rebuilds the summary), held open.
    const change = t.dataSource.transaction(async (m) => {
      await associationRows.lockById(m, a.id);
      await associationRows.update(m, a.id, { timeZone: 'Asia/Kolkata' });
      rebuilt();
      await gate;
    });
    await changed;
    let balance: number;
    try {
      const unlocked = await settlesWithin(
        5000,
        t
          .http()
          .post(`/v1/profiles/${alumnusId}/unlock`)
          .set(bearer(org.key))
          .send()
          .then((r) => r),
      );
      expect(unlocked.status).toBe(201);
      const id = randomUUID();
      const spend = await settlesWithin(
        5000,
        wallet.spend(undefined, {
          orgId: org.id,
          credits: 1,
          associationId: a.id,
          revenueShareBps: 8000,
          kind: 'contact',
          referenceId: id,
          idempotencyKey: `contact:${id}`,
        }),
      );
      balance = spend.balance;
      expect(balance).toBe(10 - unlocked.body.creditsCharged - 1);
    } finally {
      release();
      await change;
    }
    a.timeZone = 'Asia/Kolkata';
    await expectSummaryEqualsRaw(a);
    await repo.compactSummary();
    await expectSummaryEqualsRaw(a);
  });

  it('relies on zone offsets being whole quarter-hours, which holds for every zone PostgreSQL knows, 2024–2030', async () => {
    // Deltas are kept per UTC quarter-hour and placed on local days later: a zone whose offset
    // were not a multiple of 15 minutes would split a quarter-hour across two local days.
    const odd = await t.dataSource.query(`
      SELECT DISTINCT z.name
        FROM pg_timezone_names z, generate_series(timestamptz '2024-01-01', timestamptz '2031-01-01', interval '1 month') AS at(t)
       WHERE extract(epoch FROM (at.t AT TIME ZONE z.name) - (at.t AT TIME ZONE 'UTC'))::int % 900 <> 0`);
    expect(odd).toEqual([]);
  });

  it('lets spends of different orgs for one association, day and program commit without waiting on each other', async () => {
    const a = associations[0];
    const [first, second] = await Promise.all([newOrg(t), newOrg(t)]);
    for (const org of [first, second]) await grantCredits(t, org.id, { credits: 2, amountPaidMinor: 200 }).expect(201);
    const unlock = (orgId: string, m: import('typeorm').EntityManager) => {
      const id = randomUUID();
      return wallet.spend(m, {
        orgId,
        credits: 1,
        associationId: a.id,
        revenueShareBps: 8000,
        kind: 'unlock',
        referenceId: id,
        idempotencyKey: `unlock:${id}`,
        attribution: { program: 'MBA', graduationYear: 2010 },
      });
    };
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let written!: () => void;
    const spent = new Promise<void>((resolve) => (written = resolve));
    // The first org's spend stays uncommitted while the second org spends for the same day and program:
    // a summary row updated inside the spend would make the second wait until lock_timeout.
    const open = t.dataSource.transaction(async (m) => {
      await unlock(first.id, m);
      written();
      await gate;
    });
    await spent;
    const other = await t.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL lock_timeout = '2s'`);
      return unlock(second.id, m);
    });
    expect(other.balance).toBe(1);
    release();
    await open;
    await repo.compactSummary();
    const range = { from: '2026-01-01', to: '2030-12-31', timeZone: a.timeZone, granularity: 'day' as const };
    expect(await repo.association(a.id, range, 'program')).toEqual(await repo.associationFromEntries(a.id, range, 'program'));
  });
});

/** `promise`, or a failure when it has not settled within `ms` (a wait on a lock shows as this). */
async function settlesWithin<T>(ms: number, promise: PromiseLike<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([Promise.resolve(promise), late]);
  } finally {
    clearTimeout(timer);
  }
}
