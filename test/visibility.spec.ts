import { VisibilityService } from '../src/access/visibility.service';
import { newAlumnus, sessionFor } from './support/alumni-factories';
import { AssociationFixture, newAssociation, newOrg, OrgFixture } from './support/factories';
import { bearer, createTestApp, TestApp } from './support/test-app';
import { waitForLockWaiter } from './support/locks';

const CONSENT = { searchable: true, unlockable: true, contactable: true, termsVersion: '2026-01' };

describe('visibility: may org O see alumnus A', () => {
  let t: TestApp;
  let visibility: VisibilityService;
  let association: AssociationFixture;
  let org: OrgFixture;

  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false' } });
    visibility = t.app.get(VisibilityService);
    association = await newAssociation(t, { recruiterAccess: 'open' });
    org = await newOrg(t);
  });
  afterAll(() => t.close());

  const level = async (alumnusId: string, orgId = org.id) => visibility.forAlumnus(orgId, alumnusId);

  it('shows a consenting alumnus of an open association at the consented level', async () => {
    const full = await newAlumnus(t, association, 'all');
    expect(await level(full.id)).toEqual({
      alumnusId: full.id,
      associationId: association.id,
      level: 'full',
      contactable: true,
      reason: null,
    });
    const preview = await newAlumnus(t, association, 'searchable');
    expect(await level(preview.id)).toMatchObject({ level: 'preview', contactable: false });
  });

  it('hides an alumnus without consent until they consent', async () => {
    const a = await newAlumnus(t, association, 'none');
    expect(await level(a.id)).toMatchObject({ level: 'none', contactable: false, reason: 'no_consent' });
    const session = await sessionFor(t, association, a.id, a.row.email as string);
    await t.http().put('/v1/me/consent').set(bearer(session)).send(CONSENT).expect(200);
    expect(await level(a.id)).toMatchObject({ level: 'full', contactable: true });
  });

  it('hides an alumnus who withdrew, on the next call, and shows them again when they re-consent', async () => {
    const a = await newAlumnus(t, association, 'all');
    const session = await sessionFor(t, association, a.id, a.row.email as string);
    const res = await t.http().delete('/v1/me/consent').set(bearer(session)).expect(200);
    expect(res.body).toMatchObject({ searchable: false, unlockable: false, contactable: false, source: 'self_service' });
    expect(await level(a.id)).toMatchObject({ level: 'none', reason: 'consent_withdrawn' });
    await t
      .http()
      .put('/v1/me/consent')
      .set(bearer(session))
      .send({ ...CONSENT, unlockable: false, contactable: false })
      .expect(200);
    expect(await level(a.id)).toMatchObject({ level: 'preview', contactable: false });
  });

  it('hides an alumnus whose consent lapsed (older than 24 months) until they reconfirm', async () => {
    const threeYearsAgo = new Date(Date.now() - 3 * 365 * 86_400_000);
    const a = await newAlumnus(t, association, 'all', {}, threeYearsAgo);
    expect(await level(a.id)).toMatchObject({ level: 'none', reason: 'consent_lapsed' });
    const session = await sessionFor(t, association, a.id, a.row.email as string);
    const me = await t.http().get('/v1/me').set(bearer(session)).expect(200);
    expect(me.body.consent).toMatchObject({ searchable: true, lapsed: true, source: 'association_import' });
    // Confirming the profile (PATCH /v1/me) renews the consent period.
    await t.http().patch('/v1/me').set(bearer(session)).send({ openToWork: true }).expect(200);
    expect(await level(a.id)).toMatchObject({ level: 'full' });
  });

  it('hides every alumnus of a closed association until it reopens', async () => {
    const assoc = await newAssociation(t, { recruiterAccess: 'open' });
    const a = await newAlumnus(t, assoc, 'all');
    expect(await level(a.id)).toMatchObject({ level: 'full' });
    await t.http().patch(`/v1/associations/${assoc.id}`).set(bearer(assoc.key)).send({ recruiterAccess: 'closed' }).expect(200);
    expect(await level(a.id)).toMatchObject({ level: 'none', reason: 'association_closed' });
    await t.http().patch(`/v1/associations/${assoc.id}`).set(bearer(assoc.key)).send({ recruiterAccess: 'open' }).expect(200);
    expect(await level(a.id)).toMatchObject({ level: 'full' });
  });

  it('hides an approval association from an org until its access request is approved, and again once rejected', async () => {
    const assoc = await newAssociation(t, { recruiterAccess: 'approval' });
    const a = await newAlumnus(t, assoc, 'all');
    const requester = await newOrg(t);
    expect(await level(a.id, requester.id)).toMatchObject({ level: 'none', reason: 'access_not_approved' });

    const created = await t
      .http()
      .post(`/v1/associations/${assoc.id}/access-requests`)
      .set(bearer(requester.key))
      .send({ message: 'We hire data people' })
      .expect(201);
    expect(created.body).toMatchObject({ status: 'pending', orgId: requester.id });
    expect(await level(a.id, requester.id)).toMatchObject({ level: 'none', reason: 'access_not_approved' });

    const pending = await t
      .http()
      .get(`/v1/associations/${assoc.id}/access-requests`)
      .query({ status: 'pending' })
      .set(bearer(assoc.key))
      .expect(200);
    expect(pending.body.data.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
    await t.http().post(`/v1/associations/${assoc.id}/access-requests/${created.body.id}/approve`).set(bearer(assoc.key)).expect(200);
    expect(await level(a.id, requester.id)).toMatchObject({ level: 'full' });
    // Another org, not approved, still sees nothing.
    expect(await level(a.id, org.id)).toMatchObject({ level: 'none', reason: 'access_not_approved' });

    await t.http().post(`/v1/associations/${assoc.id}/access-requests/${created.body.id}/reject`).set(bearer(assoc.key)).expect(200);
    expect(await level(a.id, requester.id)).toMatchObject({ level: 'none', reason: 'access_not_approved' });
  });

  it('hides an alumnus from an org the alumnus blocked, until unblocked', async () => {
    const a = await newAlumnus(t, association, 'all');
    const other = await newOrg(t);
    const session = await sessionFor(t, association, a.id, a.row.email as string);
    await t.http().post(`/v1/me/blocked-orgs/${org.id}`).set(bearer(session)).expect(204);
    expect(await level(a.id)).toMatchObject({ level: 'none', reason: 'blocked_by_alumnus' });
    expect(await level(a.id, other.id)).toMatchObject({ level: 'full' });
    const listed = await t.http().get('/v1/me/blocked-orgs').set(bearer(session)).expect(200);
    expect(listed.body.data).toEqual([expect.objectContaining({ orgId: org.id })]);
    await t.http().delete(`/v1/me/blocked-orgs/${org.id}`).set(bearer(session)).expect(204);
    expect(await level(a.id)).toMatchObject({ level: 'full' });
  });

  it('hides every alumnus of an association from an org the association blocked, until unblocked', async () => {
    const assoc = await newAssociation(t, { recruiterAccess: 'open' });
    const a = await newAlumnus(t, assoc, 'all');
    await t.http().post(`/v1/associations/${assoc.id}/blocked-orgs`).set(bearer(assoc.key)).send({ orgId: org.id }).expect(201);
    expect(await level(a.id)).toMatchObject({ level: 'none', reason: 'blocked_by_association' });
    const listed = await t.http().get(`/v1/associations/${assoc.id}/blocked-orgs`).set(bearer(assoc.key)).expect(200);
    expect(listed.body.data).toEqual([expect.objectContaining({ orgId: org.id, associationId: assoc.id })]);
    const other = await newAssociation(t);
    await t.http().get(`/v1/associations/${assoc.id}/blocked-orgs`).set(bearer(other.key)).expect(404);
    await t.http().delete(`/v1/associations/${assoc.id}/blocked-orgs/${org.id}`).set(bearer(other.key)).expect(404);
    await t.http().delete(`/v1/associations/${assoc.id}/blocked-orgs/${org.id}`).set(bearer(assoc.key)).expect(204);
    expect(await level(a.id)).toMatchObject({ level: 'full' });
  });

  it('hides everything from a suspended org', async () => {
    const a = await newAlumnus(t, association, 'all');
    const suspended = await newOrg(t);
    await t.dataSource.query(`UPDATE recruiter_orgs SET status = 'suspended' WHERE id = $1`, [suspended.id]);
    expect(await level(a.id, suspended.id)).toMatchObject({ level: 'none', reason: 'org_inactive' });
  });

  it('answers many ids in one call, unknown ids included', async () => {
    const visible = await newAlumnus(t, association, 'searchable');
    const hidden = await newAlumnus(t, association, 'none');
    const unknown = '00000000-0000-4000-8000-000000000000';
    const map = await visibility.forAlumni(org.id, [visible.id, hidden.id, unknown, 'not-a-uuid']);
    expect(map.get(visible.id)?.level).toBe('preview');
    expect(map.get(hidden.id)?.level).toBe('none');
    expect(map.get(unknown)).toMatchObject({ level: 'none', reason: 'not_found', associationId: null });
    expect(map.get('not-a-uuid')?.level).toBe('none');
    expect(await visibility.filterVisible(org.id, [hidden.id, visible.id])).toEqual([visible.id]);
  });

  it('refuses unlockable or contactable without searchable, and unknown terms', async () => {
    const a = await newAlumnus(t, association, 'none');
    const session = await sessionFor(t, association, a.id, a.row.email as string);
    const res = await t
      .http()
      .put('/v1/me/consent')
      .set(bearer(session))
      .send({ ...CONSENT, searchable: false })
      .expect(400);
    expect(res.body.code).toBe('consent_requires_searchable');
    const terms = await t
      .http()
      .put('/v1/me/consent')
      .set(bearer(session))
      .send({ ...CONSENT, termsVersion: '1999' })
      .expect(400);
    expect(terms.body.code).toBe('unknown_terms_version');
    expect(await level(a.id)).toMatchObject({ level: 'none', reason: 'no_consent' });
  });

  it('holds its answer until the caller commits when asked to lock (a withdrawal waits)', async () => {
    const a = await newAlumnus(t, association, 'all');
    const session = await sessionFor(t, association, a.id, a.row.email as string);
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      expect(await visibility.forAlumnus(org.id, a.id, runner.manager, { lock: true })).toMatchObject({ level: 'full' });
      let withdrawn = false;
      const withdrawal = t
        .http()
        .delete('/v1/me/consent')
        .set(bearer(session))
        .then((res) => {
          withdrawn = true;
          return res;
        });
      // The withdrawal waits for the alumni row this transaction locked.
      await waitForLockWaiter(t.dataSource);
      expect(withdrawn).toBe(false);
      await runner.commitTransaction();
      expect((await withdrawal).status).toBe(200);
    } finally {
      await runner.release();
    }
    expect(await level(a.id)).toMatchObject({ level: 'none', reason: 'consent_withdrawn' });
  });

  it('keeps the consent log append-only in the database', async () => {
    const a = await newAlumnus(t, association, 'all');
    await expect(t.dataSource.query(`UPDATE consent_events SET searchable = false WHERE alumnus_id = $1`, [a.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query(`DELETE FROM consent_events WHERE alumnus_id = $1`, [a.id])).rejects.toThrow(/append-only/);
  });
});
