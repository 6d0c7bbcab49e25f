import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * openapi.json is committed so integrators can diff it between releases. It must be exactly what
 * the running code serves: regenerate it with `npm run openapi:write` after changing a route or DTO.
 */
describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('served at /openapi.json equals the committed openapi.json', async () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../openapi.json'), 'utf8'));
    const served = await t.http().get('/openapi.json').expect(200);
    expect(served.body).toEqual(committed);
  });

  it('documents every route with its security requirement', async () => {
    const served = (await t.http().get('/openapi.json').expect(200)).body;
    expect(served.openapi).toMatch(/^3\./);
    expect(served.paths['/v1/associations'].post.security).toEqual([{ apiKey: [] }]);
    // Public operations say so explicitly (an empty requirement), as Redocly's security-defined rule asks.
    expect(served.paths['/health'].get.security).toEqual([]);
  });

  it('serves interactive docs without any external CDN', async () => {
    const html = await t.http().get('/docs').expect(200);
    expect(html.text).toContain('swagger-ui');
    expect(html.text).not.toMatch(/https?:\/\/(?!localhost)[^"']*\.(js|css)/);
  });
});
