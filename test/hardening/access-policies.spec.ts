import { grantCredits } from '../support/credits';
import { newAlumnus, sessionFor } from '../support/alumni-factories';
import { AssociationFixture, newAssociation, newOrg, newOrgKey, OrgFixture } from '../support/factories';
import { bearer, createTestApp, TestApp } from '../support/test-app';

describe('personal data responses and key management', () => {
  let t: TestApp;
  let association: AssociationFixture;
  let org: OrgFixture;

  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false' } });
    association = await newAssociation(t, { recruiterAccess: 'open' });
    org = await newOrg(t);
  });
  afterAll(() => t.close());

  it('sends Cache-Control: no-store on /v1/me*, full profiles, unlocks, exports and contact requests', async () => {
    const { id, row } = await newAlumnus(t, association, 'all');
    const session = await sessionFor(t, association, id, row.email as string);
    await grantCredits(t, org.id, { credits: 5 }).expect(201);
    const responses = [
      await t.http().get('/v1/me').set(bearer(session)).expect(200),
      await t.http().get('/v1/me/export').set(bearer(session)).expect(200),
      await t.http().get('/v1/me/contact-requests').set(bearer(session)).expect(200),
      await t.http().get(`/v1/associations/${association.id}/alumni/${id}`).set(bearer(association.key)).expect(200),
      await t.http().post(`/v1/profiles/${id}/unlock`).set(bearer(org.key)),
      await t.http().get(`/v1/profiles/${id}`).set(bearer(org.key)).expect(200),
      await t.http().get('/v1/contact-requests').set(bearer(org.key)).expect(200),
    ];
    expect(responses[4].status).toBeLessThan(300);
    expect(responses.map((r) => r.headers['cache-control'])).toEqual(Array(responses.length).fill('no-store'));
    // Refusals too: a problem about someone's data is not cached either.
    const refused = await t.http().get(`/v1/associations/${association.id}/alumni/${id}`).set(bearer(org.key));
    expect(refused.status).toBe(403);
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('lets a keys:manage key revoke or rotate only keys whose scopes it holds itself', async () => {
    const manager = await newOrgKey(t, org, { scopes: ['keys:manage'] });
    const broad = await newOrgKey(t, org, { scopes: ['search:read', 'profiles:unlock', 'keys:manage'] });
    const narrow = await newOrgKey(t, org, { scopes: ['keys:manage'] });

    const revoke = await t.http().delete(`/v1/api-keys/${broad.keyId}`).set(bearer(manager.key)).expect(403);
    expect(revoke.body.code).toBe('scope_escalation');
    await t.http().post(`/v1/api-keys/${broad.keyId}/rotate`).set(bearer(manager.key)).send({}).expect(403);
    // Nothing changed: the broad key still works.
    await t.http().get('/v1/search').set(bearer(broad.key)).expect(200);
    const [{ revoked }] = await t.dataSource.query(`SELECT revoked_at IS NOT NULL AS revoked FROM api_keys WHERE key_id = $1`, [
      broad.keyId,
    ]);
    expect(revoked).toBe(false);

    await t
      .http()
      .post('/v1/recruiter-orgs/me/api-keys')
      .set(bearer(manager.key))
      .send({ name: 'wider', scopes: ['search:read'] })
      .expect(403);
    await t.http().delete(`/v1/api-keys/${narrow.keyId}`).set(bearer(manager.key)).expect(204);
    // A key holding the scopes may revoke the broad one.
    await t.http().delete(`/v1/api-keys/${broad.keyId}`).set(bearer(org.key)).expect(204);
  });
});

describe('rate-limit policies per class of public route', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: {
        RATE_LIMIT_STORE: 'memory',
        RATE_LIMIT_PUBLIC: '2/60',
        RATE_LIMIT_MAGIC_LINK: '3/60',
        RATE_LIMIT_SIGN_IN: '4/60',
        RATE_LIMIT_WEBHOOK: '5/60',
      },
    });
  });
  afterAll(() => t.close());

  it('counts the Stripe webhook, magic links and sign-ins each against its own policy', async () => {
    // Within one fixed window, so that no counter resets halfway.
    const left = 60 - ((Date.now() / 1000) % 60);
    if (left < 15) await new Promise((r) => setTimeout(r, left * 1000 + 50));
    const statuses = async (n: number, send: () => Promise<{ status: number; headers: Record<string, string> }>) => {
      const out: number[] = [];
      let policy = '';
      for (let i = 0; i < n; i++) {
        const res = await send();
        out.push(res.status);
        policy = res.headers['ratelimit-policy'];
      }
      return { out, policy };
    };
    const webhook = await statuses(7, () => t.http().post('/v1/webhooks/stripe').set('content-type', 'application/json').send('{}'));
    const links = await statuses(5, () =>
      t.http().post('/v1/alumni/magic-links').send({ associationSlug: 'nobody', email: 'a@b.example' }),
    );
    const signIns = await statuses(6, () => t.http().post('/v1/alumni/sessions').send({ token: 'pas_mlk_x' }));
    expect(webhook.policy).toBe('"webhook";q=5;w=60');
    expect(links.policy).toBe('"magic-link";q=3;w=60');
    expect(signIns.policy).toBe('"sign-in";q=4;w=60');
    expect(webhook.out.map((s) => s === 429)).toEqual([false, false, false, false, false, true, true]);
    expect(links.out).toEqual([202, 202, 202, 429, 429]);
    expect(signIns.out.map((s) => s === 429)).toEqual([false, false, false, false, true, true]);
  });
});
