import { seedDemoData } from '../src/demo/demo-data';
import { expectLedgerInvariants } from './support/ledger-invariants';
import { bearer, createTestApp, TestApp } from './support/test-app';

/** The demo a newcomer sees on first start: the association dashboard has months of revenue. */
describe('demo data', () => {
  let t: TestApp;
  let association: { id: string; key: string };

  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false', LOT_EXPIRY_INTERVAL_SECONDS: '0' } });
    const demo = await seedDemoData(t.app);
    const [row] = await t.dataSource.query(`SELECT id FROM associations WHERE slug = $1`, [demo!.associationSlug]);
    association = { id: row.id, key: demo!.associationKey };
  });
  afterAll(() => t.close());

  const revenue = async (query: string) =>
    (await t.http().get(`/v1/associations/${association.id}/revenue${query}`).set(bearer(association.key)).expect(200)).body;

  it('shows revenue over several months, by source, org, program and graduation year, summing to the same totals', async () => {
    const report = await revenue('');
    const months = report.rows.filter((r: any) => r.gross > 0);
    expect(months.length).toBeGreaterThanOrEqual(8);
    const [total] = report.totals;
    expect(total.gross).toBeGreaterThan(0);
    expect(total.unlocks).toBeGreaterThan(50);
    expect(total.acceptedContacts).toBeGreaterThan(5);
    expect(total.associationShare + total.platformShare).toBe(total.gross);

    const bySource = await revenue('?groupBy=source');
    expect(new Set(bySource.rows.map((r: any) => r.group))).toEqual(new Set(['unlock', 'contact']));
    const byOrg = await revenue('?groupBy=org');
    expect(new Set(byOrg.rows.map((r: any) => r.groupLabel)).size).toBe(4);
    const byProgram = await revenue('?groupBy=program');
    expect(new Set(byProgram.rows.map((r: any) => r.group)).size).toBeGreaterThanOrEqual(4);
    const byYear = await revenue('?groupBy=graduationYear');
    expect(new Set(byYear.rows.map((r: any) => r.group)).size).toBeGreaterThanOrEqual(10);
    for (const split of [bySource, byOrg, byProgram, byYear]) expect(split.totals).toEqual(report.totals);

    const activity = (await t.http().get(`/v1/associations/${association.id}/recruiter-orgs`).set(bearer(association.key)).expect(200)).body
      .data;
    expect(activity.filter((o: any) => o.unlockedAlumni > 0)).toHaveLength(4);
    const payouts = (await t.http().get(`/v1/associations/${association.id}/payouts/summary`).set(bearer(association.key)).expect(200))
      .body;
    expect(payouts.payableBalance[0].amountMinor).toBe(
      (
        await t.dataSource.query(`SELECT sum(association_share_minor)::int AS s FROM revenue_entries WHERE association_id = $1`, [
          association.id,
        ])
      )[0].s,
    );
    await expectLedgerInvariants(t.dataSource);
  });
});
