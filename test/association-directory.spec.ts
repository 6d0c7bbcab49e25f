import { newAlumnus, sessionFor } from './support/alumni-factories';
import { AssociationFixture, newAssociation, newOrg, newOrgKey, OrgFixture } from './support/factories';
import { bearer, createTestApp, TestApp } from './support/test-app';

/** GET /v1/associations/directory: the marketplace as one recruiter org sees it. */
describe('association directory', () => {
  let t: TestApp;
  let x: OrgFixture;
  let y: OrgFixture;
  let open: AssociationFixture;
  let pending: AssociationFixture;
  let approved: AssociationFixture;
  let rejected: AssociationFixture;
  let blocking: AssociationFixture;
  let closed: AssociationFixture;

  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false' } });
    [x, y] = [await newOrg(t), await newOrg(t)];
    open = await newAssociation(t, { recruiterAccess: 'open', name: 'Directory 1 open' });
    pending = await newAssociation(t, { recruiterAccess: 'approval', name: 'Directory 2 pending' });
    approved = await newAssociation(t, { recruiterAccess: 'approval', name: 'Directory 3 approved' });
    rejected = await newAssociation(t, { recruiterAccess: 'approval', name: 'Directory 4 rejected' });
    blocking = await newAssociation(t, { recruiterAccess: 'open', name: 'Directory 5 blocking' });
    closed = await newAssociation(t, { recruiterAccess: 'closed', name: 'Directory 6 closed' });

    // Searchable counts: two searchable alumni in `open`, one of whom blocked org x; one without consent.
    await newAlumnus(t, open, 'searchable');
    const blocker = await newAlumnus(t, open, 'all');
    await newAlumnus(t, open, 'none');
    const session = await sessionFor(t, open, blocker.id, blocker.row.email as string);
    await t
      .http()
      .post(`/v1/me/blocked-orgs/${x.id}`)
      .set(bearer(session))
      .expect((res) => expect([200, 201, 204]).toContain(res.status));
    await newAlumnus(t, closed, 'searchable');

    const ask = async (association: AssociationFixture) =>
      (await t.http().post(`/v1/associations/${association.id}/access-requests`).set(bearer(x.key)).send({ message: 'hello' }).expect(201))
        .body.id as string;
    await ask(pending);
    const approve = await ask(approved);
    await t.http().post(`/v1/associations/${approved.id}/access-requests/${approve}/approve`).set(bearer(approved.key)).expect(200);
    const reject = await ask(rejected);
    await t.http().post(`/v1/associations/${rejected.id}/access-requests/${reject}/reject`).set(bearer(rejected.key)).expect(200);
    await t.http().post(`/v1/associations/${blocking.id}/blocked-orgs`).set(bearer(blocking.key)).send({ orgId: x.id }).expect(201);
  });
  afterAll(() => t.close());

  const directory = async (key: string, query: Record<string, string | number> = {}) =>
    (await t.http().get('/v1/associations/directory').query(query).set(bearer(key)).expect(200)).body as {
      data: Array<{ id: string; name: string; slug: string; searchableAlumni: number; recruiterAccess: string; accessStatus: string }>;
      nextCursor: string | null;
    };

  it("gives each association's policy, searchable count and this org's status, without closed associations", async () => {
    const page = await directory(x.key);
    expect(page.nextCursor).toBeNull();
    expect(page.data).toEqual([
      { id: open.id, name: 'Directory 1 open', slug: open.slug, searchableAlumni: 1, recruiterAccess: 'open', accessStatus: 'open' },
      {
        id: pending.id,
        name: 'Directory 2 pending',
        slug: pending.slug,
        searchableAlumni: 0,
        recruiterAccess: 'approval',
        accessStatus: 'pending',
      },
      {
        id: approved.id,
        name: 'Directory 3 approved',
        slug: approved.slug,
        searchableAlumni: 0,
        recruiterAccess: 'approval',
        accessStatus: 'approved',
      },
      {
        id: rejected.id,
        name: 'Directory 4 rejected',
        slug: rejected.slug,
        searchableAlumni: 0,
        recruiterAccess: 'approval',
        accessStatus: 'rejected',
      },
      {
        id: blocking.id,
        name: 'Directory 5 blocking',
        slug: blocking.slug,
        searchableAlumni: 0,
        recruiterAccess: 'open',
        accessStatus: 'blocked',
      },
    ]);
    expect(page.data.map((a) => a.id)).not.toContain(closed.id);
  });

  it("never shows another org's status or another org's blocks", async () => {
    const page = await directory(y.key);
    expect(page.data.map((a) => [a.id, a.accessStatus, a.searchableAlumni])).toEqual([
      [open.id, 'open', 2],
      [pending.id, 'not_requested', 0],
      [approved.id, 'not_requested', 0],
      [rejected.id, 'not_requested', 0],
      [blocking.id, 'open', 0],
    ]);
  });

  it('lets the org request access from it: the status follows', async () => {
    const z = await newOrg(t);
    const before = await directory(z.key);
    const target = before.data.find((a) => a.accessStatus === 'not_requested')!;
    await t.http().post(`/v1/associations/${target.id}/access-requests`).set(bearer(z.key)).send({}).expect(201);
    const after = await directory(z.key);
    expect(after.data.find((a) => a.id === target.id)!.accessStatus).toBe('pending');
    // Asking again after a rejection re-opens the request.
    await t.http().post(`/v1/associations/${rejected.id}/access-requests`).set(bearer(x.key)).send({}).expect(201);
    expect((await directory(x.key)).data.find((a) => a.id === rejected.id)!.accessStatus).toBe('pending');
    const refused = await t.http().post(`/v1/associations/${closed.id}/access-requests`).set(bearer(x.key)).send({}).expect(409);
    expect(refused.body.code).toBe('access_request_closed');
  });

  it('pages by name with a cursor, within the limit bounds', async () => {
    const seen: string[] = [];
    let cursor: string | null | undefined;
    let pages = 0;
    do {
      const page = await directory(y.key, cursor ? { limit: 2, cursor } : { limit: 2 });
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((a) => a.name));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([
      'Directory 1 open',
      'Directory 2 pending',
      'Directory 3 approved',
      'Directory 4 rejected',
      'Directory 5 blocking',
    ]);
    expect((await directory(y.key, { limit: 100 })).data).toHaveLength(5);
    for (const limit of [0, 101, -1, 'ten']) {
      const res = await t.http().get('/v1/associations/directory').query({ limit }).set(bearer(y.key)).expect(400);
      expect(res.body.code).toBe('validation_failed');
    }
    await t.http().get('/v1/associations/directory').query({ cursor: 'not-a-cursor' }).set(bearer(y.key)).expect(400);
  });

  it('requires a recruiter key with search:read', async () => {
    await t.http().get('/v1/associations/directory').expect(401);
    const billing = await newOrgKey(t, y, { scopes: ['credits:read'] });
    const res = await t.http().get('/v1/associations/directory').set(bearer(billing.key)).expect(403);
    expect(res.body.code).toBe('insufficient_scope');
    await t.http().get('/v1/associations/directory').set(bearer(open.key)).expect(403);
    await t.http().get('/v1/associations/directory').set(bearer(t.adminKey)).expect(403);
  });
});
