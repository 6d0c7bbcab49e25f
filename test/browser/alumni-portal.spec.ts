import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { newAlumnus, uniqueId } from '../support/alumni-factories';
import { grantCredits } from '../support/credits';
import { AssociationFixture, newAssociation, newOrg, OrgFixture } from '../support/factories';
import { bearer } from '../support/test-app';
import { startWebHarness, tokenLink, WebHarness } from './support/web-harness';

/**
 * The alumni portal in a real Chromium against the real API and database: the emailed link, the
 * Continue page, consent as recruiters see it through the API, contact requests, export and erasure.
 */
describe('alumni portal in the browser', () => {
  let h: WebHarness;
  let association: AssociationFixture;
  let org: OrgFixture;

  beforeAll(async () => {
    h = await startWebHarness();
    association = await newAssociation(h.t, { recruiterAccess: 'open' });
    org = await newOrg(h.t, { name: `Acme Recrutement ${uniqueId()}` });
    await grantCredits(h.t, org.id, { credits: 20, amountPaidMinor: 2000 }).expect(201);
  });
  afterAll(() => h?.close());

  const searchIds = async (word: string) =>
    (await h.t.http().get('/v1/search').query({ q: word }).set(bearer(org.key)).expect(200)).body.data.map((p: { alumnusId: string }) => p.alumnusId);

  /** Invites a new alumnus and opens the emailed link in a fresh tab of the locale's context; returns the tab on the Continue page. */
  async function openInvitation(locale: 'fr' | 'en', consent: 'none' | 'all' = 'none', fields: Record<string, unknown> = {}) {
    const word = `w${uniqueId().replace(/[^a-z0-9]/g, '')}`;
    const a = await newAlumnus(h.t, association, consent, { headline: `Analyst ${word}`, ...fields });
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
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger mes données' }).click()]);
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
});
