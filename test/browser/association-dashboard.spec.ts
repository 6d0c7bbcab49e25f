import { readFileSync } from 'node:fs';
import { BrowserContext, Page } from 'playwright-core';
import { seedDemoData } from '../../src/demo/demo-data';
import { accountUpdatedEvent, FakeStripe } from '../fakes/fake-stripe';
import { grantCredits } from '../support/credits';
import { newOrg } from '../support/factories';
import { newAlumnus } from '../support/alumni-factories';
import { deliverStripeEvent } from '../support/stripe-events';
import { bearer } from '../support/test-app';
import { checkPage, startWebHarness, tokenLink, WebHarness } from './support/web-harness';

const ENGLISH: unknown = JSON.parse(readFileSync(`${__dirname}/../../web/src/i18n/en/association.json`, 'utf8'));

const WEBHOOK_SECRET = 'whsec_dashboard';

/** Every page of the dashboard, its file name in the screenshots, and its h1 in each locale. */
const PAGES = [
  ['/association', 'revenue'],
  ['/association/payouts', 'payouts'],
  ['/association/alumni', 'alumni'],
  ['/association/access', 'access'],
  ['/association/members', 'members'],
  ['/association/keys', 'keys'],
  ['/association/audit-log', 'audit-log'],
] as const;
/** Acceptance: no page issues more than this many API calls to render. */
const MAX_CALLS_PER_PAGE = 6;

/**
 * The association dashboard in a real Chromium, on the demo data, against the real API and the
 * fake Stripe: revenue figures equal the API's, CSV sums equal the API's totals, an import with a
 * bad row shows its report, an approved org gets in, Connect onboarding flips on Stripe's
 * webhook, the owner manages members (never the last owner) and reads the audit log page by page,
 * and a viewer's writes are refused by the API.
 */
describe('association dashboard in the browser', () => {
  let h: WebHarness;
  let fake: FakeStripe;
  let association: { id: string; key: string; slug: string };
  const owner = 'owner@demo-ecole.example';
  const viewer = 'viewer@demo-ecole.example';
  const owners = new Map<string, BrowserContext>();

  beforeAll(async () => {
    fake = new FakeStripe();
    const url = await fake.start();
    h = await startWebHarness({ env: { STRIPE_SECRET_KEY: 'sk_test_x', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_URL: url } });
    const demo = await seedDemoData(h.t.app);
    const [row] = await h.t.dataSource.query(`SELECT id FROM associations WHERE slug = $1`, [demo!.associationSlug]);
    association = { id: row.id, key: demo!.associationKey, slug: demo!.associationSlug };
    await h.t.dataSource.query(
      `INSERT INTO members (association_id, email, role, joined_at) VALUES ($1, $2, 'owner', now()), ($1, $3, 'viewer', now())
       ON CONFLICT DO NOTHING`,
      [association.id, owner, viewer],
    );
  });
  afterAll(async () => {
    try {
      await h?.close();
    } finally {
      await fake?.stop();
    }
  });

  /**
   * Signs `email` in with the token of the mailed link, through the browser context's own request
   * (its cookie jar gets the session cookie); the Continue page itself is the portal's test.
   */
  async function signIn(context: BrowserContext, email: string, locale: 'fr' | 'en'): Promise<Page> {
    const page = await context.newPage();
    const headers = { origin: h.baseUrl };
    expect((await page.request.post('/v1/auth/sign-in-links', { data: { email, locale }, headers })).status()).toBe(202);
    const token = /#token=([A-Za-z0-9_-]+)/.exec(tokenLink(await h.nextMailTo(email)))![1];
    expect((await page.request.post('/v1/auth/sessions', { data: { token }, headers })).status()).toBe(201);
    await page.goto('/association');
    return page;
  }
  async function ownerPage(locale: 'fr' | 'en'): Promise<Page> {
    let context = owners.get(locale);
    if (!context) {
      context = await h.context(locale);
      owners.set(locale, context);
      return signIn(context, owner, locale);
    }
    return context.newPage();
  }
  const api = (path: string) => h.t.http().get(path).set(bearer(association.key));
  const settled = (page: Page) => page.locator('[role="status"]:has-text("…")').first().waitFor({ state: 'detached' });
  /** The /v1 calls a page makes while it renders (waits until the network is idle). */
  async function callsToRender(page: Page, path: string): Promise<string[]> {
    const calls: string[] = [];
    const listener = (r: { url(): string; method(): string }) => {
      if (new URL(r.url()).pathname.startsWith('/v1/')) calls.push(`${r.method()} ${new URL(r.url()).pathname}`);
    };
    page.on('request', listener);
    try {
      await page.goto(path);
      await page.locator('h1').waitFor();
      await settled(page);
      await page.waitForLoadState('networkidle');
    } finally {
      page.off('request', listener);
    }
    return calls;
  }
  /**
   * How much wider than a 390 px phone screen the page is (0 when it never scrolls sideways) and,
   * when it is, the outermost elements that stick out past the edge.
   */
  async function overflowAtPhoneWidth(page: Page): Promise<{ extra: number; elements: string[] }> {
    await page.setViewportSize({ width: 390, height: 900 });
    try {
      // After a frame, so the layout is the phone's. (A string: the test's compiler has no DOM types.)
      return await page.evaluate<{ extra: number; elements: string[] }>(`new Promise((resolve) => requestAnimationFrame(() => {
        const extra = document.documentElement.scrollWidth - innerWidth;
        const out = [];
        for (const el of extra > 0 ? document.querySelectorAll('body *') : []) {
          if (el.getBoundingClientRect().right > innerWidth + 0.5 && !out.some((o) => o.contains(el))) out.push(el);
        }
        const name = (el) => el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().replace(/ +/g, '.') : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
        resolve({ extra, elements: out.map(name) });
      }))`);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  }
  const eur = (locale: string, minor: number) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(minor / 100);

  it('revenue page: the demo figures equal the API, period and grouping in the URL, CSV sums equal the API', async () => {
    const page = await ownerPage('en');
    const calls: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/v1/')) calls.push(r.url());
    });
    try {
      await page.goto('/association');
      await page.getByTestId('revenue-totals').waitFor();
      await page.getByTestId('breakdown-graduationYear').waitFor();
      const report = (await api(`/v1/associations/${association.id}/revenue`).expect(200)).body;
      const total = report.totals[0];
      expect(total.gross).toBeGreaterThan(0);
      expect(await page.getByTestId('gross-eur').textContent()).toBe(eur('en-GB', total.gross));
      expect(await page.getByTestId('share-eur').textContent()).toBe(eur('en-GB', total.associationShare));
      const months = new Set(report.rows.map((r: { period: string }) => r.period));
      expect(months.size).toBeGreaterThanOrEqual(8);
      // Long tables show their first 12 rows and a button for the rest; short ones show all.
      const rowsOf = (testId: string) => page.getByTestId(testId).locator('tbody tr').count();
      const showAll = async (testId: string, total: number) => {
        expect(await rowsOf(testId)).toBe(Math.min(total, 12));
        if (total > 12) await page.getByRole('button', { name: `Show all ${total} rows` }).click();
        expect(await rowsOf(testId)).toBe(total);
      };
      expect(months.size).toBeGreaterThan(12);
      await showAll('series-table', months.size);
      await page.getByRole('button', { name: 'Show the first 12 only' }).click();
      expect(await rowsOf('series-table')).toBe(12);
      // Newest first, so the 12 shown are the latest periods.
      const latest = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${[...months].sort().at(-1)}T00:00:00Z`),
      );
      expect(await page.getByTestId('series-table').locator('tbody tr').first().locator('td').first().textContent()).toBe(latest);
      expect(await rowsOf('breakdown-org')).toBe(4);
      expect(await page.getByRole('button', { name: /^Show all/ }).count()).toBe(2); // series and graduation years
      await page.locator('.revenue-chart canvas').first().waitFor();
      // uPlot's own name for the x series ("Time") is replaced by the page's words.
      expect(await page.locator('.revenue-chart .u-legend .u-label').allTextContents()).toEqual(['Period', 'Accepted contacts', 'Unlocks']);
      // One call per widget: the session, the chart with totals, three breakdowns.
      expect(calls.length).toBeLessThanOrEqual(6);

      // Sorting a table by a column reverses on a second click.
      const header = page.getByTestId('breakdown-org').getByRole('button', { name: 'Sort by Recruiter' });
      await header.click();
      expect(await page.getByTestId('breakdown-org').locator('th[aria-sort="ascending"]').count()).toBe(1);

      // A period and a weekly grouping: kept in the URL, figures from the API for that query.
      const from = report.rows[2].period;
      const to = report.to;
      await page.getByLabel('From').fill(from);
      await page.getByLabel('To').fill(to);
      await page.getByLabel('Group by').selectOption('week');
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await page.waitForURL((u) => u.searchParams.get('granularity') === 'week' && u.searchParams.get('from') === from);
      const weekly = (await api(`/v1/associations/${association.id}/revenue?from=${from}&to=${to}&granularity=week`).expect(200)).body;
      await page
        .getByTestId('share-eur')
        .filter({ hasText: eur('en-GB', weekly.totals[0].associationShare) })
        .waitFor();
      await showAll('series-table', new Set(weekly.rows.map((r: { period: string }) => r.period)).size);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-download').click()]);
      expect(download.suggestedFilename()).toBe(`revenue-${association.slug}-${from}_${to}-week.csv`);
      const [head, ...lines] = readFileSync((await download.path())!, 'utf8')
        .trim()
        .split('\r\n');
      const columns = head.split(',');
      const sum = (name: string) => lines.reduce((s, line) => s + Number(line.split(',')[columns.indexOf(name)]), 0);
      expect([sum('gross'), sum('associationShare'), sum('platformShare')]).toEqual([
        weekly.totals[0].gross,
        weekly.totals[0].associationShare,
        weekly.totals[0].platformShare,
      ]);
    } finally {
      await page.close();
    }
  });

  it('alumni page: an import with one bad row shows its row report', async () => {
    const page = await ownerPage('en');
    try {
      await page.goto('/association/alumni');
      await page.getByTestId('consent-health').waitFor();
      const csv =
        'externalId,firstName,lastName,email,graduationYear\r\n' +
        'browser-ok-1,Ana,Lima,ana.lima@alumni.example,2019\r\n' +
        'browser-bad-2,Bob,Ray,bob.ray@alumni.example,3000\r\n';
      await page.getByLabel('File (CSV or JSON)').setInputFiles({ name: 'alumni.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByRole('button', { name: 'Import' }).click();
      const report = page.getByTestId('import-report');
      await report.getByText('1 created, 0 updated, 0 unchanged, 1 failed.').waitFor();
      expect(await report.locator('tbody tr').count()).toBe(1);
      expect(await report.locator('tbody tr td').nth(1).textContent()).toBe('browser-bad-2');
      expect(await report.locator('tbody tr td').nth(2).textContent()).toMatch(/graduationYear/);
    } finally {
      await page.close();
    }
  });

  it('recruiter access: approving a request lets the org unlock through the API', async () => {
    const org = await newOrg(h.t, { name: 'Approval Partners' });
    await grantCredits(h.t, org.id, { credits: 5, amountPaidMinor: 5000 }).expect(201);
    const alumnus = await newAlumnus(h.t, { id: association.id, key: association.key, slug: association.slug, body: {} }, 'all');
    await h.t
      .http()
      .patch(`/v1/associations/${association.id}`)
      .set(bearer(association.key))
      .send({ recruiterAccess: 'approval' })
      .expect(200);
    await h.t
      .http()
      .post(`/v1/associations/${association.id}/access-requests`)
      .set(bearer(org.key))
      .send({ message: 'We hire engineers' })
      .expect(201);
    expect((await h.t.http().post(`/v1/profiles/${alumnus.id}/unlock`).set(bearer(org.key)).expect(403)).body.code).toBe(
      'association_access_denied',
    );
    const page = await ownerPage('en');
    try {
      await page.goto('/association/access');
      await page.getByRole('button', { name: 'Approve Approval Partners' }).click();
      await page.getByText('No request waiting.').waitFor();
      await h.t.http().post(`/v1/profiles/${alumnus.id}/unlock`).set(bearer(org.key)).expect(201);
      await page.getByRole('searchbox').fill('Approval Partners');
      await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
      await page.getByTestId('recruiter-orgs').getByText('Approved').waitFor();
    } finally {
      await page.close();
      await h.t
        .http()
        .patch(`/v1/associations/${association.id}`)
        .set(bearer(association.key))
        .send({ recruiterAccess: 'open' })
        .expect(200);
    }
  });

  it('payouts: Connect onboarding against the fake Stripe, status flipped by account.updated', async () => {
    const page = await ownerPage('en');
    // The Account Link leads to Stripe's hosted page, answered here as Stripe would show it.
    await page.route('https://connect.stripe.com/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<html lang="en"><title>Stripe</title><h1>Stripe onboarding</h1></html>',
      }),
    );
    try {
      await page.goto('/association/payouts');
      await page.getByText('Not set up').waitFor();
      const payable = (await api(`/v1/associations/${association.id}/payouts/summary`).expect(200)).body.payableBalance[0].amountMinor;
      expect(await page.getByTestId('payable').textContent()).toBe(eur('en-GB', payable));
      await page.getByTestId('connect-onboard').click();
      await page.waitForURL(/connect\.stripe\.com/);
      const link = fake.accountLinks.at(-1)!;
      expect(link.return_url).toBe(`${h.baseUrl}/association/payouts?connect=return`);
      expect(link.refresh_url).toBe(`${h.baseUrl}/association/payouts?connect=refresh`);
      // Coming back is not proof: the status waits for Stripe's event.
      await page.goto(link.return_url);
      await page.getByText('Details missing').waitFor();
      await deliverStripeEvent(h.t, fake.completeOnboarding(link.account), WEBHOOK_SECRET).expect(200);
      await deliverStripeEvent(h.t, accountUpdatedEvent({ id: link.account }, Math.floor(Date.now() / 1000) - 600), WEBHOOK_SECRET).expect(
        200,
      );
      await page.reload();
      await page.getByText('Payouts enabled').waitFor();
    } finally {
      await page.close();
    }
  });

  it("a viewer sees revenue, and the API refuses the viewer's key creation", async () => {
    const context = await h.browser.newContext({ baseURL: h.baseUrl, locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    try {
      const page = await signIn(context, viewer, 'en');
      await page.getByTestId('revenue-totals').waitFor();
      await page.goto('/association/keys');
      await page.getByLabel('Name').fill('viewer key');
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/v1/associations/${association.id}/api-keys`)),
        page.getByRole('button', { name: 'Create a key' }).click(),
      ]);
      expect(response.status()).toBe(403);
      expect((await response.json()).code).toBe('insufficient_scope');
      await page.getByText('Your role may not create API keys.').waitFor();
      const [{ n }] = await h.t.dataSource.query(`SELECT count(*)::int AS n FROM api_keys WHERE name = 'viewer key'`);
      expect(n).toBe(0);

      // Members and the audit log: the page says who may, and the API refuses the viewer.
      const [members] = await Promise.all([
        page.waitForResponse((r) => r.url().includes(`/v1/associations/${association.id}/members`)),
        page.goto('/association/members'),
      ]);
      expect(members.status()).toBe(403);
      await page.getByText("Only the association's owner invites members").waitFor();
      await page.getByText("Your role may not see the association's members.").waitFor();
      expect(await page.getByRole('button', { name: 'Send the invitation' }).count()).toBe(0);
      const [audit] = await Promise.all([
        page.waitForResponse((r) => r.url().includes(`/v1/associations/${association.id}/audit-log`)),
        page.goto('/association/audit-log'),
      ]);
      expect(audit.status()).toBe(403);
      await page.getByText("Only the association's owner may read the audit log.").waitFor();
    } finally {
      await context.close();
    }
  });

  it('members: the owner invites, changes a role and removes; the last owner is kept, with the reason shown', async () => {
    const page = await ownerPage('en');
    const members = () =>
      api(`/v1/associations/${association.id}/members?limit=100`)
        .expect(200)
        .then((r) => r.body.data as Array<{ id: string; email: string; role: string }>);
    const invitee = 'treasurer.browser@demo-ecole.example';
    try {
      await page.goto('/association/members');
      const table = page.getByTestId('members');
      // By the address in the first cell (the owner's address is also in the "invited by" cell of those they invite).
      const rowOf = (email: string) => table.locator('tbody tr').filter({ has: page.locator('td:first-child', { hasText: email }) });
      const ownerRow = rowOf(owner);
      // The only owner: no way to remove or demote them, and the page says why before anyone tries.
      expect((await members()).filter((m) => m.role === 'owner').map((m) => m.email)).toEqual([owner]);
      await ownerRow.getByTestId('last-owner').getByText('The association needs an owner').waitFor();
      expect(await ownerRow.getByRole('combobox', { name: `Role of ${owner}` }).isDisabled()).toBe(true);
      expect(await ownerRow.getByRole('button', { name: `Remove ${owner}` }).count()).toBe(0);

      await page.getByLabel('Email', { exact: true }).fill(invitee);
      await page.getByLabel('Role', { exact: true }).selectOption('treasurer');
      await page.getByRole('button', { name: 'Send the invitation' }).click();
      await page.getByText(`Invitation sent to ${invitee}.`).waitFor();
      const row = rowOf(invitee);
      await row.getByText('Invitation pending').waitFor();
      expect(tokenLink(await h.nextMailTo(invitee))).toContain('#token=');
      const invited = (await members()).find((m) => m.email === invitee)!;
      expect(invited.role).toBe('treasurer');

      // A second owner lifts the guard on the first.
      await row.getByRole('combobox', { name: `Role of ${invitee}` }).selectOption('owner');
      await row.getByRole('button', { name: `Save the role of ${invitee}` }).click();
      await page.getByText(`${invitee} is now Owner.`).waitFor();
      expect((await members()).find((m) => m.email === invitee)!.role).toBe('owner');
      await ownerRow.getByRole('button', { name: `Remove ${owner}` }).waitFor();
      expect(await ownerRow.getByTestId('last-owner').count()).toBe(0);

      await row.getByRole('button', { name: `Remove ${invitee}` }).click();
      await row.getByRole('button', { name: `Confirm removal of ${invitee}` }).click();
      await page.getByText(`${invitee} was removed and signed out.`).waitFor();
      expect((await members()).some((m) => m.email === invitee)).toBe(false);
      await ownerRow.getByTestId('last-owner').waitFor();

      // The API keeps the last owner whatever the page shows: the same session's own demotion is refused.
      const me = (await members()).find((m) => m.email === owner)!;
      const refused = await page.request.patch(`/v1/associations/${association.id}/members/${me.id}`, {
        data: { role: 'viewer' },
        headers: { origin: h.baseUrl },
      });
      expect(refused.status()).toBe(409);
      expect((await refused.json()).code).toBe('last_owner');
    } finally {
      await page.close();
    }
  });

  it('audit log: each write names its member or key, newest first, page by page as the API pages it', async () => {
    // Enough writes by the association's key for a second page.
    for (let i = 0; i < 26; i++) {
      await h.t
        .http()
        .patch(`/v1/associations/${association.id}`)
        .set(bearer(association.key))
        .send({ recruiterAccess: 'open' })
        .expect(200);
    }
    const first = (await api(`/v1/associations/${association.id}/audit-log?limit=25`).expect(200)).body;
    const second = (await api(`/v1/associations/${association.id}/audit-log?limit=25&cursor=${first.nextCursor}`).expect(200)).body;
    expect(first.data).toHaveLength(25);
    expect(second.data.length).toBeGreaterThan(0);
    // Newest first across both pages: the last of these writes leads.
    const ids = [...first.data, ...second.data].map((e: { id: string }) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(first.data[0]).toMatchObject({ action: 'PATCH /v1/associations/:id', actor: { kind: 'api_key' } });
    // The members test's writes were made by the owner, signed in: named by their address.
    const all = (await api(`/v1/associations/${association.id}/audit-log?limit=100`).expect(200)).body.data as Array<{
      actor: { kind: string; label: string };
      action: string;
    }>;
    expect(all.some((e) => e.actor.kind === 'member' && e.actor.label === owner && e.action === 'POST /v1/associations/:id/members')).toBe(
      true,
    );

    const page = await ownerPage('en');
    // The page says what was done in words; the API records the route.
    const englishAction = (action: string) => (ENGLISH as Record<string, string>)[`audit.do.${action}`] ?? action;
    expect(englishAction('PATCH /v1/associations/:id')).toBe("Changed the association's settings");
    // Each row's cells as text: when, who (label then kind), action, target.
    const shown = async () =>
      Promise.all((await page.getByTestId('audit-log').locator('tbody tr').all()).map((row) => row.locator('td').allTextContents()));
    const expected = (entries: Array<{ actor: { kind: string; label: string }; action: string; target: string | null }>) =>
      entries.map((e) => [`${e.actor.label}${e.actor.kind === 'member' ? 'Member' : 'API key'}`, englishAction(e.action), e.target ?? '—']);
    try {
      await page.goto('/association/audit-log');
      await page.getByTestId('audit-log').waitFor();
      /** The rows shown (without their time) once the table is no longer busy loading a page. */
      const rows = async () => {
        await page.locator('[data-testid="audit-log"][aria-busy="false"]').waitFor();
        return (await shown()).map(([, ...rest]) => rest);
      };
      expect(await rows()).toEqual(expected(first.data));
      await page.getByRole('button', { name: 'Older' }).click();
      await page.getByText('Page 2', { exact: true }).waitFor();
      expect(await rows()).toEqual(expected(second.data));
      await page.getByRole('button', { name: 'Newer' }).click();
      await page.getByText('Page 1', { exact: true }).waitFor();
      expect(await rows()).toEqual(expected(first.data));
    } finally {
      await page.close();
    }
  });

  it.each(['fr', 'en'] as const)(
    'every page passes axe in %s, fits a phone, renders with at most 6 API calls; screenshots at 390 and 1280 px',
    async (locale) => {
      const page = await ownerPage(locale);
      try {
        for (const [path, name] of PAGES) {
          const calls = await callsToRender(page, path);
          if (calls.length > MAX_CALLS_PER_PAGE) throw new Error(`${name} made ${calls.length} API calls to render: ${calls.join(', ')}`);
          expect(calls).toContain('GET /v1/auth/session');
          expect({ name, overflow: await overflowAtPhoneWidth(page) }).toEqual({ name, overflow: { extra: 0, elements: [] } });
          await checkPage(page, `association-${name}-${locale}`);
        }
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
        await page.goto('/association');
        await page.locator('.revenue-chart .u-legend').waitFor();
        expect(await page.locator('.revenue-chart .u-legend .u-label').first().textContent()).toBe(locale === 'fr' ? 'Période' : 'Period');
      } finally {
        await page.close();
      }

      // Seven pages, each waited on until the network is idle, photographed twice and checked by axe.
    },
    240_000,
  );
});
