import { randomUUID } from 'node:crypto';
import { previousPeriod } from '../src/revenue/revenue.service';
import { WalletService } from '../src/credits/wallet.service';
import { grantCredits } from './support/credits';
import { AssociationFixture, newAssociation, newOrg, OrgFixture } from './support/factories';
import { bearer, createTestApp, TestApp } from './support/test-app';

/**
 * The revenue figures the dashboard reads: the default period (this month and the 12 before it,
 * in the association's zone), the comparison with the period before, the split by source, and
 * that every breakdown adds up to the same totals.
 */
describe('revenue for the dashboard', () => {
  let t: TestApp;
  let a: AssociationFixture;
  let o1: OrgFixture, o2: OrgFixture;
  let localToday: string, defaultFrom: string;

  async function spend(
    org: OrgFixture,
    kind: 'unlock' | 'contact',
    credits: number,
    monthsAgo: number,
    program: string,
    graduationYear: number,
  ) {
    const id = randomUUID();
    await t.app.get(WalletService).spend(undefined, {
      orgId: org.id,
      credits,
      associationId: a.id,
      revenueShareBps: 8000,
      kind,
      referenceId: id,
      idempotencyKey: `${kind}:${id}`,
      attribution: { program, graduationYear },
    });
    // Noon, local, on the first day of the month `monthsAgo` before the current local month (or today).
    await t.dataSource.query(
      `UPDATE revenue_entries SET created_at = CASE WHEN $2 = 0 THEN now()
         ELSE ((date_trunc('month', now() AT TIME ZONE 'Pacific/Auckland') - make_interval(months => $2) + interval '12 hours')
               AT TIME ZONE 'Pacific/Auckland') END
        WHERE reference = $1`,
      [`${kind}:${id}`, monthsAgo],
    );
  }
  const get = (query: string, key = a.key) => t.http().get(`/v1/associations/${a.id}/revenue${query}`).set(bearer(key));

  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false', LOT_EXPIRY_INTERVAL_SECONDS: '0' } });
    a = await newAssociation(t, { recruiterAccess: 'open' });
    // Far from UTC, so a day boundary in the wrong zone would show.
    await t.dataSource.query(`UPDATE associations SET time_zone = 'Pacific/Auckland' WHERE id = $1`, [a.id]);
    o1 = await newOrg(t, { name: 'Acme Recrutement' });
    o2 = await newOrg(t, { name: 'Beta Talents' });
    await grantCredits(t, o1.id, { credits: 30, amountPaidMinor: 30_000 }).expect(201); // 1000 a credit
    await grantCredits(t, o2.id, { credits: 30, amountPaidMinor: 15_000 }).expect(201); // 500 a credit
    await spend(o1, 'unlock', 1, 0, 'MBA', 2015); // this month: 1000
    await spend(o2, 'contact', 2, 0, 'MSc Data', 2020); // this month: 1000
    await spend(o1, 'unlock', 2, 3, 'MBA', 2015); // 2000
    await spend(o2, 'unlock', 1, 12, 'MSc Data', 2018); // first month of the default period: 500
    await spend(o1, 'contact', 3, 13, 'MBA', 2010); // just before it: previous period, 3000
    await spend(o1, 'unlock', 1, 26, 'MBA', 2010); // before both: 1000
    [{ today: localToday, from: defaultFrom }] = await t.dataSource.query(
      `SELECT to_char(now() AT TIME ZONE 'Pacific/Auckland', 'YYYY-MM-DD') AS today,
              to_char(date_trunc('month', now() AT TIME ZONE 'Pacific/Auckland') - interval '12 months', 'YYYY-MM-DD') AS from`,
    );
  });
  afterAll(() => t.close());

  it('defaults to the current month and the 12 before it, in the association zone, compared with the period before', async () => {
    const res = await get('').expect(200);
    expect(res.body).toMatchObject({
      from: defaultFrom,
      to: localToday,
      timeZone: 'Pacific/Auckland',
      granularity: 'month',
      groupBy: null,
    });
    expect(res.body.totals).toEqual([
      { currency: 'eur', gross: 4500, associationShare: 3600, platformShare: 900, unlocks: 3, acceptedContacts: 1, refundAdjustments: 0 },
    ]);
    expect(res.body.rows.map((r: any) => [r.period, r.gross])).toEqual([
      [defaultFrom, 500],
      [expect.any(String), 2000],
      [`${localToday.slice(0, 7)}-01`, 2000],
    ]);
    expect(res.body.comparison).toEqual({
      ...previousPeriod({ from: defaultFrom, to: localToday }),
      totals: [
        { currency: 'eur', gross: 3000, associationShare: 2400, platformShare: 600, unlocks: 0, acceptedContacts: 1, refundAdjustments: 0 },
      ],
    });
    // The same period given explicitly answers the same figures.
    const explicit = await get(`?from=${defaultFrom}&to=${localToday}`).expect(200);
    expect(explicit.body.totals).toEqual(res.body.totals);
    expect((await get('?compare=none').expect(200)).body.comparison).toBeNull();
    expect((await get(`?from=${defaultFrom}`).expect(400)).body.errors).toEqual([
      { field: 'to', message: 'required with the other end of the period' },
    ]);
  });

  it('splits by source, org, program and graduation year, each adding up to the same totals', async () => {
    const base = (await get('').expect(200)).body.totals;
    const bySource = (await get('?groupBy=source').expect(200)).body;
    expect(bySource.totals).toEqual(base);
    const sum = (rows: any[], group: string) => rows.filter((r) => r.group === group).reduce((s, r) => s + r.gross, 0);
    expect([sum(bySource.rows, 'unlock'), sum(bySource.rows, 'contact')]).toEqual([3500, 1000]);
    const byOrg = (await get('?groupBy=org').expect(200)).body;
    expect(byOrg.totals).toEqual(base);
    expect(new Set(byOrg.rows.map((r: any) => r.groupLabel))).toEqual(new Set(['Acme Recrutement', 'Beta Talents']));
    expect((await get('?groupBy=program').expect(200)).body.totals).toEqual(base);
    const byYear = (await get('?groupBy=graduationYear&granularity=day').expect(200)).body;
    expect(byYear.totals).toEqual(base);
    expect([...new Set(byYear.rows.map((r: any) => r.group))].sort()).toEqual(['2015', '2018', '2020']);
  });

  it('compares whole months, or the same number of days', () => {
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousPeriod({ from: '2025-12-01', to: '2026-12-05' })).toEqual({ from: '2024-11-01', to: '2025-11-05' });
    expect(previousPeriod({ from: '2026-03-10', to: '2026-03-16' })).toEqual({ from: '2026-03-03', to: '2026-03-09' });
  });

  it('gives a viewer key the revenue but not the payouts onboarding or key creation', async () => {
    const viewer = (
      await t
        .http()
        .post(`/v1/associations/${a.id}/api-keys`)
        .set(bearer(a.key))
        .send({ name: 'viewer', scopes: ['revenue:read'] })
        .expect(201)
    ).body.secret as string;
    await get('', viewer).expect(200);
    await get('?format=csv', viewer).expect(200);
    expect((await t.http().post(`/v1/associations/${a.id}/api-keys`).set(bearer(viewer)).send({ name: 'x' }).expect(403)).body.code).toBe(
      'insufficient_scope',
    );
  });
});
