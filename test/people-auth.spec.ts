import { MailService } from '../src/mail/mail.service';
import { PeopleAuthService } from '../src/people/people-auth.service';
import { AppConfig, ConfigError } from '../src/config/app-config';
import { importAlumni, newAlumnus, sessionFor } from './support/alumni-factories';
import { newAssociation } from './support/factories';
import { bearer, createTestApp, TestApp } from './support/test-app';

const BASE = 'https://passerelle.example';

/** The sign-in token of the latest sign-in mail to `email`, read from the outbox as a mail client would. */
async function latestSignInToken(t: TestApp, email: string): Promise<string> {
  await t.app.get(PeopleAuthService).settled();
  const [row] = await t.dataSource.query(
    `SELECT body_text FROM mail_outbox WHERE lower(to_address) = lower($1) ORDER BY created_at DESC, id DESC LIMIT 1`,
    [email],
  );
  const match = /\/sign-in\/continue#token=(pas_mlk_[A-Za-z0-9_-]{43})/.exec(row?.body_text ?? '');
  if (!match) throw new Error('no sign-in link in the outbox');
  return match[1];
}

function cookieOf(setCookie: string | string[] | undefined): string {
  const header = Array.isArray(setCookie) ? setCookie[0] : setCookie!;
  return header.split(';')[0];
}

describe('people sign-in: links, cookie sessions, CSRF', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false', PUBLIC_BASE_URL: BASE } });
    t.app.get(MailService).consoleSink = () => undefined;
  });
  afterAll(() => t.close());

  async function signIn(email: string) {
    await t.http().post('/v1/auth/sign-in-links').send({ email }).expect(202);
    const token = await latestSignInToken(t, email);
    const res = await t.http().post('/v1/auth/sessions').set('origin', BASE).send({ token }).expect(201);
    return { res, token, cookie: cookieOf(res.headers['set-cookie']) };
  }

  it('answers a sign-in request the same way for a known and an unknown address', async () => {
    const association = await newAssociation(t);
    await newAlumnus(t, association, 'none', { email: 'known.person@alumni.example' });
    const known = await t.http().post('/v1/auth/sign-in-links').send({ email: 'known.person@alumni.example' });
    const unknown = await t.http().post('/v1/auth/sign-in-links').send({ email: 'nobody.here@alumni.example' });
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(known.body).toEqual(unknown.body);
    expect(Object.keys(known.headers).sort()).toEqual(Object.keys(unknown.headers).sort());
    await t.app.get(PeopleAuthService).settled();
    const mails = await t.dataSource.query(
      `SELECT to_address FROM mail_outbox WHERE to_address LIKE '%here@alumni.example' OR to_address LIKE 'known.person%'`,
    );
    expect(mails.map((m: { to_address: string }) => m.to_address)).toEqual(['known.person@alumni.example']);
  });

  it('sends one mail with a labelled link per account, each opening a session in an HttpOnly, SameSite=Lax, Secure cookie', async () => {
    const a = await newAssociation(t, { name: 'Alumni Centrale' });
    const b = await newAssociation(t, { name: 'Alumni Mines' });
    await newAlumnus(t, a, 'none', { email: 'two.accounts@alumni.example' });
    await newAlumnus(t, b, 'none', { email: 'Two.Accounts@alumni.example' });
    await t.http().post('/v1/auth/sign-in-links').send({ email: 'two.accounts@alumni.example', locale: 'en' }).expect(202);
    await t.app.get(PeopleAuthService).settled();
    const mails = await t.dataSource.query(
      `SELECT body_text, body_html, expires_at FROM mail_outbox WHERE to_address = 'two.accounts@alumni.example'`,
    );
    expect(mails).toHaveLength(1);
    expect(mails[0].body_text).toContain('Alumnus of Alumni Centrale');
    expect(mails[0].body_text).toContain('Alumnus of Alumni Mines');
    expect(mails[0].body_text.match(/#token=pas_mlk_/g)).toHaveLength(2);
    expect(mails[0].body_html).toContain(`href="${BASE}/sign-in/continue#token=pas_mlk_`);

    const token = await latestSignInToken(t, 'two.accounts@alumni.example');
    const res = await t.http().post('/v1/auth/sessions').set('origin', BASE).set('user-agent', 'jest-browser').send({ token }).expect(201);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^pas_session=pas_psn_[A-Za-z0-9_-]{43}; /);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).toContain(`Max-Age=${30 * 86_400}`);
    expect(res.body.principal).toMatchObject({ kind: 'alumnus', associationName: 'Alumni Centrale' });

    // Only hashes are stored.
    const secret = cookieOf(res.headers['set-cookie']).split('=')[1];
    const stored = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM people_sessions WHERE token_hash = sha256(convert_to($1, 'UTF8'))`,
      [secret],
    );
    expect(stored[0].n).toBe(1);

    const me = await t.http().get('/v1/me').set('cookie', cookieOf(res.headers['set-cookie'])).expect(200);
    expect(me.body.email).toBe('two.accounts@alumni.example');
    const session = await t.http().get('/v1/auth/session').set('cookie', cookieOf(res.headers['set-cookie'])).expect(200);
    expect(session.body).toMatchObject({ id: res.body.id, principal: { kind: 'alumnus' } });
  });

  it('omits Secure under an http base URL', async () => {
    const plain = await createTestApp({ env: { BACKGROUND_JOBS: 'false', PUBLIC_BASE_URL: 'http://localhost:3000' } });
    try {
      const association = await newAssociation(plain);
      await newAlumnus(plain, association, 'none', { email: 'plain.http@alumni.example' });
      await plain.http().post('/v1/auth/sign-in-links').send({ email: 'plain.http@alumni.example' }).expect(202);
      const token = await latestSignInToken(plain, 'plain.http@alumni.example');
      const res = await plain.http().post('/v1/auth/sessions').send({ token }).expect(201);
      expect(String(res.headers['set-cookie'])).toContain('HttpOnly');
      expect(String(res.headers['set-cookie'])).not.toContain('Secure');
    } finally {
      await plain.close();
    }
  });

  it('refuses a used link and an expired link', async () => {
    const association = await newAssociation(t);
    const alumnus = await newAlumnus(t, association, 'none', { email: 'once.only@alumni.example' });
    const { token } = await signIn('once.only@alumni.example');
    const again = await t.http().post('/v1/auth/sessions').set('origin', BASE).send({ token }).expect(400);
    expect(again.body.code).toBe('sign_in_link_invalid');

    await t.http().post('/v1/auth/sign-in-links').send({ email: 'once.only@alumni.example' }).expect(202);
    const stale = await latestSignInToken(t, 'once.only@alumni.example');
    await t.dataSource.query(
      `UPDATE alumni_magic_links SET expires_at = now() - interval '1 second' WHERE alumnus_id = $1 AND used_at IS NULL`,
      [alumnus.id],
    );
    const expired = await t.http().post('/v1/auth/sessions').set('origin', BASE).send({ token: stale }).expect(400);
    expect(expired.body.code).toBe('sign_in_link_invalid');
  });

  it('refuses a cookie-authenticated write without a matching Origin; API keys and bearer sessions are unaffected', async () => {
    const association = await newAssociation(t);
    const alumnus = await newAlumnus(t, association, 'none', { email: 'csrf.target@alumni.example' });
    const { cookie } = await signIn('csrf.target@alumni.example');
    const consent = { searchable: true, unlockable: false, contactable: false, termsVersion: '2026-01' };

    const foreign = await t
      .http()
      .put('/v1/me/consent')
      .set('cookie', cookie)
      .set('origin', 'https://evil.example')
      .send(consent)
      .expect(403);
    expect(foreign.body.code).toBe('cross_site_request');
    const none = await t.http().put('/v1/me/consent').set('cookie', cookie).send(consent).expect(403);
    expect(none.body.code).toBe('cross_site_request');
    const crossSite = await t
      .http()
      .put('/v1/me/consent')
      .set('cookie', cookie)
      .set('sec-fetch-site', 'cross-site')
      .send(consent)
      .expect(403);
    expect(crossSite.body.code).toBe('cross_site_request');
    const [{ searchable }] = await t.dataSource.query(`SELECT consent_searchable AS searchable FROM alumni WHERE id = $1`, [alumnus.id]);
    expect(searchable).toBe(false);

    await t.http().put('/v1/me/consent').set('cookie', cookie).set('origin', BASE).send(consent).expect(200);
    await t.http().put('/v1/me/consent').set('cookie', cookie).set('sec-fetch-site', 'same-origin').send(consent).expect(200);
    // Reads need no Origin.
    await t.http().get('/v1/me').set('cookie', cookie).expect(200);
    // An API key and an alumnus bearer token write without any Origin.
    await t.http().patch(`/v1/associations/${association.id}`).set(bearer(association.key)).send({ name: 'Renamed' }).expect(200);
    const bearerToken = await sessionFor(t, association, alumnus.id, 'csrf.target@alumni.example');
    await t.http().put('/v1/me/consent').set(bearer(bearerToken)).set('origin', 'https://evil.example').send(consent).expect(200);
    // Another site cannot sign the browser in either.
    await t.http().post('/v1/auth/sign-in-links').send({ email: 'csrf.target@alumni.example' }).expect(202);
    const token = await latestSignInToken(t, 'csrf.target@alumni.example');
    const login = await t.http().post('/v1/auth/sessions').set('origin', 'https://evil.example').send({ token }).expect(403);
    expect(login.body.code).toBe('cross_site_request');
  });

  it('signs out at once, lists sessions, and signs out everywhere', async () => {
    const association = await newAssociation(t);
    await importAlumni(t, association, [{ externalId: 'so-1', firstName: 'Inès', lastName: 'Morel', email: 'sign.out@alumni.example' }]);
    const first = await signIn('sign.out@alumni.example');
    const second = await signIn('sign.out@alumni.example');
    const third = await signIn('sign.out@alumni.example');

    const list = await t.http().get('/v1/auth/sessions').set('cookie', first.cookie).expect(200);
    expect(list.body.data).toHaveLength(3);
    expect(list.body.data.filter((s: { current: boolean }) => s.current).map((s: { id: string }) => s.id)).toEqual([first.res.body.id]);

    const out = await t.http().delete('/v1/auth/session').set('cookie', first.cookie).set('origin', BASE).expect(204);
    expect(String(out.headers['set-cookie'])).toMatch(/^pas_session=; .*Max-Age=0/);
    const after = await t.http().get('/v1/me').set('cookie', first.cookie).expect(401);
    expect(after.body.code).toBe('invalid_credentials');
    await t.http().get('/v1/me').set('cookie', second.cookie).expect(200);

    await t.http().delete('/v1/auth/sessions').set('cookie', second.cookie).set('origin', BASE).expect(204);
    await t.http().get('/v1/me').set('cookie', second.cookie).expect(401);
    await t.http().get('/v1/me').set('cookie', third.cookie).expect(401);
  });

  it('answers 401 on the session routes without a session, and to an API key', async () => {
    await t.http().get('/v1/auth/session').expect(401);
    const association = await newAssociation(t);
    await t.http().get('/v1/auth/session').set(bearer(association.key)).expect(401);
  });
});

describe('mail configuration', () => {
  it('refuses to start in production without SMTP_URL (console mail is development only)', () => {
    expect(() => AppConfig.fromEnv({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => AppConfig.fromEnv({ NODE_ENV: 'production' })).toThrow(/SMTP_URL is required/);
    expect(AppConfig.fromEnv({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail:25' }).smtpUrl).toBe('smtp://mail:25');
  });
});
