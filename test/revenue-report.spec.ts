import { randomUUID } from 'node:crypto';
import { ContactsService } from '../src/contacts/contacts.service';
import { WalletService } from '../src/credits/wallet.service';
import { newAlumnus, sessionFor } from './support/alumni-factories';
import { grantCredits } from './support/credits';
import { AssociationFixture, newAssociation, newOrg, OrgFixture } from './support/factories';
import { expectLedgerInvariants } from './support/ledger-invariants';
import { bearer, createTestApp, TestApp } from './support/test-app';

/**
 * A fixed scenario checked against hand-computed numbers. revenue_entries has no append-only
 * trigger (only ledger_entries does), so the test places each movement in time by setting its
 * revenue rows' created_at right after the movement; the amounts themselves come from the real
 * wallet code (cumulative rounding, share snapshot).
 *
 * Associations: A1 Europe/Paris 80 %, A2 America/New_York 70 %, A3 Asia/Tokyo 50 %.
 * Lots: O1 3 credits for 10.00 (333, 333, 334), O2 10 for 25.00 (250 each), O3 4 for 10.00
 * (250 each, later fully refunded), O4 2 for 7.00 (350 each, the second one expires).
 */
describe('revenue reports: a fixed scenario', () => {
  let t: TestApp;
  let wallet: WalletService;
  let a1: AssociationFixture, a2: AssociationFixture, a3: AssociationFixture;
  let o1: OrgFixture, o2: OrgFixture, o3: OrgFixture, o4: OrgFixture;

  const placeAt = (reference: string, at: string) =>
    t.dataSource.query(`UPDATE revenue_entries SET created_at = $2 WHERE reference = $1`, [reference, at]);

  async function unlock(
    org: OrgFixture,
    association: AssociationFixture,
    bps: number,
    credits: number,
    at: string,
    program: string,
    graduationYear: number,
  ) {
    const id = randomUUID();
    await wallet.spend(undefined, {
      orgId: org.id,
      credits,
      associationId: association.id,
      revenueShareBps: bps,
      kind: 'unlock',
      referenceId: id,
      idempotencyKey: `unlock:${id}`,
      attribution: { program, graduationYear },
    });
    await placeAt(`unlock:${id}`, at);
  }

  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false', LOT_EXPIRY_INTERVAL_SECONDS: '0' } });
    wallet = t.app.get(WalletService);
    a1 = await newAssociation(t, { recruiterAccess: 'open' });
    a2 = await newAssociation(t, { recruiterAccess: 'open' });
    a3 = await newAssociation(t, { recruiterAccess: 'open' });
    const setup = [
      [a1, 8000, 'Europe/Paris'],
      [a2, 7000, 'America/New_York'],
      [a3, 5000, 'Asia/Tokyo'],
    ] as const;
    for (const [a, bps, tz] of setup) {
      await t.dataSource.query(`UPDATE associations SET revenue_share_bps = $2, time_zone = $3, contact_price_credits = 2 WHERE id = $1`, [
        a.id,
        bps,
        tz,
      ]);
    }
    [o1, o2, o3, o4] = await Promise.all([newOrg(t, { name: 'Org One' }), newOrg(t, { name: 'Org Two' }), newOrg(t), newOrg(t)]);
    await grantCredits(t, o1.id, { credits: 3, amountPaidMinor: 1000 }).expect(201);
    await grantCredits(t, o2.id, { credits: 10, amountPaidMinor: 2500 }).expect(201);
    const o3Lot = (await grantCredits(t, o3.id, { credits: 4, amountPaidMinor: 1000 }).expect(201)).body.lot.id;
    const o4Lot = (
      await grantCredits(t, o4.id, { credits: 2, amountPaidMinor: 700, expiresAt: new Date(Date.now() + 3_600_000).toISOString() }).expect(
        201,
      )
    ).body.lot.id;

    // A1 (Paris, UTC+1 in winter)
    await unlock(o1, a1, 8000, 1, '2026-01-15T10:00:00Z', 'MBA', 2010); // 333 → Jan
    await unlock(o1, a1, 8000, 1, '2026-01-31T23:30:00Z', 'MSc', 2015); // 333 → Paris 1 Feb 00:30 → Feb
    await unlock(o1, a1, 8000, 1, '2026-01-31T22:30:00Z', 'MSc', 2015); // 334 → Paris 31 Jan 23:30 → Jan
    // An accepted contact from O2 to an A1 alumnus: 2 credits, 500.
    const alumnus = await newAlumnus(t, a1, 'all', { program: 'MBA', graduationYear: 2010 });
    const session = await sessionFor(t, a1, alumnus.id, alumnus.row.email as string);
    const c = await t
      .http()
      .post(`/v1/profiles/${alumnus.id}/contact-requests`)
      .set(bearer(o2.key))
      .send({ jobTitle: 'CFO', message: 'Hi' })
      .expect(201);
    await t.http().post(`/v1/me/contact-requests/${c.body.contactRequest.id}/accept`).set(bearer(session)).expect(200);
    await placeAt(`contact:${c.body.contactRequest.id}`, '2026-02-10T12:00:00Z');

    // A2 (New York, UTC−5)
    await unlock(o2, a2, 7000, 2, '2026-02-01T03:00:00Z', 'BBA', 2020); // 500 → NY 31 Jan 22:00 → Jan
    await unlock(o3, a2, 7000, 1, '2026-02-15T15:00:00Z', 'BBA', 2020); // 250 → Feb
    // A contact from O2 to an A2 alumnus that expires: nothing recognised.
    const b = await newAlumnus(t, a2, 'all');
    const expiring = await t
      .http()
      .post(`/v1/profiles/${b.id}/contact-requests`)
      .set(bearer(o2.key))
      .send({ jobTitle: 'CTO', message: 'Hi' })
      .expect(201);
    await t.dataSource.query(`UPDATE contact_requests SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      expiring.body.contactRequest.id,
    ]);
    expect(await t.app.get(ContactsService).expireDue()).toBe(1);
    // O3's lot fully refunded: 3 unspent credits voided (750), the spent one (250) stays A2's: −250 for the platform.
    await t.dataSource.transaction((m) => wallet.applyRefund(m, { orgId: o3.id, lotId: o3Lot, amountRefundedMinor: 1000 }));
    await t.dataSource.query(
      `UPDATE revenue_entries SET created_at = '2026-02-16T00:00:00Z' WHERE lot_id = $1 AND kind = 'refund_adjustment'`,
      [o3Lot],
    );

    // A3 (Tokyo, UTC+9)
    await unlock(o4, a3, 5000, 1, '2026-01-31T16:00:00Z', 'PhD', 2012); // 350 → Tokyo 1 Feb 01:00 → Feb
    await t.dataSource.query(`UPDATE credit_lots SET expires_at = now() - interval '1 second' WHERE id = $1`, [o4Lot]);
    expect(await wallet.expireAllLots()).toBe(1);
    await placeAt(`lot:${o4Lot}`, '2026-02-20T00:00:00Z'); // breakage 350
  });
  afterAll(async () => {
    await expectLedgerInvariants(t.dataSource);
    await t.close();
  });

  const report = (a: AssociationFixture, query: string, key = a.key) =>
    t.http().get(`/v1/associations/${a.id}/revenue?from=2026-01-01&to=2026-02-28&${query}`).set(bearer(key));
  const pick = (rows: Record<string, unknown>[]) =>
    rows.map(({ period, group, gross, associationShare, platformShare, unlocks, acceptedContacts, refundAdjustments }) => [
      period,
      group,
      gross,
      associationShare,
      platformShare,
      unlocks,
      acceptedContacts,
      refundAdjustments,
    ]);

  it('A1 by month, in Paris time: the 22:30Z and 23:30Z unlocks of 31 Jan land in different months', async () => {
    const res = await report(a1, 'granularity=month').expect(200);
    expect(res.body).toMatchObject({ timeZone: 'Europe/Paris', granularity: 'month', groupBy: null });
    expect(pick(res.body.rows)).toEqual([
      ['2026-01-01', null, 667, 533, 134, 2, 0, 0],
      ['2026-02-01', null, 833, 666, 167, 1, 1, 0],
    ]);
    expect(res.body.totals).toEqual([
      { currency: 'eur', gross: 1500, associationShare: 1199, platformShare: 301, unlocks: 3, acceptedContacts: 1, refundAdjustments: 0 },
    ]);
  });

  it('A1 by day, by program, by graduation year and by org', async () => {
    const days = await report(a1, 'granularity=day').expect(200);
    expect(pick(days.body.rows)).toEqual([
      ['2026-01-15', null, 333, 266, 67, 1, 0, 0],
      ['2026-01-31', null, 334, 267, 67, 1, 0, 0],
      ['2026-02-01', null, 333, 266, 67, 1, 0, 0],
      ['2026-02-10', null, 500, 400, 100, 0, 1, 0],
    ]);
    const programs = await report(a1, 'granularity=month&groupBy=program').expect(200);
    expect(pick(programs.body.rows)).toEqual([
      ['2026-01-01', 'MBA', 333, 266, 67, 1, 0, 0],
      ['2026-01-01', 'MSc', 334, 267, 67, 1, 0, 0],
      ['2026-02-01', 'MBA', 500, 400, 100, 0, 1, 0],
      ['2026-02-01', 'MSc', 333, 266, 67, 1, 0, 0],
    ]);
    const years = await report(a1, 'granularity=month&groupBy=graduationYear').expect(200);
    expect(pick(years.body.rows).map((r) => r[1])).toEqual(['2010', '2015', '2010', '2015']);
    const orgs = await report(a1, 'granularity=month&groupBy=org').expect(200);
    const byOrg = orgs.body.rows.map((r: any) => [r.period, r.groupLabel, r.gross, r.associationShare, r.unlocks, r.acceptedContacts]);
    expect(byOrg.sort()).toEqual([
      ['2026-01-01', 'Org One', 667, 533, 2, 0],
      ['2026-02-01', 'Org One', 333, 266, 1, 0],
      ['2026-02-01', 'Org Two', 500, 400, 0, 1],
    ]);
    const weeks = await report(a1, 'granularity=week').expect(200);
    // ISO weeks start on Monday: 12 Jan, 26 Jan (31 Jan and 1 Feb are Sat and Sun), 9 Feb.
    expect(pick(weeks.body.rows).map((r) => [r[0], r[2]])).toEqual([
      ['2026-01-12', 333],
      ['2026-01-26', 667],
      ['2026-02-09', 500],
    ]);
  });

  it('A2 in New York time and A3 in Tokyo time; the refund stays with the platform', async () => {
    const r2 = await report(a2, 'granularity=month').expect(200);
    expect(pick(r2.body.rows)).toEqual([
      ['2026-01-01', null, 500, 350, 150, 1, 0, 0],
      ['2026-02-01', null, 250, 175, 75, 1, 0, 0],
    ]);
    const r3 = await report(a3, 'granularity=month').expect(200);
    expect(pick(r3.body.rows)).toEqual([['2026-02-01', null, 350, 175, 175, 1, 0, 0]]);
  });

  it('the platform report (UTC) adds breakage and refund adjustments, and everything adds up', async () => {
    const res = await t
      .http()
      .get('/v1/platform/revenue?from=2026-01-01&to=2026-02-28&granularity=month')
      .set(bearer(t.adminKey))
      .expect(200);
    expect(
      res.body.rows.map((r: any) => [
        r.period,
        r.gross,
        r.associationShare,
        r.platformShare,
        r.unlocks,
        r.acceptedContacts,
        r.breakage,
        r.refundAdjustments,
      ]),
    ).toEqual([
      ['2026-01-01', 1350, 974, 376, 4, 0, 0, 0],
      ['2026-02-01', 1350, 925, 425, 2, 1, 350, -250],
    ]);
    expect(res.body.totals).toEqual([
      {
        currency: 'eur',
        gross: 2700,
        associationShare: 1899,
        platformShare: 801,
        unlocks: 6,
        acceptedContacts: 1,
        refundAdjustments: -250,
        breakage: 350,
      },
    ]);
    // Rule 4: what was recognised equals what was paid for the credits consumed or expired, minus the refund loss.
    const [{ paid }] = await t.dataSource.query(`SELECT sum(released_minor)::int - sum(refund_loss_minor)::int AS paid FROM credit_lots`);
    expect(paid).toBe(2700);
  });

  it('counts a spend drawing on two lots as one unlock', async () => {
    const a = await newAssociation(t, { recruiterAccess: 'open' });
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 1, amountPaidMinor: 100 }).expect(201);
    await grantCredits(t, org.id, { credits: 1, amountPaidMinor: 300 }).expect(201);
    await unlock(org, a, 8000, 2, '2026-01-05T12:00:00Z', 'MBA', 2010);
    const res = await report(a, 'granularity=month').expect(200);
    expect(pick(res.body.rows)).toEqual([['2026-01-01', null, 400, 320, 80, 1, 0, 0]]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM revenue_entries WHERE association_id = $1`, [a.id]);
    expect(n).toBe(2);
  });

  it('CSV and JSON agree; the CSV is named after the report and has every cell filled', async () => {
    for (const query of [
      'granularity=month',
      'granularity=day&groupBy=org',
      'granularity=month&groupBy=program',
      'granularity=week&groupBy=source',
    ]) {
      const json = await report(a1, query).expect(200);
      const csv = await report(a1, query).set('accept', 'text/csv').expect(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      const groupBy = new URLSearchParams(query).get('groupBy');
      const granularity = new URLSearchParams(query).get('granularity');
      expect(csv.headers['content-disposition']).toBe(
        `attachment; filename="revenue-${a1.slug}-${json.body.from}_${json.body.to}-${granularity}${groupBy ? `-by-${groupBy}` : ''}.csv"`,
      );
      // A plain link (?format=csv) gets the same file.
      const linked = await report(a1, `${query}&format=csv`).expect(200);
      expect(linked.text).toBe(csv.text);
      expect(linked.headers['content-disposition']).toBe(csv.headers['content-disposition']);
      expect(csv.text.split('\r\n')[0]).toBe(
        'period,group,groupLabel,currency,gross,associationShare,platformShare,unlocks,acceptedContacts,refundAdjustments,breakage',
      );
      const [header, ...lines] = csv.text.trim().split('\r\n');
      const columns = header.split(',');
      const parsed = lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], v])));
      expect(parsed).toHaveLength(json.body.rows.length);
      json.body.rows.forEach((row: any, i: number) => {
        for (const c of [
          'period',
          'currency',
          'gross',
          'associationShare',
          'platformShare',
          'unlocks',
          'acceptedContacts',
          'refundAdjustments',
        ]) {
          expect(parsed[i][c]).toBe(String(row[c]));
        }
        expect(parsed[i].group).toBe(row.group ?? (groupBy ? 'unknown' : 'all'));
        expect(parsed[i].groupLabel).toBe(groupBy === 'org' ? row.groupLabel : parsed[i].group);
        expect(parsed[i].breakage).toBe('0');
        expect(Object.values(parsed[i]).every((v) => v !== '')).toBe(true);
      });
    }
  });

  it('validates the range and hides other associations (404); needs revenue:read', async () => {
    expect((await report(a1, 'granularity=month', a2.key).expect(404)).body.code).toBe('not_found');
    await report(a1, 'granularity=month', t.adminKey).expect(200);
    await t.http().get(`/v1/associations/${a1.id}/revenue?from=2026-01-01&to=2027-03-01`).set(bearer(a1.key)).expect(400);
    await t.http().get(`/v1/associations/${a1.id}/revenue?from=2026-02-01&to=2026-01-01`).set(bearer(a1.key)).expect(400);
    await t.http().get(`/v1/associations/${a1.id}/revenue?from=2026-02-30&to=2026-03-01`).set(bearer(a1.key)).expect(400);
    await t.http().get(`/v1/associations/${a1.id}/revenue?from=2026-01-01`).set(bearer(a1.key)).expect(400);
    await report(a1, 'granularity=year').expect(400);
    await report(a1, 'groupBy=alumnus').expect(400);
    await t.http().get('/v1/platform/revenue?from=2026-01-01&to=2026-02-28').set(bearer(a1.key)).expect(403);
    await report(a1, 'granularity=month', o1.key).expect(403);
    const limited = await t
      .http()
      .post(`/v1/associations/${a1.id}/api-keys`)
      .set(bearer(a1.key))
      .send({ name: 'alumni only', scopes: ['alumni:read'] })
      .expect(201);
    expect((await report(a1, 'granularity=month', limited.body.secret).expect(403)).body.code).toBe('insufficient_scope');
  });
});
