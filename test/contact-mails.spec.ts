import { ContactMailsService } from '../src/contacts/contact-mails.service';
import { ContactsService } from '../src/contacts/contacts.service';
import { MailService } from '../src/mail/mail.service';
import { newAlumnus, sessionFor } from './support/alumni-factories';
import { grantCredits } from './support/credits';
import { newAssociation, newOrg } from './support/factories';
import { FakeSmtpServer } from './support/fake-smtp';
import { bearer, createTestApp, TestApp } from './support/test-app';

const BODY = { jobTitle: 'Data engineer', message: 'Hello, would you like to talk?' };

describe('contact-request mails: once per event and recipient, FR and EN, muted when asked', () => {
  let t: TestApp;
  let smtp: FakeSmtpServer;
  beforeAll(async () => {
    smtp = new FakeSmtpServer();
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false', LOT_EXPIRY_INTERVAL_SECONDS: '0', SMTP_URL: await smtp.start() } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const mailsTo = (address: string) =>
    t.dataSource.query(`SELECT kind, subject, dedupe_key FROM mail_outbox WHERE lower(to_address) = lower($1) ORDER BY created_at, id`, [
      address,
    ]);

  async function setting(ownerEmail: string, ownerLocale: 'fr' | 'en') {
    const association = await newAssociation(t, { recruiterAccess: 'open' });
    const org = await newOrg(t, { ownerEmail, ownerLocale });
    await grantCredits(t, org.id, { credits: 10, amountPaidMinor: 1000 }).expect(201);
    return { association, org };
  }

  it('mails the alumnus (FR) on arrival and the org owner (EN) on acceptance with the shared email, each once', async () => {
    const { association, org } = await setting('boss@accept.example', 'en');
    const a = await newAlumnus(t, association, 'all', { email: 'celine.accept@alumni.example', firstName: 'Céline', lastName: 'Martin' });
    const sent = await t.http().post(`/v1/profiles/${a.id}/contact-requests`).set(bearer(org.key)).send(BODY).expect(201);
    const alumnusMails = await mailsTo('celine.accept@alumni.example');
    expect(alumnusMails.filter((m: { kind: string }) => m.kind === 'contact_request_received')).toHaveLength(1);
    expect(alumnusMails.find((m: { kind: string }) => m.kind === 'contact_request_received').subject).toContain('souhaite vous contacter');

    const session = await sessionFor(t, association, a.id, 'celine.accept@alumni.example');
    await t.http().post(`/v1/me/contact-requests/${sent.body.contactRequest.id}/accept`).set(bearer(session)).expect(200);
    await t.http().post(`/v1/me/contact-requests/${sent.body.contactRequest.id}/accept`).set(bearer(session)).expect(200);
    const ownerMails = (await mailsTo('boss@accept.example')).filter((m: { kind: string }) => m.kind === 'contact_request_accepted');
    expect(ownerMails).toHaveLength(1);
    expect(ownerMails[0].subject).toBe('Contact request accepted: Data engineer');

    const before = smtp.received.length;
    await t.app.get(MailService).deliverDue();
    const delivered = smtp.received.slice(before).map((m) => m.data.replace(/=\r\n/g, ''));
    expect(delivered.some((d) => d.includes('celine.accept@alumni.example') && d.includes('Subject: Contact request accepted'))).toBe(true);
    // A settled request gets no expiry reminder.
    await t.dataSource.query(`UPDATE contact_requests SET expires_at = now() + interval '1 day' WHERE id = $1`, [
      sent.body.contactRequest.id,
    ]);
    await t.app.get(ContactMailsService).sendExpiryReminders();
    expect((await mailsTo('celine.accept@alumni.example')).map((m: { kind: string }) => m.kind)).not.toContain('contact_request_expiring');
  });

  it('mails decline and expiry (credits returned), reminds 3 days before expiry once, and respects a muted alumnus', async () => {
    const { association, org } = await setting('boss@decline.example', 'fr');
    const loud = await newAlumnus(t, association, 'all', { email: 'loud.contact@alumni.example' });
    const muted = await newAlumnus(t, association, 'all', { email: 'muted.contact@alumni.example' });
    await t.dataSource.query(`UPDATE alumni SET notify_contact_requests = false, locale = 'en' WHERE id = $1`, [muted.id]);

    const r1 = await t.http().post(`/v1/profiles/${loud.id}/contact-requests`).set(bearer(org.key)).send(BODY).expect(201);
    const r2 = await t.http().post(`/v1/profiles/${muted.id}/contact-requests`).set(bearer(org.key)).send(BODY).expect(201);
    expect(await mailsTo('muted.contact@alumni.example')).toEqual([]);

    await t.dataSource.query(`UPDATE contact_requests SET expires_at = now() + interval '2 days' WHERE id = $1`, [
      r1.body.contactRequest.id,
    ]);
    const reminders = t.app.get(ContactMailsService);
    await reminders.sendExpiryReminders();
    await reminders.sendExpiryReminders();
    expect((await mailsTo('loud.contact@alumni.example')).map((m: { kind: string }) => m.kind)).toEqual([
      'contact_request_received',
      'contact_request_expiring',
    ]);

    const session = await sessionFor(t, association, loud.id, 'loud.contact@alumni.example');
    await t.http().post(`/v1/me/contact-requests/${r1.body.contactRequest.id}/decline`).set(bearer(session)).expect(200);
    await t.dataSource.query(`UPDATE contact_requests SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      r2.body.contactRequest.id,
    ]);
    await t.app.get(ContactsService).expireDue();
    const ownerMails = await mailsTo('boss@decline.example');
    const kinds = ownerMails.map((m: { kind: string }) => m.kind).filter((k: string) => k.startsWith('contact_request'));
    expect(kinds.sort()).toEqual(['contact_request_declined', 'contact_request_expired']);
    expect(ownerMails.find((m: { kind: string }) => m.kind === 'contact_request_declined').subject).toBe(
      'Demande de contact refusée\u00a0: Data engineer',
    );
  });
});
