import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../src/app.factory';
import { RecruiterPrincipal } from '../src/auth/principal';
import { AppConfig } from '../src/config/app-config';
import { UnlocksService } from '../src/credits/unlocks.service';
import { drive } from './lib/drive';
import { HttpConnection } from './lib/http-connection';
import { BenchRow, fmt } from './lib/report';
import { BenchServer, startBenchServer } from './lib/server';

interface World {
  server: BenchServer;
  associationId: string;
  alumnusIds: string[];
}

async function api(server: BenchServer, method: string, path: string, key: string, body?: unknown): Promise<any> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

export async function buildWorld(server: BenchServer, alumni: number): Promise<World> {
  const created = await api(server, 'POST', '/v1/associations', server.adminKey, {
    name: 'Bench association',
    slug: `bench-${Date.now()}`,
    recruiterAccess: 'open',
  });
  const associationId = created.association.id;
  const collectedAt = new Date().toISOString();
  for (let start = 0; start < alumni; start += 5000) {
    const rows = Array.from({ length: Math.min(5000, alumni - start) }, (_, i) => ({
      externalId: `bench-${start + i}`,
      firstName: 'Camille',
      lastName: `Martin ${start + i}`,
      email: `bench-${start + i}@alumni.example`,
      headline: 'Data engineer',
      city: 'Lyon',
      country: 'FR',
      skills: ['SQL', 'Python'],
      program: 'MSc Data Science',
      graduationYear: 2015 + ((start + i) % 10),
      consentSearchable: true,
      consentUnlockable: true,
      consentContactable: false,
      consentCollectedAt: collectedAt,
      consentTermsVersion: 'assoc-2025',
      consentProofReference: `bench#${start + i}`,
    }));
    await api(server, 'POST', `/v1/associations/${associationId}/alumni/import`, created.apiKey.secret, rows);
  }
  const { Client } = await import('pg');
  const client = new Client({ connectionString: server.databaseUrl });
  await client.connect();
  const { rows } = await client.query(`SELECT id FROM alumni WHERE association_id = $1 ORDER BY external_id`, [associationId]);
  await client.end();
  return { server, associationId, alumnusIds: rows.map((r: { id: string }) => r.id) };
}

export async function fundedOrg(server: BenchServer, credits: number): Promise<{ id: string; key: string }> {
  const created = await api(server, 'POST', '/v1/recruiter-orgs', server.adminKey, { name: 'Bench org', emailDomain: 'bench.example' });
  await api(server, 'POST', `/v1/recruiter-orgs/${created.org.id}/credit-grants`, server.adminKey, {
    credits,
    amountPaidMinor: credits * 100,
    reason: 'bench',
  });
  return { id: created.org.id, key: created.apiKey.secret };
}

/**
 * Unlocks per second over HTTP for (a) many wallets (16 orgs, requests spread over them) and
 * (b) one hot wallet, at several concurrency levels, and (c) many wallets with an Idempotency-Key
 * on every request, at c=8; each followed by the same UnlocksService.unlock path
 * (batch queue, visibility read, unlock_profiles) called in-process, without HTTP, against the
 * same database, for the ratio.
 */
export async function runUnlockBench(alumni: number, seconds: number, levels = [1, 8, 32]): Promise<BenchRow[]> {
  const server = await startBenchServer();
  const rows: BenchRow[] = [];
  let direct: NestFastifyApplication | undefined;
  try {
    const world = await buildWorld(server, alumni);
    const ids = world.alumnusIds;
    // One keep-alive connection per load worker, opened once (a client pool's reuse).
    const connections = Array.from({ length: Math.max(...levels) }, () => new HttpConnection(server.url));
    let keys = 0;
    const unlockHttp = (worker: number, org: { key: string }, alumnusId: string, keyed = false) =>
      connections[worker]
        .request('POST', `/v1/profiles/${alumnusId}/unlock`, {
          authorization: `Bearer ${org.key}`,
          ...(keyed ? { 'idempotency-key': `bench-${++keys}` } : {}),
        })
        .then((r) => r.status);
    direct = await createApp(
      AppConfig.fromEnv({ LOG_LEVEL: 'warn', BACKGROUND_JOBS: 'false', DB_POOL_SIZE: '20', ACCESS_LOG: 'false' }).with({
        databaseUrl: server.databaseUrl,
      }),
    );
    const unlocks = direct.get(UnlocksService);
    const unlockDirect = (orgId: string, alumnusId: string, keyed = false) =>
      unlocks
        .unlock(
          { kind: 'recruiter', orgId, keyId: 'bench', keyKind: 'rec', scopes: ['profiles:unlock'] } as RecruiterPrincipal,
          alumnusId,
          keyed ? `bench-direct-${++keys}` : undefined,
        )
        .then((o) => o.status);

    // Warm-up, not measured: the API process has just taken the world's import, and the unlock
    // path is not compiled yet; a long-running server is measured warm. Both sides, 3 s each.
    const warmOrgs = await Promise.all(Array.from({ length: 16 }, () => fundedOrg(server, 1_000_000)));
    await drive(8, 3, (i, worker) => unlockHttp(worker, warmOrgs[i % 16], ids[Math.floor(i / 16) % ids.length]));
    await drive(8, 3, (i) => unlockDirect(warmOrgs[i % 16].id, ids[Math.floor(i / 16) % ids.length]));

    // The third scenario is the first with an Idempotency-Key on every request (integrations that
    // retry safely), at c=8 only: keyed unlocks are batched like the others.
    for (const scenario of ['many wallets', 'one hot wallet', 'many wallets, Idempotency-Key'] as const) {
      const keyed = scenario === 'many wallets, Idempotency-Key';
      for (const c of keyed ? levels.filter((l) => l === 8) : levels) {
        const orgCount = scenario === 'one hot wallet' ? 1 : 16;
        const httpOrgs = await Promise.all(Array.from({ length: orgCount }, () => fundedOrg(server, 1_000_000)));
        const cpuBefore = server.cpuMs();
        const http = await drive(c, seconds, (i, worker) =>
          unlockHttp(worker, httpOrgs[i % orgCount], ids[Math.floor(i / orgCount) % ids.length], keyed),
        );
        const cpuAfter = server.cpuMs();
        const done = http.ok + http.failed;
        const cpu = `CPU per unlock: API ${fmt((cpuAfter.api - cpuBefore.api) / done, 2)} ms, PostgreSQL ${fmt(
          (cpuAfter.postgres - cpuBefore.postgres) / done,
          2,
        )} ms, load generator ${fmt(http.driverCpuMs, 2)} ms`;
        const directOrgs = await Promise.all(Array.from({ length: orgCount }, () => fundedOrg(server, 1_000_000)));
        const inProcess = await drive(c, seconds, (i) =>
          unlockDirect(directOrgs[i % orgCount].id, ids[Math.floor(i / orgCount) % ids.length], keyed),
        );
        const target = c === 8 && !keyed ? (scenario === 'many wallets' ? '≥ 800/s' : '≥ 300/s') : undefined;
        const goal = scenario === 'many wallets' ? 800 : 300;
        rows.push({
          benchmark: 'unlock',
          figure: `POST /v1/profiles/{id}/unlock, ${scenario}, c=${c}`,
          value: http.perSecond,
          unit: 'unlocks/s',
          target,
          met: target ? http.perSecond >= goal : undefined,
          comparison: `HTTP p50 ${fmt(http.p50)} ms, p99 ${fmt(http.p99)} ms, errors ${http.failed}; same unlock path in-process ${fmt(
            inProcess.perSecond,
          )}/s (p50 ${fmt(inProcess.p50)} ms); HTTP/in-process throughput ${fmt(http.perSecond / inProcess.perSecond, 2)}; ${cpu}`,
        });
      }
    }
    for (const connection of connections) connection.close();
  } finally {
    await direct?.close();
    await server.stop();
  }
  return rows;
}

if (require.main === module) {
  const size = Number(process.argv[2] ?? 5000);
  const seconds = Number(process.argv[3] ?? 3);
  runUnlockBench(size, seconds)
    .then((rows) => {
      for (const r of rows) process.stdout.write(`${r.figure}: ${fmt(r.value)} ${r.unit} (${r.target ?? 'no target'}) — ${r.comparison}\n`);
    })
    .catch((error) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    });
}
