const pg = require('pg');
const stats = new Map(); let on = false;
const orig = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, values, cb) {
  const text = typeof config === 'string' ? config : config && config.text;
  const t0 = process.hrtime.bigint();
  const r = orig.call(this, config, values, cb);
  if (on && r && typeof r.then === 'function' && text) {
    r.then(() => { const k = text.replace(/\s+/g, ' ').slice(0, 100); const s = stats.get(k) || { n: 0, ms: 0 }; s.n++; s.ms += Number(process.hrtime.bigint() - t0) / 1e6; stats.set(k, s); }, () => {});
  }
  return r;
};
require('reflect-metadata');
const { startBenchServer } = require('./dist/bench/lib/server.js');
const { buildWorld, fundedOrg } = require('./dist/bench/unlock-http.js');
const { createApp } = require('./dist/src/app.factory.js');
const { AppConfig } = require('./dist/src/config/app-config.js');
const { ProfilesService } = require('./dist/src/profiles/profiles.service.js');
(async () => {
  const server = await startBenchServer();
  const world = await buildWorld(server, 500);
  const app = await createApp(AppConfig.fromEnv({ LOG_LEVEL: 'warn', BACKGROUND_JOBS: 'false', DB_POOL_SIZE: '20', ACCESS_LOG: 'false' }).with({ databaseUrl: server.databaseUrl }));
  const profiles = app.get(ProfilesService);
  const org = await fundedOrg(server, 100000);
  const p = { kind: 'recruiter', orgId: org.id, keyId: 'b', keyKind: 'rec', scopes: ['profiles:unlock'] };
  for (let i = 0; i < 20; i++) await profiles.unlock(p, world.alumnusIds[i]);
  on = true; const t0 = performance.now(); const N = 200;
  for (let i = 20; i < 20 + N; i++) await profiles.unlock(p, world.alumnusIds[i]);
  const total = performance.now() - t0; on = false;
  console.log('sequential unlock avg', (total / N).toFixed(2), 'ms');
  let sum = 0;
  for (const [k, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms)) { sum += s.ms; console.log(String(s.n).padStart(5), (s.ms / s.n).toFixed(3).padStart(8), 'ms', k); }
  console.log('sum of statement time per unlock', (sum / N).toFixed(2));
  await app.close(); await server.stop(); process.exit(0);
})();
