import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../support/test-app';

/** The API serves the built web app (npm test builds it first). */
describe('web app serving', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('serves index.html at / and on client routes, never cached, under a strict CSP', async () => {
    for (const path of ['/', '/sign-in', '/sign-in/continue', '/alumni/access-log']) {
      const res = await t.http().get(path).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.text).toContain('<div id="root"></div>');
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      // Nothing is loaded from another origin.
      expect(res.text).not.toMatch(/(src|href)="https?:/);
    }
  });

  it('serves hashed assets as immutable for a year', async () => {
    const assets = readdirSync(join(__dirname, '../../web/dist/assets'));
    const script = assets.find((name) => /^index-[\w-]+\.js$/.test(name))!;
    const res = await t.http().get(`/assets/${script}`).expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toMatch(/javascript/);
    await t.http().get('/assets/missing-0000.js').expect(404);
  });

  it('keeps problem+json 404s for unknown API paths and leaves /docs, /health and /openapi.json alone', async () => {
    for (const path of ['/v1/nothing-here', '/v1', '/v1/me/nothing']) {
      const res = await t.http().get(path).expect(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    await t.http().post('/sign-in').expect(404);
    expect((await t.http().get('/health').expect(200)).headers['content-type']).toMatch(/json/);
    expect((await t.http().get('/openapi.json').expect(200)).body.openapi).toMatch(/^3\./);
    const docs = await t.http().get('/docs').expect(200);
    expect(docs.text).toContain('swagger-ui');
    expect(docs.headers['content-security-policy']).toContain("'unsafe-inline'");
  });
});
