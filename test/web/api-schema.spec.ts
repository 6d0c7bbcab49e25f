import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The web app's API types are generated from the committed openapi.json. After a route or DTO
 * change, `npm run openapi:write` rewrites both; this fails when web/src/api/schema.d.ts lags behind.
 */
describe('web app API client', () => {
  it('web/src/api/schema.d.ts is up to date with openapi.json', () => {
    const run = spawnSync(process.execPath, [join(__dirname, '../../web/scripts/api-schema.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
