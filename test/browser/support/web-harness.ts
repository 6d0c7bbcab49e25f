import AxeBuilder from '@axe-core/playwright';
import sparticuz from '@sparticuz/chromium';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { FakeSmtpServer, ReceivedMail } from '../../support/fake-smtp';
import { createTestApp, TestApp, TestAppOptions } from '../../support/test-app';

export const SCREENSHOTS = join(__dirname, '../../../test-results/screenshots');

/**
 * Flags of @sparticuz/chromium that tests of sessions must not have: --single-process shares one
 * cookie store between contexts, and the others turn off the web security under test.
 */
const DROPPED_FLAGS = [
  '--single-process',
  '--disable-web-security',
  '--disable-site-isolation-trials',
  '--allow-running-insecure-content',
  '--disable-features=',
  '--headless',
];
/** On a closed network Chromium's own background traffic only produces refused connections. */
const QUIET_FLAGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function launchChromium(): Promise<Browser> {
  const args = sparticuz.args.filter((arg) => !DROPPED_FLAGS.some((flag) => arg.startsWith(flag)));
  // playwright gives each launch its own fresh --user-data-dir.
  return chromium.launch({ executablePath: await sparticuz.executablePath(), args: [...args, ...QUIET_FLAGS], headless: true });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface WebHarness {
  t: TestApp;
  smtp: FakeSmtpServer;
  /** Waits for the next mail to `to` (delivered by the app's own mail job) and returns its decoded text. */
  nextMailTo(to: string, matching?: RegExp): Promise<string>;
  baseUrl: string;
  browser: Browser;
  /** One browser context per locale, reused by the tests of a file. */
  context(locale: 'fr' | 'en'): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** The real API (serving the built web app) on its own database and port, plus one Chromium. */
export async function startWebHarness(options: TestAppOptions = {}): Promise<WebHarness> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const smtp = new FakeSmtpServer();
  const smtpUrl = await smtp.start();
  let t: TestApp;
  try {
    // The mail job runs often so a mail arrives while the page waits, as it would in production.
    t = await createTestApp({ ...options, env: { PUBLIC_BASE_URL: baseUrl, SMTP_URL: smtpUrl, JOB_INTERVAL_MS: '200', ...options.env } });
  } catch (error) {
    await smtp.stop();
    throw error;
  }
  let browser: Browser | undefined;
  try {
    await t.app.listen({ port, host: '127.0.0.1' });
    browser = await launchChromium();
  } catch (error) {
    await browser?.close();
    await t.close();
    await smtp.stop();
    throw error;
  }
  const contexts = new Map<string, BrowserContext>();
  const seen = new Set<ReceivedMail>();
  return {
    t,
    smtp,
    async nextMailTo(to, matching) {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const mail = smtp.received.find(
          (m) => !seen.has(m) && m.to.some((r) => r.toLowerCase().includes(to.toLowerCase())) && (!matching || matching.test(mailText(m))),
        );
        if (mail) {
          seen.add(mail);
          return mailText(mail);
        }
        if (Date.now() > deadline) throw new Error(`no mail to ${to}${matching ? ` matching ${matching}` : ''} arrived`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    baseUrl,
    browser,
    async context(locale) {
      let context = contexts.get(locale);
      if (!context) {
        context = await browser!.newContext({
          baseURL: baseUrl,
          locale: locale === 'fr' ? 'fr-FR' : 'en-GB',
          viewport: { width: 1280, height: 900 },
        });
        contexts.set(locale, context);
      }
      return context;
    },
    async close() {
      try {
        await browser!.close();
      } finally {
        try {
          await t.close();
        } finally {
          await smtp.stop();
        }
      }
    },
  };
}

/**
 * Serious and critical axe-core violations of the page as it is now (rule ids and targets).
 * The app has no iframes, so axe runs in the page itself (legacy mode) instead of merging
 * per-frame results in a new blank tab at every check, and details are gathered for violations only.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Full-page screenshots at a phone's width (390 px) and a laptop's (1280 px), back at 1280 after. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
}

/**
 * Checks the page with axe at a phone's width and a laptop's (tables become labelled cards and
 * the menu a grid on phones, so the two layouts are different documents to check) and
 * photographs it; `name` says which page and locale.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await screenshots(page, name);
  await page.setViewportSize({ width: 390, height: 900 });
  const phone = await seriousViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  expect({ name, phone, laptop: await seriousViolations(page) }).toEqual({ name, phone: [], laptop: [] });
}

/** A received mail's text with quoted-printable and base64 parts decoded, for reading links and words. */
export function mailText(mail: ReceivedMail): string {
  const unfolded = mail.data.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const base64Parts = [...mail.data.matchAll(/Content-Transfer-Encoding: base64\r\n(?:[^\r\n]+\r\n)*\r\n([A-Za-z0-9+/=\r\n]+)/gi)].map(
    (m) => Buffer.from(m[1].replace(/\r\n/g, ''), 'base64').toString('utf8'),
  );
  return Buffer.from([unfolded, ...base64Parts].join('\n'), 'latin1').toString('utf8');
}

/** The first link with a `#token=` in a mail's text. */
export function tokenLink(text: string): string {
  const match = /https?:\/\/[^\s"<>]+#token=[A-Za-z0-9_-]+/.exec(text);
  if (!match) throw new Error('no sign-in link in the mail');
  return match[0];
}
