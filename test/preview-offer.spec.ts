import { alumnusRow, importAlumni, sessionFor } from './support/alumni-factories';
import { grantCredits } from './support/credits';
import { AssociationFixture, newAssociation, newOrg, OrgFixture } from './support/factories';
import { expectLedgerInvariants } from './support/ledger-invariants';
import { bearer, createTestApp, TestApp } from './support/test-app';

const CONTACT = { jobTitle: 'Data engineer', message: 'Hello, would you like to talk?' };

interface Offer {
  unlockable: boolean;
  unlockPriceCredits: number;
  contactable: boolean;
  contactPriceCredits: number;
}

/**
 * A preview's unlockable / contactable flags and prices say what the unlock and contact routes
 * then do: a flag set means the route succeeds and charges (or holds) the price shown, a flag
 * cleared means the route refuses.
 */
describe('preview offers', () => {
  let t: TestApp;
  let association: AssociationFixture;
  beforeAll(async () => {
    t = await createTestApp();
    association = await newAssociation(t, { recruiterAccess: 'open', unlockPriceCredits: 3, contactPriceCredits: 2 });
  });
  afterEach(() => expectLedgerInvariants(t.dataSource));
  afterAll(() => t.close());

  /** Imports one searchable alumnus with the given unlock and contact consents. */
  async function alumnus(unlockable: boolean, contactable: boolean): Promise<string> {
    const row = alumnusRow({ headline: 'Offer test' }, 'searchable');
    Object.assign(row, { consentUnlockable: unlockable, consentContactable: contactable });
    expect((await importAlumni(t, association, [row])).created).toBe(1);
    const [{ id }] = await t.dataSource.query(`SELECT id FROM alumni WHERE association_id = $1 AND external_id = $2`, [
      association.id,
      row.externalId,
    ]);
    return id;
  }
  const balance = async (org: OrgFixture) => (await t.http().get('/v1/wallet').set(bearer(org.key)).expect(200)).body;
  const offerOf = (body: Record<string, unknown>): Offer => ({
    unlockable: body.unlockable as boolean,
    unlockPriceCredits: body.unlockPriceCredits as number,
    contactable: body.contactable as boolean,
    contactPriceCredits: body.contactPriceCredits as number,
  });

  /** Acts on the offer through the routes and checks each flag against what happened. */
  async function expectRoutesFollow(org: OrgFixture, id: string, offer: Offer): Promise<void> {
    const before = await balance(org);
    const unlocked = await t.http().post(`/v1/profiles/${id}/unlock`).set(bearer(org.key)).send();
    if (offer.unlockable) {
      expect(unlocked.status).toBe(201);
      expect(unlocked.body.creditsCharged).toBe(offer.unlockPriceCredits);
      expect(offerOf(unlocked.body.profile)).toEqual(offer);
    } else {
      expect(unlocked.status).toBe(403);
      expect(unlocked.body.code).toBe('not_unlockable');
    }
    const afterUnlock = await balance(org);
    expect(afterUnlock.balance).toBe(before.balance - (offer.unlockable ? offer.unlockPriceCredits : 0));

    const contacted = await t.http().post(`/v1/profiles/${id}/contact-requests`).set(bearer(org.key)).send(CONTACT);
    if (offer.contactable) {
      expect(contacted.status).toBe(201);
      expect(contacted.body.creditsHeld).toBe(offer.contactPriceCredits);
    } else {
      expect(contacted.status).toBe(403);
      expect(contacted.body.code).toBe('not_contactable');
    }
    expect((await balance(org)).heldCredits).toBe(afterUnlock.heldCredits + (offer.contactable ? offer.contactPriceCredits : 0));
  }

  it('search and profile previews carry the flags and prices the unlock and contact routes then apply', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 40, amountPaidMinor: 4000 }).expect(201);
    const cases = [
      { id: await alumnus(false, false), unlockable: false, contactable: false },
      { id: await alumnus(true, false), unlockable: true, contactable: false },
      { id: await alumnus(false, true), unlockable: false, contactable: true },
      { id: await alumnus(true, true), unlockable: true, contactable: true },
    ];
    const search = await t.http().get('/v1/search').query({ associationIds: association.id, limit: 100 }).set(bearer(org.key)).expect(200);
    const byId = new Map<string, Record<string, unknown>>(search.body.data.map((p: { alumnusId: string }) => [p.alumnusId, p]));
    for (const c of cases) {
      const expected: Offer = { unlockable: c.unlockable, unlockPriceCredits: 3, contactable: c.contactable, contactPriceCredits: 2 };
      expect(byId.has(c.id)).toBe(true);
      expect(offerOf(byId.get(c.id)!)).toEqual(expected);
      const profile = await t.http().get(`/v1/profiles/${c.id}`).set(bearer(org.key)).expect(200);
      expect(profile.body.level).toBe('preview');
      expect(offerOf(profile.body)).toEqual(expected);
      await expectRoutesFollow(org, c.id, expected);
    }
  });

  it("follows a consent change and the association's current prices on the next read, and the routes follow them", async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 40, amountPaidMinor: 4000 }).expect(201);
    const other = await newAssociation(t, { recruiterAccess: 'open', unlockPriceCredits: 5, contactPriceCredits: 4 });
    const row = alumnusRow({ headline: 'Offer test' }, 'searchable');
    expect((await importAlumni(t, other, [row])).created).toBe(1);
    const [{ id }] = await t.dataSource.query(`SELECT id FROM alumni WHERE association_id = $1 AND external_id = $2`, [
      other.id,
      row.externalId,
    ]);
    const before = await t.http().get(`/v1/profiles/${id}`).set(bearer(org.key)).expect(200);
    expect(offerOf(before.body)).toEqual({ unlockable: false, unlockPriceCredits: 5, contactable: false, contactPriceCredits: 4 });

    // The association raises its prices; the alumnus then allows unlocks and contact.
    await t
      .http()
      .patch(`/v1/associations/${other.id}`)
      .set(bearer(other.key))
      .send({ unlockPriceCredits: 7, contactPriceCredits: 6 })
      .expect(200);
    const session = await sessionFor(t, other, id, row.email as string);
    await t
      .http()
      .put('/v1/me/consent')
      .set(bearer(session))
      .send({ searchable: true, unlockable: true, contactable: true, termsVersion: '2026-01' })
      .expect(200);

    const search = await t.http().get('/v1/search').query({ associationIds: other.id }).set(bearer(org.key)).expect(200);
    const expected: Offer = { unlockable: true, unlockPriceCredits: 7, contactable: true, contactPriceCredits: 6 };
    expect(search.body.data.map((p: Record<string, unknown>) => [p.alumnusId, offerOf(p)])).toEqual([[id, expected]]);
    await expectRoutesFollow(org, id, expected);
  });
});
