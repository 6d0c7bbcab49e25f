import { MailService } from '../src/mail/mail.service';
import { PeopleAuthService } from '../src/people/people-auth.service';
import { FakeStripe } from './fakes/fake-stripe';
import { newAssociation } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

const BASE = 'https://passerelle.example';

/** Association members signed in by cookie: the dashboard's routes answer by the role's scopes. */
describe('association dashboard routes by member role', () => {
  let t: TestApp;
  let fake: FakeStripe;

  beforeAll(async () => {
    fake = new FakeStripe();
    const url = await fake.start();
    t = await createTestApp({
      env: {
        BACKGROUND_JOBS: 'false',
        PUBLIC_BASE_URL: BASE,
        STRIPE_SECRET_KEY: 'sk_test_x',
        STRIPE_WEBHOOK_SECRET: 'whsec_roles',
        STRIPE_API_URL: url,
      },
    });
    t.app.get(MailService).consoleSink = () => undefined;
  });
  afterAll(async () => {
    await t.close();
    await fake.stop();
  });

  async function memberCookie(associationId: string, email: string, role: string): Promise<string> {
    await t.dataSource.query(`INSERT INTO members (association_id, email, role, joined_at) VALUES ($1, $2, $3, now())`, [
      associationId,
      email,
      role,
    ]);
    await t.http().post('/v1/auth/sign-in-links').send({ email }).expect(202);
    await t.app.get(PeopleAuthService).settled();
    const [row] = await t.dataSource.query(
      `SELECT body_text FROM mail_outbox WHERE to_address = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [email],
    );
    const token = /#token=(pas_mlk_[A-Za-z0-9_-]{43})/.exec(row.body_text)![1];
    const res = await t.http().post('/v1/auth/sessions').set('origin', BASE).send({ token }).expect(201);
    return String(res.headers['set-cookie']).split(';')[0];
  }

  it('a viewer reads revenue and payouts but cannot create a key, onboard payouts or invite; a treasurer onboards', async () => {
    const a = await newAssociation(t);
    const viewer = await memberCookie(a.id, 'viewer@roles.example', 'viewer');
    const get = (path: string, cookie: string) => t.http().get(`/v1/associations/${a.id}${path}`).set('cookie', cookie);
    const post = (path: string, cookie: string, body: object = {}) =>
      t.http().post(`/v1/associations/${a.id}${path}`).set('cookie', cookie).set('origin', BASE).send(body);

    await get('/revenue', viewer).expect(200);
    await get('/revenue?format=csv', viewer).expect(200);
    await get('/payouts/summary', viewer).expect(200);
    expect((await post('/api-keys', viewer, { name: 'viewer key' }).expect(403)).body).toMatchObject({
      code: 'insufficient_scope',
      missingScopes: ['keys:manage'],
    });
    expect((await post('/connect/account-links', viewer).expect(403)).body.missingScopes).toEqual(['payouts:manage']);
    await get('/consent-health', viewer).expect(403);
    await get('/recruiter-orgs', viewer).expect(403);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM api_keys WHERE association_id = $1`, [a.id]);
    expect(n).toBe(1); // the first admin key only

    const treasurer = await memberCookie(a.id, 'treasurer@roles.example', 'treasurer');
    const link = await post('/connect/account-links', treasurer).expect(201);
    expect(link.body.returnUrl).toBe(`${BASE}/association/payouts?connect=return`);
    await post('/api-keys', treasurer, { name: 'treasurer key' }).expect(403);
    // A cookie write from another site is refused before any scope check.
    await t
      .http()
      .post(`/v1/associations/${a.id}/connect/account-links`)
      .set('cookie', treasurer)
      .set('origin', 'https://evil.example')
      .expect(403);
  });
});
