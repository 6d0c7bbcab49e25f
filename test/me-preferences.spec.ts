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
    const put = await t.http().put('/v1/me/notification-preferences').set('cookie', cookie).set(origin).send({ reconfirmation: false, locale: 'en' }).expect(200);
    expect(put.body).toEqual({ contactRequests: true, reconfirmation: false, locale: 'en' });

    await t.app.get(ReconfirmationService).sendDueReminders();
    const kinds = async (id: string) =>
      (await t.dataSource.query(`SELECT kind FROM mail_outbox WHERE alumnus_id = $1 AND kind = 'reconfirmation'`, [id])).length;
    expect(await kinds(muted.id)).toBe(0);
    expect(await kinds(loud.id)).toBe(1);
    const [mail] = await t.dataSource.query(`SELECT subject, body_text, body_html FROM mail_outbox WHERE alumnus_id = $1 AND kind = 'reconfirmation'`, [loud.id]);
    expect(mail.subject).toContain('consentement');
    expect(mail.body_text).toMatch(/\/sign-in\/continue#token=pas_mlk_/);
    expect(mail.body_html).toContain('<html lang="fr">');
  });

  it('shows the consent terms with their hash and finds organisations by name or domain', async () => {
    const association = await newAssociation(t);
    await newAlumnus(t, association, 'none', { email: 'blocker@alumni.example' });
    const { cookie } = await signInAs(t, 'blocker@alumni.example');
    const terms = await t.http().get('/v1/me/consent-terms?locale=fr').set('cookie', cookie).expect(200);
    expect(terms.body).toMatchObject({ version: '2026-01', textHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(terms.body.text).toContain('Searchable');

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
