import { PeopleAuthService } from '../../src/people/people-auth.service';
import { TestApp } from './test-app';

/** The first sign-in token of the latest mail to `email`, read from the outbox as a mail client would. */
export async function latestSignInToken(t: TestApp, email: string, kind?: string): Promise<string> {
  await t.app.get(PeopleAuthService).settled();
  const [row] = await t.dataSource.query(
    `SELECT body_text FROM mail_outbox WHERE lower(to_address) = lower($1) AND ($2::text IS NULL OR kind = $2)
      ORDER BY created_at DESC, id DESC LIMIT 1`,
    [email, kind ?? null],
  );
  const match = /\/sign-in\/continue#token=(pas_mlk_[A-Za-z0-9_-]{43})/.exec(row?.body_text ?? '');
  if (!match) throw new Error('no sign-in link in the outbox');
  return match[1];
}

export function cookieOf(setCookie: string | string[] | undefined): string {
  const header = Array.isArray(setCookie) ? setCookie[0] : setCookie!;
  return header.split(';')[0];
}

/** Exchanges a token for a cookie session, as the web page's POST does. */
export async function cookieSession(t: TestApp, token: string) {
  const res = await t.http().post('/v1/auth/sessions').set('origin', t.config.publicOrigin).send({ token }).expect(201);
  return { cookie: cookieOf(res.headers['set-cookie']), session: res.body };
}

/** Signs a person in through the public routes (sign-in mail, then the link) and returns the cookie. */
export async function signInAs(t: TestApp, email: string) {
  await t.http().post('/v1/auth/sign-in-links').send({ email }).expect(202);
  return cookieSession(t, await latestSignInToken(t, email, 'sign_in'));
}
