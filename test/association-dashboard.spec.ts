import { randomUUID } from 'node:crypto';
import { CURRENT_TERMS_VERSION } from '../src/alumni/consent-terms';
import { newAlumnus, sessionFor } from './support/alumni-factories';
import { grantCredits } from './support/credits';
import { AssociationFixture, newAssociation, newOrg, OrgFixture } from './support/factories';
import { bearer, createTestApp, TestApp } from './support/test-app';

const DAY = 86_400_000;
const monthsAgo = (months: number, days = 0) => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - months);
  return new Date(d.getTime() - days * DAY);
};

/** Consent health, invitations to a selection, and the recruiter orgs dealing with an association. */
describe('association dashboard: consent health and recruiter access', () => {
  let t: TestApp;
  let a: AssociationFixture;
  const ids: Record<string, string> = {};
  const emails: Record<string, string> = {};
  let acme: OrgFixture, globex: OrgFixture, initech: OrgFixture;
  const health = async () => (await t.http().get(`/v1/associations/${a.id}/consent-health`).set(bearer(a.key)).expect(200)).body;
  const invite = (alumnusIds: string[], key = a.key) =>
    t.http().post(`/v1/associations/${a.id}/alumni/invitations`).set(bearer(key)).send({ alumnusIds });
  const orgs = async (q?: string) =>
    (
      await t
        .http()
        .get(`/v1/associations/${a.id}/recruiter-orgs`)
        .query(q === undefined ? {} : { q })
        .set(bearer(a.key))
        .expect(200)
    ).body.data;

  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false', LOT_EXPIRY_INTERVAL_SECONDS: '0' } });
    a = await newAssociation(t, { recruiterAccess: 'open' });
    for (const [name, consent, fields, at] of [
      ['all1', 'all', {}, new Date()],
      ['all2', 'all', {}, new Date()],
      ['lapsing', 'searchable', {}, monthsAgo(24, -10)], // lapses in about 10 days
      ['lapsed', 'searchable', {}, monthsAgo(25)],
      ['none1', 'none', {}, undefined],
      ['none2', 'none', {}, undefined],
      ['noEmail', 'none', {}, undefined],
    ] as const) {
      const created = await newAlumnus(t, a, consent, fields, at);
      ids[name] = created.id;
      emails[name] = created.row.email as string;
    }
    // Imports require an email; older records may lack one (the column allows it).
    await t.dataSource.query(`UPDATE alumni SET email = NULL WHERE id = $1`, [ids.noEmail]);
    acme = await newOrg(t, { name: 'Acme Recrutement', emailDomain: 'acme-rh.example' });
    globex = await newOrg(t, { name: 'Globex 100% Talent', emailDomain: 'globex.example' });
    initech = await newOrg(t, { name: 'Initech', emailDomain: 'initech.example' });
  });
  afterAll(() => t.close());

  it('counts consent as search and unlocks apply it, lapse included', async () => {
    expect(await health()).toEqual({
      total: 7,
      searchable: 3,
      unlockable: 2,
      contactable: 2,
      lapsingIn30Days: 1,
      lapsed: 1,
      neverAnswered: 0,
      neverInvited: 7,
      withoutEmail: 1,
      lapseMonths: 24,
    });
    const lapsing = (await t.http().get(`/v1/associations/${a.id}/consent-health/alumni?segment=lapsing`).set(bearer(a.key)).expect(200))
      .body;
    expect(lapsing.data.map((x: any) => x.id)).toEqual([ids.lapsing]);
    expect(Date.parse(lapsing.data[0].consentLapsesAt)).toBeGreaterThan(Date.now());
  });

  it('invites a bounded selection, skipping unknown alumni and those without email; an answer leaves "never answered"', async () => {
    const other = await newAssociation(t);
    const foreign = await newAlumnus(t, other);
    const res = await invite([ids.none1, ids.none2, ids.noEmail, foreign.id, randomUUID()]).expect(202);
    expect(res.body.queued).toBe(2);
    expect(res.body.skipped).toEqual([
      { alumnusId: ids.noEmail, reason: 'no_email' },
      { alumnusId: foreign.id, reason: 'not_found' },
      { alumnusId: expect.any(String), reason: 'not_found' },
    ]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM mail_outbox WHERE alumnus_id = ANY($1::uuid[]) AND kind = 'invitation'`,
      [[ids.none1, ids.none2]],
    );
    expect(n).toBe(2);
    expect(await health()).toMatchObject({ neverAnswered: 2, neverInvited: 5 });

    // none1 answers (consent off is an answer too).
    const session = await sessionFor(t, a, ids.none1, emails.none1);
    await t
      .http()
      .put('/v1/me/consent')
      .set(bearer(session))
      .send({ searchable: true, unlockable: false, contactable: false, termsVersion: CURRENT_TERMS_VERSION })
      .expect(200);
    expect(await health()).toMatchObject({ neverAnswered: 1, searchable: 4 });
    const never = (
      await t.http().get(`/v1/associations/${a.id}/consent-health/alumni?segment=never_answered`).set(bearer(a.key)).expect(200)
    ).body;
    expect(never.data.map((x: any) => [x.id, typeof x.lastInvitedAt])).toEqual([[ids.none2, 'string']]);

    await invite(Array.from({ length: 101 }, () => randomUUID())).expect(400);
    await invite([]).expect(400);
    const readOnly = (
      await t
        .http()
        .post(`/v1/associations/${a.id}/api-keys`)
        .set(bearer(a.key))
        .send({ name: 'reader', scopes: ['alumni:read'] })
        .expect(201)
    ).body.secret;
    await invite([ids.none2], readOnly).expect(403);
    await t.http().get(`/v1/associations/${a.id}/consent-health`).set(bearer(other.key)).expect(404);
  });

  it('lists the orgs that unlocked or contacted alumni, and finds any org by name or domain to block it', async () => {
    await grantCredits(t, acme.id, { credits: 5, amountPaidMinor: 5000 }).expect(201);
    await t.http().post(`/v1/profiles/${ids.all1}/unlock`).set(bearer(acme.key)).expect(201);
    await t.http().post(`/v1/profiles/${ids.all2}/unlock`).set(bearer(acme.key)).expect(201);
    await t.http().post(`/v1/associations/${a.id}/blocked-orgs`).set(bearer(a.key)).send({ orgId: initech.id }).expect(201);

    expect((await orgs()).map((o: any) => [o.name, o.unlockedAlumni, o.contactedAlumni, o.blocked])).toEqual([
      ['Acme Recrutement', 2, 0, false],
      ['Initech', 0, 0, true],
    ]);
    expect((await orgs('ACME-rh'))[0]).toMatchObject({ orgId: acme.id, emailDomain: 'acme-rh.example', unlockedAlumni: 2 });
    expect((await orgs('globex')).map((o: any) => [o.orgId, o.blocked, o.unlockedAlumni])).toEqual([[globex.id, false, 0]]);
    // LIKE wildcards in the search are literal.
    expect((await orgs('100%')).map((o: any) => o.orgId)).toEqual([globex.id]);
    expect(await orgs('_')).toEqual([]);
  });
});
