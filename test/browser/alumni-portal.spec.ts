import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { ConsentLevel, newAlumnus, uniqueId } from '../support/alumni-factories';
import { grantCredits } from '../support/credits';
import { AssociationFixture, newAssociation, newOrg, OrgFixture } from '../support/factories';
import { bearer } from '../support/test-app';
import { checkPage, startWebHarness, tokenLink, WebHarness } from './support/web-harness';

/**
 * The alumni portal in a real Chromium against the real API and database: the emailed link, the
 * Continue page, consent as recruiters see it through the API, contact requests answered from
 * their mail, blocks by organisation name, export and erasure; then every page in both languages
 * through axe, photographed at a phone's and a laptop's width.
 */
describe('alumni portal in the browser', () => {
  let h: WebHarness;
  let association: AssociationFixture;
  let org: OrgFixture;
  const orgName = `Acme Recrutement ${uniqueId()}`;
  const orgOwner = `owner.${uniqueId()}@acme-recrutement.example`;

  beforeAll(async () => {
    h = await startWebHarness();
    association = await newAssociation(h.t, { recruiterAccess: 'open' });
    org = await newOrg(h.t, { name: orgName, ownerEmail: orgOwner, ownerLocale: 'en' });
    await grantCredits(h.t, org.id, { credits: 40, amountPaidMinor: 4000 }).expect(201);
  });
  afterAll(() => h?.close());

  const searchIds = async (word: string, as: OrgFixture = org) =>
    (await h.t.http().get('/v1/search').query({ q: word }).set(bearer(as.key)).expect(200)).body.data.map(
      (p: { alumnusId: string }) => p.alumnusId,
    );
  /** Waits until no "Loading…" status is left on the page. */
  const settled = (page: Page) => page.locator('[role="status"]:has-text("…")').first().waitFor({ state: 'detached' });

  /** Invites a new alumnus and opens the emailed link in a fresh tab of the locale's context; returns the tab on the Continue page. */
  async function openInvitation(
    locale: 'fr' | 'en',
    consent: ConsentLevel = 'none',
    fields: Record<string, unknown> = {},
    collectedAt?: Date,
  ) {
    const word = `w${uniqueId().replace(/[^a-z0-9]/g, '')}`;
    const a = await newAlumnus(h.t, association, consent, { headline: `Analyst ${word}`, ...fields }, collectedAt);
    const email = a.row.email as string;
    await h.t.http().post(`/v1/associations/${association.id}/alumni/${a.id}/invitations`).set(bearer(association.key)).expect(202);
    const link = tokenLink(await h.nextMailTo(email));
    const page = await (await h.context(locale)).newPage();
    await page.goto(link);
    return { ...a, email, word, page, link };
  }

  async function continueToPortal(page: Page, locale: 'fr' | 'en') {
    await page.getByRole('button', { name: locale === 'fr' ? 'Continuer' : 'Continue' }).click();
    await page.waitForURL(/\/alumni$/);
    await settled(page);
    await page.getByRole('heading', { level: 1, name: locale === 'fr' ? 'Mon consentement' : 'My consent' }).waitFor();
  }

  it('invitation mail → Continue → consent on → found by a recruiter → withdraw all → gone', async () => {
    const { id, word, page, link } = await openInvitation('en');
    try {
      // Opening the link consumed nothing: the page waits for the button.
      await page.getByRole('heading', { name: 'Sign in to Passerelle' }).waitFor();
      await continueToPortal(page, 'en');
      expect(page.url()).not.toContain('token');

      const searchable = page.getByRole('switch', { name: 'Searchable' });
      const unlockable = page.getByRole('switch', { name: 'Unlockable' });
      const contactable = page.getByRole('switch', { name: 'Contactable' });
      expect(await unlockable.isDisabled()).toBe(true);
      expect(await contactable.isDisabled()).toBe(true);
      await page.getByText('Needs Searchable').first().waitFor();
      await page.getByText(/Terms, version \S+/).waitFor();
      expect(await searchIds(word)).not.toContain(id);

      await searchable.check();
      expect(await unlockable.isDisabled()).toBe(false);
      await unlockable.check();
      await page.getByRole('button', { name: 'Save my choices' }).click();
      await page.getByText('Your choices are saved.').waitFor();
      expect(await searchIds(word)).toContain(id);

      await page.getByRole('button', { name: 'Withdraw all' }).click();
      await page.getByText('All your consents are withdrawn').waitFor();
      expect(await searchable.isChecked()).toBe(false);
      expect(await searchIds(word)).not.toContain(id);

      // The link was single-use: opening it again cannot sign in.
      const again = await (await h.context('en')).newPage();
      try {
        await again.goto(link);
        await again.getByRole('button', { name: 'Continue' }).click();
        await again.getByText('This link is no longer valid').waitFor();
      } finally {
        await again.close();
      }
    } finally {
      await page.close();
    }
  });

  it('exports the data as a download, then erases it behind a confirmation', async () => {
    const { id, page } = await openInvitation('fr', 'all');
    try {
      await continueToPortal(page, 'fr');
      await page.getByRole('link', { name: 'Mes données' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Télécharger mes données' }).click(),
      ]);
      const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
      expect(exported.profile.id).toBe(id);

      await page.getByRole('button', { name: 'Effacer mes données…' }).click();
      const confirm = page.getByRole('button', { name: 'Effacer définitivement mes données' });
      expect(await confirm.isDisabled()).toBe(true);
      await page.getByLabel('Saisissez EFFACER pour confirmer').fill('EFFACER');
      await confirm.click();
      await page.getByText('Vos données ont été effacées').waitFor();
      const [row] = await h.t.dataSource.query(`SELECT email, first_name FROM alumni WHERE id = $1`, [id]);
      expect(row).toEqual({ email: null, first_name: null });
    } finally {
      await page.close();
    }
  });

  it('contact request → mail to the alumnus → its link, sign-in, accept in the page → the recruiter reads the email, its members get the acceptance mail', async () => {
    const a = await newAlumnus(h.t, association, 'all', { firstName: 'Inès', lastName: 'Moreau' });
    const email = a.row.email as string;
    const jobTitle = `Data lead ${uniqueId()}`;
    const sent = await h.t
      .http()
      .post(`/v1/profiles/${a.id}/contact-requests`)
      .set(bearer(org.key))
      .set('idempotency-key', uniqueId('contact-'))
      .send({ jobTitle, message: 'Would you like to talk about a data lead role in Lyon?' })
      .expect(201);
    const requestId: string = sent.body.contactRequest.id;
    const orgView = async () =>
      (await h.t.http().get('/v1/contact-requests').set(bearer(org.key)).expect(200)).body.data.find(
        (r: { id: string }) => r.id === requestId,
      );
    expect(await orgView()).toMatchObject({ status: 'open', alumnusEmail: null });

    // The mail names the org and the job and links to the requests in the portal.
    const mail = await h.nextMailTo(email, new RegExp(jobTitle));
    expect(mail).toContain(orgName);
    const link = /https?:\/\/[^\s"<>]+\/alumni\/contact-requests/.exec(mail)?.[0];
    expect(link).toBeDefined();

    // A browser without a session: the link goes through sign-in and comes back to the requests.
    const context = await h.browser.newContext({ baseURL: h.baseUrl, locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(link!);
      await page.waitForURL(/\/sign-in\?next=/);
      await page.getByText('Sign in to open this page').waitFor();
      await checkPage(page, 'alumni-sign-in-next-en');
      await page.getByLabel('Email address').fill(email);
      await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
      await page.getByText('a sign-in link is on its way').waitFor();
      await page.goto(tokenLink(await h.nextMailTo(email, /sign-in\/continue#token=/)));
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL(/\/alumni\/contact-requests$/);

      const card = page.getByRole('article', { name: `${jobTitle} at ${orgName}` });
      await card.getByText('Would you like to talk about a data lead role in Lyon?').waitFor();
      await card.getByRole('button', { name: 'Accept and share my email' }).click();
      await card.getByText(/^Accepted ·/).waitFor();
      expect(await card.getByRole('button', { name: 'Accept and share my email' }).count()).toBe(0);
    } finally {
      await context.close();
    }

    expect(await orgView()).toMatchObject({ status: 'accepted', alumnusEmail: email });
    const accepted = await h.nextMailTo(orgOwner, new RegExp(jobTitle));
    expect(accepted).toContain('accepted');
    expect(accepted).toContain(email);
  });

  it('blocking an organisation found by its name hides the alumnus from that organisation only', async () => {
    const blockedName = `Globex Talent ${uniqueId()}`;
    const blockedOrg = await newOrg(h.t, { name: blockedName });
    const { id, word, page } = await openInvitation('fr', 'searchable');
    try {
      expect(await searchIds(word, blockedOrg)).toContain(id);
      await continueToPortal(page, 'fr');
      await page.getByRole('link', { name: 'Organisations bloquées' }).click();
      await page.getByRole('heading', { level: 1, name: 'Organisations bloquées' }).waitFor();
      await page.getByText('Vous n’avez bloqué aucune organisation.').waitFor();

      // Typed as a person would: part of the name, in lower case.
      await page.getByLabel('Nom de l’organisation ou domaine e-mail').fill(blockedName.toLowerCase().slice(0, -3));
      await page.getByRole('button', { name: 'Rechercher' }).click();
      await page.getByRole('button', { name: `Bloquer ${blockedName}` }).click();
      await page.getByRole('button', { name: `Débloquer ${blockedName}` }).waitFor();

      expect(await searchIds(word, blockedOrg)).not.toContain(id);
      expect(await searchIds(word)).toContain(id);
      await h.t.http().get(`/v1/profiles/${id}`).set(bearer(blockedOrg.key)).expect(404);
    } finally {
      await page.close();
    }
  });

  it.each(['fr', 'en'] as const)(
    'every portal page in %s passes axe (no serious or critical violation); screenshots at 390 and 1280 px',
    async (locale) => {
      const en = locale === 'en';
      const check = async (page: Page, name: string) => {
        await page.locator('h1').first().waitFor();
        await settled(page);
        await checkPage(page, `alumni-${name}-${locale}`);
      };

      const visitor = await (await h.context(locale)).newPage();
      try {
        await visitor.goto('/');
        await check(visitor, 'landing');
        await visitor.goto('/sign-in');
        await check(visitor, 'sign-in');
        await visitor.getByLabel(en ? 'Email address' : 'Adresse e-mail').fill(`nobody.${uniqueId()}@example.org`);
        await visitor.getByRole('button', { name: en ? 'Send me a sign-in link' : 'Recevoir un lien de connexion' }).click();
        await visitor.getByRole('status').waitFor();
        await check(visitor, 'sign-in-sent');
        await visitor.goto('/sign-in/continue');
        await check(visitor, 'continue-invalid');
      } finally {
        await visitor.close();
      }

      // An alumnus with something on every page: consent about to lapse, a recruiter who viewed,
      // unlocked and wrote, and a blocked organisation.
      const nearLapse = new Date(Date.now() - (2 * 365 - 12) * 86_400_000);
      const fields = { firstName: 'Camille', lastName: 'Lefèvre-Bonnaventure', city: 'Lyon', program: 'MSc Data Science' };
      const { id, page } = await openInvitation(locale, 'all', fields, nearLapse);
      try {
        await h.t.http().get(`/v1/profiles/${id}`).set(bearer(org.key)).expect(200);
        await h.t.http().post(`/v1/profiles/${id}/unlock`).set(bearer(org.key)).set('idempotency-key', uniqueId('unlock-')).expect(201);
        await h.t
          .http()
          .post(`/v1/profiles/${id}/contact-requests`)
          .set(bearer(org.key))
          .set('idempotency-key', uniqueId('contact-'))
          .send({
            jobTitle: en ? 'Head of data platform' : 'Responsable de la plateforme de données',
            message: en
              ? 'Hello Camille, we are building a data team in Lyon and your background in data engineering caught our eye. Could we talk for 20 minutes next week?'
              : 'Bonjour Camille, nous montons une équipe data à Lyon et votre parcours a retenu notre attention. Pourrions-nous échanger 20 minutes la semaine prochaine ?',
            salaryMinMinor: 6_000_000,
            salaryMaxMinor: 7_500_000,
            currency: 'eur',
          })
          .expect(201);
        const blocked = await newOrg(h.t, { name: `Initech Conseil ${uniqueId()}` });

        await check(page, 'continue');
        await continueToPortal(page, locale);
        const keep = page.getByRole('button', { name: en ? 'Keep my choices' : 'Garder mes choix' });
        await keep.waitFor();
        await check(page, 'consent-reconfirm');
        await keep.click();
        await keep.waitFor({ state: 'detached' });
        expect((await page.request.post(`/v1/me/blocked-orgs/${blocked.id}`, { headers: { origin: h.baseUrl } })).status()).toBe(204);

        for (const [path, name] of [
          ['/alumni', 'consent'],
          ['/alumni/profile', 'profile'],
          ['/alumni/access-log', 'access-log'],
          ['/alumni/contact-requests', 'contact-requests'],
          ['/alumni/blocked', 'blocked'],
          ['/alumni/notifications', 'notifications'],
          ['/alumni/sessions', 'sessions'],
          ['/alumni/my-data', 'my-data'],
        ]) {
          await page.goto(path);
          await check(page, name);
        }
        await page.getByRole('button', { name: en ? 'Erase my data…' : 'Effacer mes données…' }).click();
        await check(page, 'my-data-erase-confirm');
        await page.goto('/nowhere');
        await check(page, 'not-found');
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      } finally {
        await page.close();
      }
    },
    150_000,
  );
});
