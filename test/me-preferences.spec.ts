import { createHash } from 'node:crypto';
import { ReconfirmationService } from '../src/alumni/reconfirmation.service';
import { MailService } from '../src/mail/mail.service';
import { newAlumnus } from './support/alumni-factories';
import { newAssociation, newOrg } from './support/factories';
import { signInAs } from './support/people';
import { createTestApp, TestApp } from './support/test-app';

describe('alumni portal additions: mail preferences, consent terms, organisations to block', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false' } });
    t.app.get(MailService).consoleSink = () => undefined;
  });
  afterAll(() => t.close());

  it('mutes the reconfirmation mail: a muted alumnus gets none, the others do', async () => {
    const association = await newAssociation(t, { recruiterAccess: 'open' });
    const old = new Date(Date.now() - (2 * 365 - 10) * 86_400_000);
    const muted = await newAlumnus(t, association, 'all', { email: 'muted.person@alumni.example' }, old);
    const loud = await newAlumnus(t, association, 'all', { email: 'loud.person@alumni.example' }, old);
    const { cookie } = await signInAs(t, 'muted.person@alumni.example');
    const origin = { origin: t.config.publicOrigin };
    expect((await t.http().get('/v1/me/notification-preferences').set('cookie', cookie).expect(200)).body).toEqual({
      contactRequests: true,
      reconfirmation: true,
      locale: 'fr',
    });
    const put = await t
      .http()
      .put('/v1/me/notification-preferences')
      .set('cookie', cookie)
      .set(origin)
      .send({ reconfirmation: false, locale: 'en' })
      .expect(200);
    expect(put.body).toEqual({ contactRequests: true, reconfirmation: false, locale: 'en' });

    await t.app.get(ReconfirmationService).sendDueReminders();
    const kinds = async (id: string) =>
      (await t.dataSource.query(`SELECT kind FROM mail_outbox WHERE alumnus_id = $1 AND kind = 'reconfirmation'`, [id])).length;
    expect(await kinds(muted.id)).toBe(0);
    expect(await kinds(loud.id)).toBe(1);
    const [mail] = await t.dataSource.query(
      `SELECT subject, body_text, body_html FROM mail_outbox WHERE alumnus_id = $1 AND kind = 'reconfirmation'`,
      [loud.id],
    );
    expect(mail.subject).toContain('consentement');
    expect(mail.body_text).toMatch(/\/sign-in\/continue#token=pas_mlk_/);
    expect(mail.body_html).toContain('<html lang="fr">');
  });

  it('shows the consent terms with their hash and finds organisations by name or domain', async () => {
    const association = await newAssociation(t);
    await newAlumnus(t, association, 'none', { email: 'blocker@alumni.example' });
    const { cookie } = await signInAs(t, 'blocker@alumni.example');
    const english = await t.http().get('/v1/me/consent-terms?locale=en').set('cookie', cookie).expect(200);
    // The published 2026-01 text must never change: events recorded with it carry this hash.
    expect(english.body).toMatchObject({
      version: '2026-01',
      locale: 'en',
      textHash: '12ae9a743faca2988bc45874e42f7dfeff58f4e6007ced78d154bafc809c9f77',
    });
    expect(createHash('sha256').update(english.body.text).digest('hex')).toBe(english.body.textHash);
    expect(english.body.text).toContain('"Searchable"');
    expect((await t.http().get('/v1/me/consent-terms').set('cookie', cookie).expect(200)).body).toEqual(english.body);

    // The French text is a version of its own, and consent given on it records the hash of the French text.
    const french = await t.http().get('/v1/me/consent-terms?locale=fr').set('cookie', cookie).expect(200);
    expect(french.body).toMatchObject({ version: '2026-01-fr', locale: 'fr' });
    expect(french.body.text).toContain('Visible');
    expect(french.body.text).toContain('Joignable');
    expect(createHash('sha256').update(french.body.text).digest('hex')).toBe(french.body.textHash);
    await t
      .http()
      .put('/v1/me/consent')
      .set('cookie', cookie)
      .set({ origin: t.config.publicOrigin })
      .send({ searchable: true, unlockable: false, contactable: false, termsVersion: french.body.version })
      .expect(200);
    const [event] = await t.dataSource.query(
      `SELECT e.terms_version, e.text_hash FROM consent_events e JOIN alumni a ON a.id = e.alumnus_id WHERE a.email = 'blocker@alumni.example' ORDER BY e.id DESC LIMIT 1`,
    );
    expect(event).toEqual({ terms_version: '2026-01-fr', text_hash: french.body.textHash });

    const org = await newOrg(t, { name: 'Zebra Recruiting 100%', emailDomain: 'zebra-recruiting.example' });
    const byName = await t.http().get('/v1/me/organisations').query({ q: 'zebra recr' }).set('cookie', cookie).expect(200);
    expect(byName.body.data).toEqual([{ id: org.id, name: 'Zebra Recruiting 100%', domain: 'zebra-recruiting.example' }]);
    const byDomain = await t.http().get('/v1/me/organisations').query({ q: 'zebra-recruiting.ex' }).set('cookie', cookie).expect(200);
    expect(byDomain.body.data.map((o: { id: string }) => o.id)).toEqual([org.id]);
    const wildcard = await t.http().get('/v1/me/organisations').query({ q: '%%' }).set('cookie', cookie).expect(200);
    expect(wildcard.body.data.map((o: { id: string }) => o.id)).toEqual([]);
    await t.http().post(`/v1/me/blocked-orgs/${org.id}`).set('cookie', cookie).set({ origin: t.config.publicOrigin }).expect(204);
  });
});
