import { MailService } from '../src/mail/mail.service';
import { newAssociation, newOrg } from './support/factories';
import { cookieSession, latestSignInToken, signInAs } from './support/people';
import { bearer, createTestApp, TestApp } from './support/test-app';

describe('members: roles as scopes, invitations, owners, audit log', () => {
  let t: TestApp;
  const origin = () => ({ origin: t.config.publicOrigin });

  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false' } });
    t.app.get(MailService).consoleSink = () => undefined;
  });
  afterAll(() => t.close());

  /** An association created with ownerEmail, its owner signed in through the invitation link. */
  async function associationWithOwner(ownerEmail: string) {
    const association = await newAssociation(t, { ownerEmail });
    const token = await latestSignInToken(t, ownerEmail, 'member_invitation');
    const { cookie, session } = await cookieSession(t, token);
    return { association, owner: { cookie, memberId: session.principal.memberId as string, session } };
  }

  it('invites the owner named at creation; the invitation link signs them in with every association scope', async () => {
    const { association, owner } = await associationWithOwner('president@asso-a.example');
    expect(owner.session.principal).toMatchObject({
      kind: 'member',
      role: 'owner',
      email: 'president@asso-a.example',
      association: { id: association.id, slug: association.slug },
    });
    expect(owner.session.principal.scopes).toEqual(expect.arrayContaining(['alumni:write', 'keys:manage', 'members:manage', 'audit:read']));
    const members = await t.http().get(`/v1/associations/${association.id}/members`).set('cookie', owner.cookie).expect(200);
    expect(members.body.data).toEqual([
      expect.objectContaining({ email: 'president@asso-a.example', role: 'owner', joinedAt: expect.any(String) }),
    ]);
  });

  it('gives a viewer no more than its scopes: no key creation, no member management; reads allowed', async () => {
    const { association, owner } = await associationWithOwner('owner@asso-v.example');
    await t
      .http()
      .post(`/v1/associations/${association.id}/members`)
      .set('cookie', owner.cookie)
      .set(origin())
      .send({ email: 'viewer@asso-v.example', role: 'viewer', locale: 'en' })
      .expect(201);
    const viewer = await cookieSession(t, await latestSignInToken(t, 'viewer@asso-v.example', 'member_invitation'));
    expect(viewer.session.principal.scopes).toEqual(['revenue:read']);

    const key = await t
      .http()
      .post(`/v1/associations/${association.id}/api-keys`)
      .set('cookie', viewer.cookie)
      .set(origin())
      .send({ name: 'sneaky' })
      .expect(403);
    expect(key.body.code).toBe('insufficient_scope');
    await t
      .http()
      .post(`/v1/associations/${association.id}/members`)
      .set('cookie', viewer.cookie)
      .set(origin())
      .send({ email: 'x@asso-v.example', role: 'owner' })
      .expect(403);
    await t
      .http()
      .patch(`/v1/associations/${association.id}`)
      .set('cookie', viewer.cookie)
      .set(origin())
      .send({ name: 'Hijacked' })
      .expect(403);
    await t.http().get(`/v1/associations/${association.id}`).set('cookie', viewer.cookie).expect(200);
    await t.http().get(`/v1/associations/${association.id}/revenue`).set('cookie', viewer.cookie).expect(200);
  });

  it('answers 404 to a member of association A on association B', async () => {
    const { owner } = await associationWithOwner('owner@asso-x.example');
    const other = await newAssociation(t);
    const res = await t.http().get(`/v1/associations/${other.id}/members`).set('cookie', owner.cookie).expect(404);
    expect(res.body.code).toBe('not_found');
    await t.http().get(`/v1/associations/${other.id}`).set('cookie', owner.cookie).expect(404);
    await t.http().patch(`/v1/associations/${other.id}`).set('cookie', owner.cookie).set(origin()).send({ name: 'Taken over' }).expect(404);
    await t.http().post(`/v1/associations/${other.id}/api-keys`).set('cookie', owner.cookie).set(origin()).send({ name: 'k' }).expect(404);
  });

  it("records a member's write and a key's write in the audit log, readable by owners only", async () => {
    const { association, owner } = await associationWithOwner('owner@asso-audit.example');
    await t
      .http()
      .patch(`/v1/associations/${association.id}`)
      .set('cookie', owner.cookie)
      .set(origin())
      .send({ name: 'Renamed by owner' })
      .expect(200);
    await t.http().patch(`/v1/associations/${association.id}`).set(bearer(association.key)).send({ name: 'Renamed by key' }).expect(200);
    // A refused write is not an action.
    await t
      .http()
      .patch(`/v1/associations/${association.id}`)
      .set('cookie', owner.cookie)
      .set('origin', 'https://evil.example')
      .send({ name: 'x' })
      .expect(403);

    const log = await t.http().get(`/v1/associations/${association.id}/audit-log`).set('cookie', owner.cookie).expect(200);
    const patches = log.body.data.filter((e: { action: string }) => e.action === 'PATCH /v1/associations/:id');
    expect(patches).toHaveLength(2);
    expect(patches[0].actor).toMatchObject({ kind: 'api_key' });
    expect(patches[1].actor).toEqual({ kind: 'member', id: owner.memberId, label: 'owner@asso-audit.example' });
    expect(patches[1].target).toBe(`/v1/associations/${association.id}`);

    await t
      .http()
      .post(`/v1/associations/${association.id}/members`)
      .set('cookie', owner.cookie)
      .set(origin())
      .send({ email: 'am@asso-audit.example', role: 'alumni_manager' })
      .expect(201);
    const manager = await cookieSession(t, await latestSignInToken(t, 'am@asso-audit.example', 'member_invitation'));
    await t.http().get(`/v1/associations/${association.id}/audit-log`).set('cookie', manager.cookie).expect(403);
  });

  it('lists the audit log newest first by number, across a change in the number of digits, page after page', async () => {
    const { association } = await associationWithOwner('owner@asso-order.example');
    // Ids 96 to 105 sort differently as numbers and as text ("99" > "105").
    await t.dataSource.query(`SELECT setval(pg_get_serial_sequence('audit_log', 'id'), 95)`);
    for (let i = 0; i < 10; i++) {
      await t
        .http()
        .patch(`/v1/associations/${association.id}`)
        .set(bearer(association.key))
        .send({ name: `Order ${i}` })
        .expect(200);
    }
    const ids: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { data: Array<{ id: string }>; nextCursor: string | null } } = await t
        .http()
        .get(`/v1/associations/${association.id}/audit-log?limit=4${cursor ? `&cursor=${cursor}` : ''}`)
        .set(bearer(association.key))
        .expect(200);
      ids.push(...page.body.data.map((e) => Number(e.id)));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(ids).toEqual([105, 104, 103, 102, 101, 100, 99, 98, 97, 96]);
  });

  it('keeps the last owner, refuses escalation, and signs a removed member out at once', async () => {
    const { association, owner } = await associationWithOwner('owner@asso-r.example');
    const last = await t
      .http()
      .delete(`/v1/associations/${association.id}/members/${owner.memberId}`)
      .set('cookie', owner.cookie)
      .set(origin())
      .expect(409);
    expect(last.body.code).toBe('last_owner');
    await t
      .http()
      .patch(`/v1/associations/${association.id}/members/${owner.memberId}`)
      .set('cookie', owner.cookie)
      .set(origin())
      .send({ role: 'viewer' })
      .expect(409);

    // A key holding members:manage but not every owner scope cannot create an owner.
    const narrow = await t
      .http()
      .post(`/v1/associations/${association.id}/api-keys`)
      .set(bearer(association.key))
      .send({ name: 'members only', scopes: ['members:manage'] })
      .expect(201);
    const escalation = await t
      .http()
      .post(`/v1/associations/${association.id}/members`)
      .set(bearer(narrow.body.secret))
      .send({ email: 'boss@asso-r.example', role: 'owner' })
      .expect(403);
    expect(escalation.body.code).toBe('scope_escalation');
    const wrongRole = await t
      .http()
      .post(`/v1/associations/${association.id}/members`)
      .set(bearer(association.key))
      .send({ email: 'r@asso-r.example', role: 'recruiter' })
      .expect(400);
    expect(wrongRole.body.code).toBe('validation_failed');

    const added = await t
      .http()
      .post(`/v1/associations/${association.id}/members`)
      .set('cookie', owner.cookie)
      .set(origin())
      .send({ email: 'treasurer@asso-r.example', role: 'treasurer' })
      .expect(201);
    const dup = await t
      .http()
      .post(`/v1/associations/${association.id}/members`)
      .set('cookie', owner.cookie)
      .set(origin())
      .send({ email: 'Treasurer@asso-r.example', role: 'viewer' })
      .expect(409);
    expect(dup.body.code).toBe('member_exists');
    const treasurer = await signInAs(t, 'treasurer@asso-r.example');
    await t.http().get('/v1/auth/session').set('cookie', treasurer.cookie).expect(200);
    await t
      .http()
      .delete(`/v1/associations/${association.id}/members/${added.body.id}`)
      .set('cookie', owner.cookie)
      .set(origin())
      .expect(204);
    await t.http().get('/v1/auth/session').set('cookie', treasurer.cookie).expect(401);
  });

  it('gives recruiter-org members their role scopes and the org owner invited at creation', async () => {
    const org = await newOrg(t, { ownerEmail: 'boss@hunt.example' });
    const owner = await cookieSession(t, await latestSignInToken(t, 'boss@hunt.example', 'member_invitation'));
    expect(owner.session.principal).toMatchObject({ kind: 'member', role: 'owner', org: { id: org.id } });
    await t
      .http()
      .post('/v1/recruiter-orgs/me/members')
      .set('cookie', owner.cookie)
      .set(origin())
      .send({ email: 'billing@hunt.example', role: 'billing' })
      .expect(201);
    const billing = await cookieSession(t, await latestSignInToken(t, 'billing@hunt.example', 'member_invitation'));
    await t.http().get('/v1/wallet').set('cookie', billing.cookie).expect(200);
    const search = await t.http().get('/v1/search').set('cookie', billing.cookie).expect(403);
    expect(search.body.code).toBe('insufficient_scope');
    const members = await t.http().get('/v1/recruiter-orgs/me/members').set('cookie', owner.cookie).expect(200);
    expect(members.body.data.map((m: { role: string }) => m.role).sort()).toEqual(['billing', 'owner']);
    const log = await t.http().get('/v1/recruiter-orgs/me/audit-log').set('cookie', owner.cookie).expect(200);
    expect(log.body.data[0]).toMatchObject({ action: 'POST /v1/recruiter-orgs/me/members', actor: { kind: 'member' } });
  });
});
