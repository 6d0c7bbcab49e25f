import { Webhook } from 'standardwebhooks';
import { EventsService } from '../../src/events/events.service';
import { WebhookDeliveryWorker } from '../../src/webhooks/webhook-delivery.worker';
import { newAlumnus, sessionFor } from '../support/alumni-factories';
import { grantCredits } from '../support/credits';
import { newAssociation, newOrg, OrgFixture } from '../support/factories';
import { bearer, createTestApp, TestApp } from '../support/test-app';
import { WebhookReceiver } from '../support/webhook-receiver';

/**
 * Outgoing webhooks against a local receiver that verifies every request with the
 * standardwebhooks library. Retries are shrunk to 50 ms, the attempt timeout to 500 ms; the
 * tests run the delivery job by hand.
 */
describe('webhooks', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let worker: WebhookDeliveryWorker;
  beforeAll(async () => {
    t = await createTestApp({
      env: {
        BACKGROUND_JOBS: 'false',
        WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1',
        WEBHOOK_RETRY_SCHEDULE: '0.05,0.05,0.05',
        WEBHOOK_TIMEOUT_MS: '500',
      },
    });
    worker = t.app.get(WebhookDeliveryWorker);
    receiver = await new WebhookReceiver().start();
  });
  afterEach(() => {
    receiver.received.length = 0;
    receiver.answer = (_r, _i, res) => res.writeHead(200).end('ok');
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });

  async function endpointFor(org: OrgFixture, eventTypes = ['wallet.frozen'], url = receiver.url()) {
    const res = await t.http().post('/v1/webhook-endpoints').set(bearer(org.key)).send({ url, eventTypes, description: 'ATS' }).expect(201);
    expect(res.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    receiver.secrets = [res.body.secret];
    return { id: res.body.endpoint.id as string, secret: res.body.secret as string };
  }

  async function emit(org: OrgFixture): Promise<string> {
    const [id] = await t.dataSource.transaction((m) =>
      t.app.get(EventsService).record(m, [{ type: 'wallet.frozen', to: { orgId: org.id }, data: { purchaseId: org.id } }]),
    );
    return id;
  }

  /** Runs the delivery job until the delivery settles (retries are 50 ms apart). */
  async function deliverUntilSettled(eventId: string): Promise<string> {
    for (let i = 0; i < 200; i++) {
      await worker.deliverDue();
      const [row] = await t.dataSource.query(`SELECT status FROM webhook_deliveries WHERE event_id = $1`, [eventId]);
      if (row.status !== 'pending') return row.status;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('the delivery never settled');
  }

  it('delivers each event signed, with webhook-id = event id, verifiable by the receiver', async () => {
    const org = await newOrg(t);
    await endpointFor(org);
    const eventId = await emit(org);
    expect(await deliverUntilSettled(eventId)).toBe('succeeded');
    expect(receiver.received).toHaveLength(1);
    const [got] = receiver.received;
    expect(got.error).toBeUndefined();
    expect(got.headers['webhook-id']).toBe(eventId);
    expect(got.verified).toMatchObject({ id: eventId, type: 'wallet.frozen', data: { purchaseId: org.id } });
  });

  it('retries a failing receiver: two failures, then exactly one more delivery with the same webhook-id, all logged', async () => {
    const org = await newOrg(t);
    const endpoint = await endpointFor(org);
    receiver.answer = (_r, i, res) => (i < 2 ? res.writeHead(500).end('not now') : res.writeHead(204).end());
    const eventId = await emit(org);
    expect(await deliverUntilSettled(eventId)).toBe('succeeded');
    await worker.deliverDue();
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([eventId, eventId, eventId]);
    expect(receiver.received.every((r) => r.error === undefined)).toBe(true);

    const attempts = await t.http().get(`/v1/webhook-endpoints/${endpoint.id}/attempts`).set(bearer(org.key)).expect(200);
    expect(attempts.body.data.map((a: { responseStatus: number }) => a.responseStatus)).toEqual([204, 500, 500]);
    expect(attempts.body.data[2]).toMatchObject({
      eventId,
      trigger: 'scheduled',
      responseBody: 'not now',
      succeeded: false,
      errorKind: 'http',
    });
  });

  it('settles a batch mixing successes and failures: each delivery, attempt and endpoint as if sent alone', async () => {
    const [good, bad] = [await newOrg(t), await newOrg(t)];
    const goodEndpoint = await endpointFor(good, ['wallet.frozen'], receiver.url('/good'));
    const badEndpoint = await endpointFor(bad, ['wallet.frozen'], receiver.url('/bad'));
    receiver.secrets = [];
    receiver.answer = (r, _i, res) => (r.path === '/bad' ? res.writeHead(503).end('down') : res.writeHead(200).end('ok'));
    const goodEvents = [await emit(good), await emit(good), await emit(good)];
    const badEvents = [await emit(bad), await emit(bad)];
    try {
      await checkMixedBatch();
    } finally {
      // The failed deliveries would otherwise be retried in the next tests.
      await t.http().delete(`/v1/webhook-endpoints/${badEndpoint.id}`).set(bearer(bad.key)).expect(204);
    }

    async function checkMixedBatch() {
      const totals = await worker.deliverDue();
      expect(totals).toEqual({ attempted: 5, succeeded: 3 });
      const deliveries = await t.dataSource.query(
        `SELECT event_id, status, attempt_count, last_response_status FROM webhook_deliveries WHERE event_id = ANY($1) ORDER BY event_id`,
        [[...goodEvents, ...badEvents]],
      );
      expect(deliveries).toEqual(
        [
          ...goodEvents.map((id) => ({ event_id: id, status: 'succeeded', attempt_count: 1, last_response_status: 200 })),
          ...badEvents.map((id) => ({ event_id: id, status: 'pending', attempt_count: 1, last_response_status: 503 })),
        ].sort((a, b) => (a.event_id < b.event_id ? -1 : 1)),
      );
      const attemptsOf = async (org: OrgFixture, endpointId: string) =>
        (await t.http().get(`/v1/webhook-endpoints/${endpointId}/attempts`).set(bearer(org.key)).expect(200)).body.data as Array<
          Record<string, unknown>
        >;
      const goodAttempts = await attemptsOf(good, goodEndpoint.id);
      expect(goodAttempts.map((a) => a.eventId).sort()).toEqual([...goodEvents].sort());
      expect(
        goodAttempts.every((a) => a.succeeded === true && a.responseStatus === 200 && a.responseBody === 'ok' && a.errorKind === null),
      ).toBe(true);
      const badAttempts = await attemptsOf(bad, badEndpoint.id);
      expect(badAttempts.map((a) => [a.succeeded, a.responseStatus, a.errorKind])).toEqual([
        [false, 503, 'http'],
        [false, 503, 'http'],
      ]);
      const endpoints = await t.dataSource.query(
        `SELECT id, failing_since IS NOT NULL AS failing FROM webhook_endpoints WHERE id = ANY($1) ORDER BY id`,
        [[goodEndpoint.id, badEndpoint.id]],
      );
      expect(Object.fromEntries(endpoints.map((e: { id: string; failing: boolean }) => [e.id, e.failing]))).toEqual({
        [goodEndpoint.id]: false,
        [badEndpoint.id]: true,
      });
    }
  });

  it('times out a hanging receiver and retries it', async () => {
    const org = await newOrg(t);
    const endpoint = await endpointFor(org);
    receiver.answer = (_r, i, res) => (i === 0 ? undefined : res.writeHead(200).end());
    const eventId = await emit(org);
    expect(await deliverUntilSettled(eventId)).toBe('succeeded');
    expect(receiver.received).toHaveLength(2);
    const attempts = await t.http().get(`/v1/webhook-endpoints/${endpoint.id}/attempts`).set(bearer(org.key)).expect(200);
    expect(attempts.body.data.map((a: { errorKind: string | null }) => a.errorKind)).toEqual([null, 'timeout']);
  });

  it('gives up after the schedule, and a manual resend delivers again', async () => {
    const org = await newOrg(t);
    const endpoint = await endpointFor(org);
    receiver.answer = (_r, _i, res) => res.writeHead(503).end();
    const eventId = await emit(org);
    expect(await deliverUntilSettled(eventId)).toBe('failed');
    expect(receiver.received).toHaveLength(4);
    receiver.answer = (_r, _i, res) => res.writeHead(200).end();
    const deliveries = await t.http().get(`/v1/webhook-endpoints/${endpoint.id}/deliveries`).set(bearer(org.key)).expect(200);
    expect(deliveries.body.data[0]).toMatchObject({ eventId, status: 'failed', attemptCount: 4 });
    const resent = await t
      .http()
      .post(`/v1/webhook-endpoints/${endpoint.id}/deliveries/${deliveries.body.data[0].id}/resend`)
      .set(bearer(org.key))
      .expect(200);
    expect(resent.body).toMatchObject({ succeeded: true, trigger: 'manual', responseStatus: 200 });
    expect(receiver.received[4].headers['webhook-id']).toBe(eventId);
  });

  it('signs with both secrets during a rotation, each signature valid on its own', async () => {
    const org = await newOrg(t);
    const endpoint = await endpointFor(org);
    const rotated = await t.http().post(`/v1/webhook-endpoints/${endpoint.id}/rotate-secret`).set(bearer(org.key)).send({}).expect(200);
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    const ping = await t.http().post(`/v1/webhook-endpoints/${endpoint.id}/test`).set(bearer(org.key)).expect(200);
    expect(ping.body).toMatchObject({ succeeded: true, eventType: 'ping', trigger: 'test' });
    const [got] = receiver.received;
    const signatures = String(got.headers['webhook-signature']).split(' ');
    expect(signatures).toHaveLength(2);
    for (const [secret, signature] of [
      [rotated.body.secret, signatures[0]],
      [endpoint.secret, signatures[1]],
    ]) {
      const headers = {
        'webhook-id': String(got.headers['webhook-id']),
        'webhook-timestamp': String(got.headers['webhook-timestamp']),
        'webhook-signature': signature,
      };
      expect(new Webhook(secret).verify(got.body, headers)).toMatchObject({ type: 'ping' });
    }
    // An immediate rotation leaves only the newest secret.
    const again = await t
      .http()
      .post(`/v1/webhook-endpoints/${endpoint.id}/rotate-secret`)
      .set(bearer(org.key))
      .send({ previousSecretExpiresInSeconds: 0 })
      .expect(200);
    await t.http().post(`/v1/webhook-endpoints/${endpoint.id}/test`).set(bearer(org.key)).expect(200);
    const last = receiver.received[1];
    expect(String(last.headers['webhook-signature']).split(' ')).toHaveLength(1);
    receiver.secrets = [again.body.secret];
    expect(() =>
      new Webhook(again.body.secret).verify(last.body, {
        'webhook-id': String(last.headers['webhook-id']),
        'webhook-timestamp': String(last.headers['webhook-timestamp']),
        'webhook-signature': String(last.headers['webhook-signature']),
      }),
    ).not.toThrow();
  });

  it('does not follow a redirect to a forbidden address', async () => {
    const org = await newOrg(t);
    await endpointFor(org);
    const target = await new WebhookReceiver().start();
    try {
      receiver.answer = (_r, _i, res) => res.writeHead(302, { location: `http://169.254.169.254/latest/meta-data/` }).end();
      const eventId = await emit(org);
      await worker.deliverDue();
      const [attempt] = await t.dataSource.query(`SELECT response_status, succeeded FROM webhook_attempts WHERE event_id = $1`, [eventId]);
      expect(attempt).toEqual({ response_status: 302, succeeded: false });
      expect(receiver.received).toHaveLength(1);
      expect(target.received).toHaveLength(0);
    } finally {
      await target.close();
    }
  });

  it('disables an endpoint failing for longer than the limit and emails its alert address', async () => {
    const org = await newOrg(t);
    const endpoint = await endpointFor(org);
    await t.http().patch(`/v1/webhook-endpoints/${endpoint.id}`).set(bearer(org.key)).send({ alertEmail: 'ops@ats.example' }).expect(200);
    await t.dataSource.query(`UPDATE webhook_endpoints SET failing_since = now() - interval '6 days' WHERE id = $1`, [endpoint.id]);
    receiver.answer = (_r, _i, res) => res.writeHead(500).end();
    const eventId = await emit(org);
    await worker.deliverDue();
    const got = await t.http().get(`/v1/webhook-endpoints/${endpoint.id}`).set(bearer(org.key)).expect(200);
    expect(got.body).toMatchObject({ enabled: false, disabledReason: 'failing for too long' });
    const [delivery] = await t.dataSource.query(`SELECT status FROM webhook_deliveries WHERE event_id = $1`, [eventId]);
    expect(delivery.status).toBe('failed');
    const mails = await t.dataSource.query(`SELECT to_address FROM mail_outbox WHERE kind = 'webhook_disabled'`);
    expect(mails).toEqual([{ to_address: 'ops@ats.example' }]);
    // A disabled endpoint gets no new deliveries.
    await emit(org);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM webhook_deliveries WHERE endpoint_id = $1`, [
      endpoint.id,
    ]);
    expect(count).toBe(1);
  });

  it('refuses event types of the other kind of owner and keeps endpoints private to their owner', async () => {
    const org = await newOrg(t);
    const other = await newOrg(t);
    const bad = await t
      .http()
      .post('/v1/webhook-endpoints')
      .set(bearer(org.key))
      .send({ url: receiver.url(), eventTypes: ['payout.paid'] })
      .expect(400);
    expect(bad.body.code).toBe('validation_failed');
    const endpoint = await endpointFor(org);
    await t.http().get(`/v1/webhook-endpoints/${endpoint.id}`).set(bearer(other.key)).expect(404);
    const listed = await t.http().get('/v1/webhook-endpoints').set(bearer(other.key)).expect(200);
    expect(listed.body.data).toEqual([]);
  });

  it('wakes the delivery job at commit: delivered long before the next timer tick', async () => {
    // The timer would first run in an hour: only the commit's notification can start the delivery.
    const live = await createTestApp({
      database: t.db,
      env: {
        BACKGROUND_JOBS: 'true',
        JOB_INTERVAL_MS: '3600000',
        WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1',
        LOT_EXPIRY_INTERVAL_SECONDS: '0',
      },
    });
    try {
      const org = await newOrg(t);
      await endpointFor(org, ['wallet.frozen'], receiver.url('/woken'));
      const woken = () => receiver.received.filter((r) => r.path === '/woken');
      // A rolled-back change notifies nobody and queues nothing.
      await expect(
        t.dataSource.transaction(async (m) => {
          await t.app.get(EventsService).record(m, [{ type: 'wallet.frozen', to: { orgId: org.id }, data: { purchaseId: org.id } }]);
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      const eventId = await emit(org);
      while (woken().length === 0) await receiver.waitFor(receiver.received.length + 1);
      expect(woken().map((r) => [r.headers['webhook-id'], r.error])).toEqual([[eventId, undefined]]);
    } finally {
      await live.close();
    }
  });

  it('delivers a withdrawal to every unlocking org within the job interval, and it is in the feed (acceptance)', async () => {
    const live = await createTestApp({
      database: t.db,
      env: {
        BACKGROUND_JOBS: 'true',
        JOB_INTERVAL_MS: '200',
        WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1',
        LOT_EXPIRY_INTERVAL_SECONDS: '0',
      },
    });
    try {
      const association = await newAssociation(t, { recruiterAccess: 'open' });
      const alumnus = await newAlumnus(t, association, 'all');
      const orgs = [await newOrg(t), await newOrg(t), await newOrg(t)];
      const secrets = new Map<string, string>();
      for (const org of orgs) {
        const res = await t
          .http()
          .post('/v1/webhook-endpoints')
          .set(bearer(org.key))
          .send({ url: receiver.url(`/org/${org.id}`), eventTypes: ['alumnus.consent_withdrawn'] })
          .expect(201);
        secrets.set(org.id, res.body.secret);
      }
      receiver.secrets = [...secrets.values()];
      for (const org of orgs.slice(0, 2)) {
        await grantCredits(t, org.id, { credits: 5 }).expect(201);
        await t.http().post(`/v1/profiles/${alumnus.id}/unlock`).set(bearer(org.key)).expect(201);
      }
      // "Within the poll interval", proved by counting runs rather than timing them: the timer
      // starts a delivery run every JOB_INTERVAL_MS (a run still going makes the tick skip), so
      // the first run that starts after the commit begins within one interval of it (or as soon
      // as the run in progress ends). Both deliveries must have succeeded when that run ends.
      const liveWorker = live.app.get(WebhookDeliveryWorker);
      const deliverDue = liveWorker.deliverDue.bind(liveWorker);
      let runsStarted = 0;
      let firstRunAfterCommit = Number.POSITIVE_INFINITY;
      let statusesAfterThatRun: Promise<Array<{ status: string; attempt_count: number }>> | undefined;
      liveWorker.deliverDue = async () => {
        const run = ++runsStarted;
        try {
          return await deliverDue();
        } finally {
          if (run === firstRunAfterCommit) {
            statusesAfterThatRun = t.dataSource.query(
              `SELECT d.status, d.attempt_count FROM webhook_deliveries d JOIN events e ON e.id = d.event_id
                WHERE e.type = 'alumnus.consent_withdrawn' AND e.data->>'alumnusId' = $1`,
              [alumnus.id],
            );
          }
        }
      };
      const session = await sessionFor(t, association, alumnus.id, alumnus.row.email as string);
      await t.http().delete('/v1/me/consent').set(bearer(session)).expect(200);
      firstRunAfterCommit = runsStarted + 1;

      const ours = () => receiver.received.filter((r) => r.path.startsWith('/org/'));
      for (let i = 0; ours().length < 2; i++) await receiver.waitFor(receiver.received.length + 1);
      while (!statusesAfterThatRun) await new Promise((r) => setTimeout(r, 20));
      expect(await statusesAfterThatRun).toEqual([
        { status: 'succeeded', attempt_count: 1 },
        { status: 'succeeded', attempt_count: 1 },
      ]);
      expect(ours().every((r) => r.error === undefined)).toBe(true);
      for (const org of orgs.slice(0, 2)) {
        const feed = await t.http().get('/v1/events').query({ types: 'alumnus.consent_withdrawn' }).set(bearer(org.key)).expect(200);
        expect(feed.body.data).toHaveLength(1);
        const delivered = ours().find((r) => r.headers['webhook-id'] === feed.body.data[0].id && r.path === `/org/${org.id}`)!;
        expect(delivered).toBeDefined();
        expect(() =>
          new Webhook(secrets.get(org.id)!).verify(delivered.body, {
            'webhook-id': String(delivered.headers['webhook-id']),
            'webhook-timestamp': String(delivered.headers['webhook-timestamp']),
            'webhook-signature': String(delivered.headers['webhook-signature']),
          }),
        ).not.toThrow();
        expect(JSON.parse(delivered.body).data).toEqual({
          alumnusId: alumnus.id,
          unlockId: expect.any(String),
          action: 'delete_unlocked_data',
        });
      }
      // The third org never unlocked the person: no delivery, no event.
      const third = await t.http().get('/v1/events').set(bearer(orgs[2].key)).expect(200);
      expect(third.body.data).toEqual([]);
      expect(ours()).toHaveLength(2);
    } finally {
      await live.close();
    }
  });
});
