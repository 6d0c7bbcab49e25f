import { AlumniAuthService } from '../src/alumni/alumni-auth.service';
import { ReconfirmationService } from '../src/alumni/reconfirmation.service';
import { MailService } from '../src/mail/mail.service';
import { importAlumni, latestMagicLinkToken, newAlumnus } from './support/alumni-factories';
import { newAssociation } from './support/factories';
import { FakeSmtpServer } from './support/fake-smtp';
import { bearer, createTestApp, TestApp } from './support/test-app';

describe('alumni mail: outbox delivery, invitations and consent reconfirmation', () => {
  let t: TestApp;
  let smtp: FakeSmtpServer;
  let mail: MailService;

  beforeAll(async () => {
    smtp = new FakeSmtpServer();
    const url = await smtp.start();
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false', SMTP_URL: url } });
    mail = t.app.get(MailService);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('delivers an invitation once, clears its body, and the link opens a session', async () => {
    const association = await newAssociation(t);
    const a = await newAlumnus(t, association, 'none', { email: 'Jerome.Lefevre@Alumni.example' });
    await t.http().post(`/v1/associations/${association.id}/alumni/${a.id}/invitations`).set(bearer(association.key)).expect(202);
    const token = await latestMagicLinkToken(t, a.id);

    const before = smtp.received.length;
    const [first, second] = await Promise.all([mail.deliverDue(), mail.deliverDue()]);
    expect(first.sent + second.sent).toBe(1);
    expect(smtp.received.length - before).toBe(1);
    const delivered = smtp.received[smtp.received.length - 1];
    expect(delivered.to[0]).toContain('jerome.lefevre@alumni.example');
    // The text part is quoted-printable: undo its soft line breaks before looking for the link.
    expect(delivered.data.replace(/=\r\n/g, '')).toContain(`/sign-in/continue#token=3D${token}`);
    expect(await mail.deliverDue()).toEqual({ sent: 0, expired: 0, failed: 0 });

    const [row] = await t.dataSource.query(`SELECT status, body_text, sent_at FROM mail_outbox WHERE alumnus_id = $1`, [a.id]);
    expect(row).toMatchObject({ status: 'sent', body_text: null });
    await t.http().post('/v1/alumni/sessions').send({ token }).expect(201);
    expect(t.logs.join('\n')).not.toContain('jerome.lefevre');
  });

  it('retries a refused delivery later without sending twice', async () => {
    const association = await newAssociation(t);
    const a = await newAlumnus(t, association, 'none');
    await t.http().post(`/v1/associations/${association.id}/alumni/${a.id}/invitations`).set(bearer(association.key)).expect(202);
    smtp.failNext = 1;
    const before = smtp.received.length;
    await mail.deliverDue();
    const [pending] = await t.dataSource.query(`SELECT status, attempts, last_error FROM mail_outbox WHERE alumnus_id = $1`, [a.id]);
    expect(pending).toMatchObject({ status: 'pending', attempts: 1 });
    expect(pending.last_error).not.toContain('@');
    expect(smtp.received.length).toBe(before);
    await mail.deliverDue(); // not due yet
    expect(smtp.received.length).toBe(before);
    await t.dataSource.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE alumnus_id = $1`, [a.id]);
    await mail.deliverDue();
    expect(smtp.received.length).toBe(before + 1);
    const [sent] = await t.dataSource.query(`SELECT status, attempts FROM mail_outbox WHERE alumnus_id = $1`, [a.id]);
    expect(sent).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('asks an alumnus whose consent is about to lapse to reconfirm, once per consent period', async () => {
    const association = await newAssociation(t, { recruiterAccess: 'open' });
    const old = new Date(Date.now() - (2 * 365 - 10) * 86_400_000);
    const due = await newAlumnus(t, association, 'all', {}, old);
    const fresh = await newAlumnus(t, association, 'all');
    const noConsent = await newAlumnus(t, association, 'none');
    const reconfirmation = t.app.get(ReconfirmationService);

    expect(await reconfirmation.sendDueReminders()).toBeGreaterThanOrEqual(1);
    const kinds = async (id: string) =>
      (await t.dataSource.query(`SELECT kind FROM mail_outbox WHERE alumnus_id = $1`, [id])).map((r: { kind: string }) => r.kind);
    expect(await kinds(due.id)).toEqual(['reconfirmation']);
    expect(await kinds(fresh.id)).toEqual([]);
    expect(await kinds(noConsent.id)).toEqual([]);

    expect(await reconfirmation.sendDueReminders()).toBe(0);
    expect(await kinds(due.id)).toEqual(['reconfirmation']);

    // Reconfirming through the link starts a new period: no further reminder.
    const token = await latestMagicLinkToken(t, due.id);
    const session = await t.http().post('/v1/alumni/sessions').send({ token }).expect(201);
    await t
      .http()
      .put('/v1/me/consent')
      .set(bearer(session.body.sessionToken))
      .send({ searchable: true, unlockable: true, contactable: false, termsVersion: '2026-01' })
      .expect(200);
    expect(await reconfirmation.sendDueReminders()).toBe(0);
    expect(await kinds(due.id)).toEqual(['reconfirmation']);
  });

  it('purges old mails, used or expired links and ended sessions', async () => {
    const association = await newAssociation(t);
    const a = await newAlumnus(t, association, 'none');
    await t.http().post(`/v1/associations/${association.id}/alumni/${a.id}/invitations`).set(bearer(association.key)).expect(202);
    await mail.deliverDue();
    await t.dataSource.query(`UPDATE mail_outbox SET created_at = now() - interval '31 days' WHERE alumnus_id = $1`, [a.id]);
    expect(await mail.purgeOld()).toBeGreaterThanOrEqual(1);
    expect(await t.dataSource.query(`SELECT id FROM mail_outbox WHERE alumnus_id = $1`, [a.id])).toEqual([]);

    const auth = t.app.get(AlumniAuthService);
    await t.dataSource.query(`UPDATE alumni_magic_links SET expires_at = now() - interval '2 days' WHERE alumnus_id = $1`, [a.id]);
    expect((await auth.purgeExpired()).links).toBeGreaterThanOrEqual(1);
    expect(await t.dataSource.query(`SELECT id FROM alumni_magic_links WHERE alumnus_id = $1`, [a.id])).toEqual([]);
  });

  it('prints mail to the console without SMTP, keeps no body, and logs neither address nor link', async () => {
    const noSmtp = await createTestApp({ env: { BACKGROUND_JOBS: 'false' } });
    const printed: string[] = [];
    noSmtp.app.get(MailService).consoleSink = (text) => void printed.push(text);
    try {
      const association = await newAssociation(noSmtp);
      await importAlumni(noSmtp, association, [
        { externalId: 'h-1', firstName: 'Maëlle', lastName: 'Roy', email: 'maelle.roy@alumni.example' },
      ]);
      await noSmtp
        .http()
        .post('/v1/alumni/magic-links')
        .send({ associationSlug: association.slug, email: 'maelle.roy@alumni.example' })
        .expect(202);
      await noSmtp.app.get(AlumniAuthService).settled();
      expect(await noSmtp.app.get(MailService).deliverDue()).toEqual({ sent: 1, expired: 0, failed: 0 });
      const [row] = await noSmtp.dataSource.query(`SELECT status, body_text, body_html FROM mail_outbox`);
      expect(row).toMatchObject({ status: 'sent', body_text: null, body_html: null });
      expect(printed).toHaveLength(1);
      expect(printed[0]).toContain('DEVELOPMENT MAIL');
      expect(printed[0]).toMatch(/\/sign-in\/continue#token=pas_mlk_/);
      const logs = noSmtp.logs.join('\n');
      expect(logs).not.toContain('maelle.roy');
      expect(logs).not.toMatch(/pas_mlk_[A-Za-z0-9_-]{20,}/);
    } finally {
      await noSmtp.close();
    }
  });
});
