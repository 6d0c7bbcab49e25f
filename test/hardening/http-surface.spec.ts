import { createTestApp, TestApp } from '../support/test-app';

describe('HTTP surface: security headers, CORS and metrics', () => {
  describe('defaults', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('sends security headers', async () => {
      const res = await t.http().get('/health').expect(200);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      // The default PUBLIC_BASE_URL is http://localhost:PORT: no HSTS over plain http.
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-powered-by']).toBeUndefined();
    });

    it('sends the same security headers on errors, unknown routes and the docs page', async () => {
      const expected = (await t.http().get('/health').expect(200)).headers;
      const names = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy'];
      const docs = await t.http().get('/docs').redirects(1);
      for (const res of [await t.http().get('/v1/associations').expect(401), await t.http().get('/v1/no/such/route').expect(404), docs]) {
        for (const name of names) {
          // Only the docs page (Swagger UI) needs inline scripts and styles; every other answer,
          // the web app's included, keeps the strict policy.
          if (name === 'content-security-policy' && res === docs) continue;
          expect([name, res.headers[name]]).toEqual([name, expected[name]]);
        }
      }
      expect(expected['content-security-policy']).toContain("script-src 'self';");
      expect(expected['content-security-policy']).not.toContain('unsafe-inline');
      expect(docs.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
    });

    it('keeps CORS closed', async () => {
      const res = await t
        .http()
        .options('/v1/associations')
        .set('origin', 'https://evil.example')
        .set('access-control-request-method', 'GET');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('exposes Prometheus metrics with request latency per route and status', async () => {
      await t.http().get('/v1/associations').expect(401);
      const res = await t.http().get('/metrics').expect(200);
      expect(res.text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/v1\/associations",status="401"\} \d+/);
      expect(res.text).toMatch(/db_pool_connections\{state="total"\} \d+/);
    });

    // Fastify answers the liveness probe without Nest's pipeline: the global hooks must still run.
    it('treats /health like every route: its answer, request id, metrics and the text-input check', async () => {
      const res = await t.http().get('/health').set('x-request-id', 'probe-1').expect(200);
      expect(res.body).toEqual({ status: 'ok' });
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.headers['x-request-id']).toBe('probe-1');
      expect(res.headers['cache-control']).toBeUndefined();
      const refused = await t.http().get('/health?x=%00').expect(400);
      expect(refused.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'x' }] });
      const metrics = await t.http().get('/metrics').expect(200);
      expect(metrics.text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/health",status="200"\} [1-9]\d*/);
      expect(metrics.text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/health",status="400"\} [1-9]\d*/);
    });
  });

  describe('served over plain http on a host other than localhost', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ env: { PUBLIC_BASE_URL: 'http://passerelle.lan:3000' } });
    });
    afterAll(() => t.close());

    it('renders /docs: no HSTS, no upgrade-insecure-requests, every asset it references served over http', async () => {
      const host = 'passerelle.lan:3000';
      const docs = await t.http().get('/docs').set('host', host).redirects(1).expect(200);
      expect(docs.headers['content-type']).toContain('text/html');
      expect(docs.headers['strict-transport-security']).toBeUndefined();
      expect(docs.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      // The strict policy otherwise stays: nothing from elsewhere, inline only for Swagger UI.
      expect(docs.headers['content-security-policy']).toContain("default-src 'self'");
      const assets = [...docs.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      expect(assets.length).toBeGreaterThan(0);
      for (const asset of assets) {
        // Relative to the page (same scheme and host), never an absolute https:// or CDN address.
        expect(asset).not.toMatch(/^[a-z]+:\/\//i);
        const page = docs.redirects.at(-1) ?? `http://${host}/docs`;
        const res = await t.http().get(new URL(asset, page).pathname).set('host', host);
        expect([asset, res.status]).toEqual([asset, 200]);
        expect(res.headers['strict-transport-security']).toBeUndefined();
      }
      const web = await t.http().get('/health').set('host', host).expect(200);
      expect(web.headers['strict-transport-security']).toBeUndefined();
      expect(web.headers['content-security-policy']).toContain("script-src 'self';");
      expect(web.headers['content-security-policy']).not.toContain('unsafe-inline');
    });
  });

  describe('served over https', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ env: { PUBLIC_BASE_URL: 'https://passerelle.example' } });
    });
    afterAll(() => t.close());

    it('sends HSTS and upgrade-insecure-requests on the API, the docs and the web app', async () => {
      for (const path of ['/health', '/docs', '/v1/no/such/route']) {
        const res = await t.http().get(path).set('host', 'passerelle.example').redirects(1);
        expect([path, res.headers['strict-transport-security']]).toEqual([path, expect.stringContaining('max-age=')]);
        expect([path, res.headers['content-security-policy']]).toEqual([path, expect.stringContaining('upgrade-insecure-requests')]);
      }
    });
  });

  describe('configured', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ env: { CORS_ORIGINS: 'https://ats.example.com', METRICS_TOKEN: 'scrape-secret' } });
    });
    afterAll(() => t.close());

    it('allows only the listed origins', async () => {
      const ok = await t.http().get('/health').set('origin', 'https://ats.example.com');
      expect(ok.headers['access-control-allow-origin']).toBe('https://ats.example.com');
      const other = await t.http().get('/health').set('origin', 'https://evil.example');
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('protects metrics with the token', async () => {
      await t.http().get('/metrics').expect(401);
      await t.http().get('/metrics').set('authorization', 'Bearer wrong').expect(401);
      await t.http().get('/metrics').set('authorization', 'Bearer scrape-secret').expect(200);
    });
  });
});
