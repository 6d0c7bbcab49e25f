import { Controller, Get, Module } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Authenticated } from '../../src/auth/auth.decorators';
import { buildOpenApiDocument } from '../../src/openapi/openapi';
import { FakeStripe } from '../fakes/fake-stripe';
import { createTestApp, TestApp } from '../support/test-app';
import { WebhookReceiver } from '../support/webhook-receiver';
import { fuzzApi } from './api-fuzzer';
import { HAPPY_PATHS } from './happy-paths';
import { OpenApiDocument } from './openapi-arbitraries';
import { buildWorld } from './world';

/**
 * FUZZ_RUNS sets the number of cases (`npm run fuzz` runs 50,000). Each run draws a new seed and
 * a failure prints it; FUZZ_SEED=<seed> replays that run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/**
 * A guard against a hang, not a speed check: npm test's 2,000 cases get 5 minutes; a long run gets
 * at least half an hour and 100 ms per case, since a loaded machine can run it several times slower.
 */
const TIMEOUT_MS = RUNS > 2000 ? Math.max(30 * 60_000, RUNS * 100) : 5 * 60_000;

describe('API fuzzing from the committed OpenAPI document', () => {
  let t: TestApp;
  const stripe = new FakeStripe();
  const receiver = new WebhookReceiver();
  beforeAll(async () => {
    // Payments configured against the fake Stripe server, so checkout and webhooks are fuzzed too.
    const stripeUrl = await stripe.start();
    // Outgoing webhooks (tests, resends) reach a local receiver, the only private host allowed.
    await receiver.start();
    t = await createTestApp({
      // No background jobs: tenant B's rows must change only through requests.
      env: {
        LOG_LEVEL: 'silent',
        STRIPE_SECRET_KEY: 'sk_test_fuzz',
        STRIPE_WEBHOOK_SECRET: 'whsec_fuzz',
        STRIPE_API_URL: stripeUrl,
        BACKGROUND_JOBS: 'false',
        LOT_EXPIRY_INTERVAL_SECONDS: '0',
        WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1',
        WEBHOOK_TIMEOUT_MS: '2000',
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    await receiver.close();
    await stripe.stop();
  });

  it(
    `keeps every promise over ${RUNS} generated requests`,
    async () => {
      const doc = JSON.parse(readFileSync(join(__dirname, '../../openapi.json'), 'utf8')) as OpenApiDocument;
      const world = await buildWorld(t, { webhookUrl: receiver.url() });
      // Drawing stops before the timeout (a fifth of it, at most 5 minutes), so that an interrupted run
      // still reports its counts.
      const timeLimitMs = TIMEOUT_MS - Math.min(5 * 60_000, TIMEOUT_MS / 5);
      const result = await fuzzApi(t, doc, world, RUNS, SEED, { requireSuccessPerOperation: true, timeLimitMs });
      process.stdout.write(
        `fuzz: ${result.cases} cases, statuses ${JSON.stringify(result.statuses)}, ` +
          `${result.crossTenantWrites} cross-tenant writes refused, ${Object.keys(result.successes).length} operations succeeded, ` +
          `${result.neverSucceeded.length} never\n`,
      );
      expect(result.cases).toBeGreaterThanOrEqual(RUNS);
      expect(Object.keys(result.statuses).filter((s) => Number(s) >= 500)).toEqual([]);
      expect(result.crossTenantWrites).toBeGreaterThan(0);
      // Every documented operation answers 2xx at least once per run: from a random case, or from its
      // prepared request in test/fuzz/happy-paths.ts (a new operation needs one there).
      expect(result.neverSucceeded).toEqual([]);
      // And every prepared request names an operation that still exists.
      const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
      expect(Object.keys(HAPPY_PATHS).filter((name) => !operations.includes(name))).toEqual([]);
      // The generator must reach past the guard: successes and validation failures both occur.
      expect(Object.keys(result.statuses)).toEqual(expect.arrayContaining(['200', '400', '401', '404']));
    },
    TIMEOUT_MS,
  );
});

/** A deliberately broken route: like GET /v1/unlocks, but it forgets the org in its WHERE clause. */
@Controller('v1/probe-leaky-unlocks')
class LeakyController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Authenticated({ kinds: ['recruiter'], scopes: ['profiles:unlock'] })
  async leak() {
    return { data: await this.dataSource.query(`SELECT id, org_id AS "orgId", alumnus_id AS "alumnusId" FROM unlocks`) };
  }
}

@Module({ controllers: [LeakyController] })
class LeakyModule {}

describe('the fuzzer catches a cross-tenant leak', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOG_LEVEL: 'silent' }, extraImports: [LeakyModule] });
  });
  afterAll(() => t.close());

  it('fails on a route that returns another org’s unlocks', async () => {
    const doc = buildOpenApiDocument(t.app) as unknown as OpenApiDocument;
    const leakyOnly: OpenApiDocument = { ...doc, paths: { '/v1/probe-leaky-unlocks': doc.paths['/v1/probe-leaky-unlocks'] } };
    const world = await buildWorld(t);
    await expect(fuzzApi(t, leakyOnly, world, 200, 42)).rejects.toThrow(/tenant leak/);
  });
});
