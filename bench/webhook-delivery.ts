import 'reflect-metadata';
import { openBenchDatabase } from './lib/bench-database';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { RequestFilteringHttpAgent } from 'request-filtering-agent';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { AppConfig } from '../src/config/app-config';
import { EventsService } from '../src/events/events.service';
import { envelope, WebhookDeliveryWorker } from '../src/webhooks/webhook-delivery.worker';
import { WebhookSender } from '../src/webhooks/webhook-sender';
import { WebhooksRepository } from '../src/webhooks/webhooks.repository';
import { BenchRow, fmt } from './lib/report';

/** The worker's lanes (CONCURRENCY in webhook-delivery.worker.ts): the bare client uses as many. */
const LANES = 16;

/**
 * Webhook delivery throughput: deliveries per second from the real delivery worker (the
 * application's WebhookDeliveryWorker, claiming rows of the PostgreSQL job queue, signing,
 * sending through WebhookSender and logging each attempt) to a local receiver in its own process,
 * beside the bare HTTP client sending the same requests in the same run: Node's http module with
 * the same request-filtering agent settings, the same bodies (the events' envelopes) and
 * signatures (WebhookSender.sign, per request), the same receiver and the same 16 concurrent
 * requests. Figures per round:
 *   bare http        — raw requests, nothing else;
 *   WebhookSender    — the worker's HTTP layer alone (no database);
 *   worker, drained  — WebhookDeliveryWorker.deliverDue() on a backlog of pending deliveries;
 *   worker, live     — the production path: background jobs on (the commit's notification wakes
 *                      the worker; the job timer, JOB_INTERVAL_MS, is the fallback); the events
 *                      are committed at a random point of the timer's interval, and the figure
 *                      runs from the start of their transaction to the last settled delivery
 *                      (the time to the first delivery is reported apart).
 * Uses DATABASE_URL when set, else a throw-away embedded PostgreSQL.
 *   npm run build && node dist/bench/webhook-delivery.js [deliveries=2000] [rounds=2]
 */
export async function runWebhookDeliveryBench(deliveries: number, rounds: number): Promise<BenchRow[]> {
  const { url, stop: stopDatabase } = await openBenchDatabase();
  const receiver = await startReceiver();
  const databaseUrl = url;
  const env = (backgroundJobs: boolean) =>
    AppConfig.fromEnv({
      LOG_LEVEL: 'warn',
      ACCESS_LOG: 'false',
      BACKGROUND_JOBS: String(backgroundJobs),
      WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1',
      ...pick(process.env, ['JOB_INTERVAL_MS', 'DB_POOL_SIZE']),
    }).with({ databaseUrl });
  const quiet = { logStream: { write: () => undefined } };
  const figures = { bare: [] as number[], sender: [] as number[], drained: [] as number[], timer: [] as number[], firstMs: [] as number[] };
  let interval = 0;
  try {
    for (let round = 1; round <= rounds; round++) {
      // Bare client, sender alone and the drained worker, on one app without the job timer.
      let app = await createApp(env(false), quiet);
      try {
        const fixture = await endpointFixture(app, receiver.url);
        const events = await recordEvents(app, fixture.orgId, deliveries);
        const agent = new RequestFilteringHttpAgent({ keepAlive: true, maxSockets: LANES, allowIPAddressList: ['127.0.0.1/32'] });
        const sender = app.get(WebhookSender);
        // Warm-up (JIT, connections) of both clients, not measured.
        const warmUp = events.slice(0, Math.min(200, events.length));
        await lanes(warmUp, (e) => bareSend(agent, receiver.url, e.id, e.body, fixture.secret));
        await lanes(warmUp, async (e) => (await sender.send(receiver.url, e.id, e.body, [fixture.secret])).ok);
        figures.bare.push(await lanes(events, (e) => bareSend(agent, receiver.url, e.id, e.body, fixture.secret)));
        agent.destroy();
        figures.sender.push(await lanes(events, async (e) => (await sender.send(receiver.url, e.id, e.body, [fixture.secret])).ok));
        const worker = app.get(WebhookDeliveryWorker);
        const started = process.hrtime.bigint();
        const totals = await worker.deliverDue();
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        if (totals.succeeded !== deliveries) throw new Error(`the worker delivered ${totals.succeeded} of ${deliveries}`);
        figures.drained.push(deliveries / seconds);
      } finally {
        await app.close();
      }

      // The production path: background jobs on, the worker woken at commit or by the timer.
      const config = env(true);
      interval = config.jobIntervalMs;
      app = await createApp(config, quiet);
      try {
        const worker = app.get(WebhookDeliveryWorker);
        const deliverDue = worker.deliverDue.bind(worker);
        let succeeded = 0;
        let runs = 0;
        let firstAt: bigint | undefined;
        const sender = app.get(WebhookSender);
        const send = sender.send.bind(sender);
        sender.send = async (...args) => {
          firstAt ??= process.hrtime.bigint();
          return send(...args);
        };
        worker.deliverDue = async () => {
          const totals = await deliverDue();
          succeeded += totals.succeeded;
          runs++;
          return totals;
        };
        const fixture = await endpointFixture(app, receiver.url);
        // Commit at a random point of the timer's interval, as events happen in production.
        while (runs === 0) await sleep(20);
        await sleep(Math.random() * interval);
        firstAt = undefined;
        succeeded = 0;
        const committedAt = process.hrtime.bigint();
        await recordEvents(app, fixture.orgId, deliveries);
        while (succeeded < deliveries) await sleep(5);
        const seconds = Number(process.hrtime.bigint() - committedAt) / 1e9;
        figures.timer.push(deliveries / seconds);
        figures.firstMs.push(Number((firstAt ?? committedAt) - committedAt) / 1e6);
      } finally {
        await app.close();
      }
      process.stdout.write(
        `round ${round}: bare ${fmt(figures.bare.at(-1)!)}/s, sender ${fmt(figures.sender.at(-1)!)}/s, ` +
          `worker drained ${fmt(figures.drained.at(-1)!)}/s, worker live ${fmt(figures.timer.at(-1)!)}/s ` +
          `(first delivery ${fmt(figures.firstMs.at(-1)!)} ms after the commit)\n`,
      );
    }
  } finally {
    receiver.stop();
    await stopDatabase();
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const [bare, sender, drained, timer] = [mean(figures.bare), mean(figures.sender), mean(figures.drained), mean(figures.timer)];
  const per = (values: number[]) => values.map((v) => fmt(v)).join(', ');
  const name = `webhooks, ${deliveries} deliveries, c=${LANES}`;
  return [
    {
      benchmark: name,
      figure: 'bare HTTP client (same agent, bodies, signatures, receiver)',
      value: round1(bare),
      unit: 'req/s',
      comparison: `rounds: ${per(figures.bare)}`,
    },
    {
      benchmark: name,
      figure: 'WebhookSender alone (no database)',
      value: round1(sender),
      unit: 'req/s',
      comparison: `bare HTTP ${fmt(round1(bare))} req/s (ratio ${(sender / bare).toFixed(2)}); rounds: ${per(figures.sender)}`,
    },
    {
      benchmark: name,
      figure: 'delivery worker, backlog drained',
      value: round1(drained),
      unit: 'deliveries/s',
      comparison: `bare HTTP ${fmt(round1(bare))} req/s (ratio ${(drained / bare).toFixed(2)}); rounds: ${per(figures.drained)}`,
    },
    {
      benchmark: name,
      figure: `delivery worker live (woken at commit; timer JOB_INTERVAL_MS ${interval}), commit to last delivery`,
      value: round1(timer),
      unit: 'deliveries/s',
      comparison: `bare HTTP ${fmt(round1(bare))} req/s (ratio ${(timer / bare).toFixed(2)}); first delivery ${per(figures.firstMs)} ms after the commit; rounds: ${per(figures.timer)}`,
    },
  ];
}

interface BenchEvent {
  id: string;
  body: string;
}

async function endpointFixture(app: NestFastifyApplication, receiverUrl: string): Promise<{ orgId: string; secret: string }> {
  const dataSource = app.get(DataSource);
  const [{ id: orgId }] = await dataSource.query(
    `INSERT INTO recruiter_orgs (name, email_domain) VALUES ('Bench org', 'bench.example') RETURNING id`,
  );
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  const repository = app.get(WebhooksRepository);
  await repository.transaction((m) =>
    repository.insertEndpoint(
      m,
      { orgId },
      { url: receiverUrl, description: 'bench', eventTypes: ['wallet.frozen'], enabled: true, alertEmail: null },
      secret,
    ),
  );
  return { orgId, secret };
}

/** `count` events for the org in one transaction (one pending delivery each); returns their envelopes. */
async function recordEvents(app: NestFastifyApplication, orgId: string, count: number): Promise<BenchEvent[]> {
  const dataSource = app.get(DataSource);
  const ids = await dataSource.transaction((m) =>
    app.get(EventsService).record(
      m,
      Array.from({ length: count }, () => ({ type: 'wallet.frozen' as const, to: { orgId }, data: { purchaseId: orgId } })),
    ),
  );
  const rows = await dataSource.query(
    `SELECT id AS event_id, type, api_version, data, created_at AS event_created_at FROM events WHERE id = ANY($1)`,
    [ids],
  );
  return rows.map((r: Parameters<typeof envelope>[0]) => ({ id: r.event_id, body: envelope(r) }));
}

/** Sends every event through `send` on LANES concurrent lanes; returns requests per second. */
async function lanes(events: BenchEvent[], send: (event: BenchEvent) => Promise<boolean>): Promise<number> {
  let next = 0;
  let failed = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: LANES }, async () => {
      while (next < events.length) if (!(await send(events[next++]))) failed++;
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (failed > 0) throw new Error(`${failed} requests failed`);
  return events.length / seconds;
}

/** One request as the worker sends it (the same headers), with nothing around it. */
function bareSend(agent: RequestFilteringHttpAgent, url: string, id: string, body: string, secret: string): Promise<boolean> {
  const at = new Date();
  const headers = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    'user-agent': 'Passerelle-Webhooks/1',
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': WebhookSender.sign([secret], id, at, body),
  };
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The receiver, in its own process so it does not share the sender's event loop: reads the body, answers 200. */
async function startReceiver(): Promise<{ url: string; stop(): void }> {
  const code = `
    const http = require('node:http');
    const server = http.createServer((req, res) => { req.resume(); req.on('end', () => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok')); });
    server.keepAliveTimeout = 60000;
    server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));`;
  const child: ChildProcess = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('exit', () => reject(new Error('the receiver exited')));
  });
  return { url: `http://127.0.0.1:${port}/hooks`, stop: () => child.kill() };
}

function pick(env: NodeJS.ProcessEnv, names: string[]): Record<string, string> {
  return Object.fromEntries(names.filter((n) => env[n] !== undefined).map((n) => [n, env[n] as string]));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

if (require.main === module) {
  const [deliveries = '2000', rounds = '2'] = process.argv.slice(2);
  runWebhookDeliveryBench(Number(deliveries), Number(rounds))
    .then(async (rows) => {
      const { renderTable } = await import('./lib/report');
      process.stdout.write(`${renderTable(rows)}\n`);
    })
    .catch((error) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    });
}
