import { EventsService } from '../../src/events/events.service';
import { OutboundPolicy } from '../../src/webhooks/outbound-safety';
import { WebhookDeliveryWorker } from '../../src/webhooks/webhook-delivery.worker';
import { startApiProcess, stopApiProcess, ApiProcess } from '../support/api-process';
import { newOrg, OrgFixture } from '../support/factories';
import { bearer, createTestApp, TestApp } from '../support/test-app';
import { WebhookReceiver } from '../support/webhook-receiver';

/** Outbound request safety (no allowlist here) and at-least-once delivery across a crash. */
describe('webhook safety and durability', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false', WEBHOOK_TIMEOUT_MS: '1000' } });
    receiver = await new WebhookReceiver().start();
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });

  const emit = (org: OrgFixture) =>
    t.dataSource.transaction((m) =>
      t.app.get(EventsService).record(m, [{ type: 'wallet.frozen', to: { orgId: org.id }, data: { purchaseId: org.id } }]),
    );

  const forbidden = () => [
    `http://127.0.0.1:${receiver.port}/`,
    `http://[::1]:${receiver.port}/`,
    'http://10.0.0.1/',
    'http://169.254.169.254/latest/meta-data/',
    `http://localhost:${receiver.port}/`,
    `http://[::ffff:127.0.0.1]:${receiver.port}/`,
    `http://[::ffff:a9fe:a9fe]/`,
  ];

  it('refuses loopback, private, link-local, metadata and mapped addresses when an endpoint is created', async () => {
    const org = await newOrg(t);
    for (const url of [...forbidden(), 'ftp://example.com/', 'https://user:pass@example.com/']) {
      const res = await t
        .http()
        .post('/v1/webhook-endpoints')
        .set(bearer(org.key))
        .send({ url, eventTypes: ['wallet.frozen'] });
      expect([url, res.status, res.body.code]).toEqual([url, 400, 'webhook_url_refused']);
    }
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM webhook_endpoints WHERE org_id = $1`, [org.id]);
    expect(count).toBe(0);
  });

  it('requires https when configured for production', async () => {
    const policy = new OutboundPolicy([], true);
    expect(await policy.check('http://93.184.215.14/')).toBe('must use https');
    expect(await policy.check('https://93.184.215.14/')).toBeNull();
    expect(new OutboundPolicy(['10.1.0.0/16'], false).refusal('10.1.2.3')).toBeNull();
    expect(new OutboundPolicy(['10.1.0.0/16'], false).refusal('10.2.0.1')).toBe('private address');
  });

  it('refuses the same addresses at delivery time (a name that resolves elsewhere later), without reaching them', async () => {
    const org = await newOrg(t);
    // Rows written behind the API's back stand for a host name whose address changed after creation.
    for (const url of forbidden()) {
      const [endpoint] = await t.dataSource.query(
        `INSERT INTO webhook_endpoints (org_id, url, event_types) VALUES ($1, $2, '{wallet.frozen}') RETURNING id`,
        [org.id, url],
      );
      await t.dataSource.query(
        `INSERT INTO webhook_endpoint_secrets (endpoint_id, secret) VALUES ($1, 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')`,
        [endpoint.id],
      );
    }
    const [eventId] = await emit(org);
    await t.app.get(WebhookDeliveryWorker).deliverDue();
    const attempts = await t.dataSource.query(
      `SELECT a.url, a.error_kind, a.succeeded FROM webhook_attempts a WHERE a.event_id = $1 ORDER BY a.url`,
      [eventId],
    );
    expect(attempts).toHaveLength(forbidden().length);
    for (const a of attempts) expect([a.url, a.error_kind, a.succeeded]).toEqual([a.url, 'ssrf_blocked', false]);
    expect(receiver.received).toHaveLength(0);
  });

  it('delivers after a restart what a process killed mid-delivery had committed but not delivered', async () => {
    const org = await newOrg(t);
    // Earlier tests' refused deliveries would be retried by the allowlisting process below.
    await t.dataSource.query(`UPDATE webhook_deliveries SET status = 'failed' WHERE status = 'pending'`);
    const env = {
      DATABASE_URL: t.db.url,
      BACKGROUND_JOBS: 'true',
      JOB_INTERVAL_MS: '100',
      WEBHOOK_TIMEOUT_MS: '1000',
      WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1',
      LOT_EXPIRY_INTERVAL_SECONDS: '0',
    };
    const allowing = await createTestApp({ database: t.db, env: { BACKGROUND_JOBS: 'false', WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1' } });
    let api: ApiProcess | undefined;
    try {
      await allowing
        .http()
        .post('/v1/webhook-endpoints')
        .set(bearer(org.key))
        .send({ url: receiver.url('/crash'), eventTypes: ['wallet.frozen'] })
        .expect(201);
      // The first request is held open: the process is killed while it waits for the answer.
      receiver.answer = (_r, i, res) => (i === 0 ? undefined : res.writeHead(200).end());
      api = await startApiProcess(env);
      const [eventId] = await emit(org);
      await receiver.waitFor(1);
      await stopApiProcess(api, 'SIGKILL');
      const [pending] = await t.dataSource.query(`SELECT status, attempt_count FROM webhook_deliveries WHERE event_id = $1`, [eventId]);
      expect(pending).toEqual({ status: 'pending', attempt_count: 0 });

      api = await startApiProcess(env);
      await receiver.waitFor(2);
      for (let i = 0; i < 100; i++) {
        const [row] = await t.dataSource.query(`SELECT status FROM webhook_deliveries WHERE event_id = $1`, [eventId]);
        if (row.status === 'succeeded') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const [settled] = await t.dataSource.query(`SELECT status, attempt_count FROM webhook_deliveries WHERE event_id = $1`, [eventId]);
      expect(settled).toEqual({ status: 'succeeded', attempt_count: 1 });
      expect(receiver.received.map((r) => [r.path, r.headers['webhook-id']])).toEqual([
        ['/crash', eventId],
        ['/crash', eventId],
      ]);
    } finally {
      if (api) await stopApiProcess(api);
      await allowing.close();
    }
  });
});
