/**
 * The lean peer: a bare Fastify + pg server that answers the benchmarked routes with the SQL the
 * real routes run — the API-key lookup, the rate-limit counter, the route's queries and its
 * access-log and audit writes — and nothing else: no Nest, no validation pipe, no DTO mapping, no
 * request logging, no metrics, no security headers. It is the ceiling the API is measured against
 * (bench/overhead.ts). The statements are not copied: the peer calls the API's own repositories
 * (and, for the import, the import service itself), so it cannot drift from what the routes run.
 *
 * Per request and without any cache it runs the key lookup (ApiKeysRepository.findCredential and
 * the constant-time secret check); rate limits are counted by the API's own PostgresRateLimitStore
 * (hits reserved ahead, as the API counts them). Unlocks are charged one request at a time (the
 * API batches them).
 *
 *   DATABASE_URL=… node dist/bench/lib/peer.js   → prints `PEER_URL http://127.0.0.1:…`
 */
import 'reflect-metadata';
import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { parseApiKey, secretMatches } from '../../src/api-keys/api-key-format';
import { ApiKeyEntity } from '../../src/api-keys/api-key.entity';
import { ApiKeyCredentialRow, ApiKeysRepository } from '../../src/api-keys/api-keys.repository';
import { AlumniImportService } from '../../src/alumni/alumni-import.service';
import { AlumniRepository } from '../../src/alumni/alumni.repository';
import { AlumnusEntity } from '../../src/alumni/alumnus.entity';
import { ConsentEventEntity } from '../../src/alumni/consent-event.entity';
import { AssociationEntity } from '../../src/associations/association.entity';
import { VisibilityRepository } from '../../src/access/visibility.repository';
import { AppConfig } from '../../src/config/app-config';
import { CreditPackEntity } from '../../src/credit-packs/credit-pack.entity';
import { dataSourceOptions } from '../../src/database/data-source';
import { rawPool } from '../../src/database/raw-pool';
import { EVENT_API_VERSION } from '../../src/events/event-catalog';
import { EventsRepository } from '../../src/events/events.repository';
import { EventsService } from '../../src/events/events.service';
import type { JobsService } from '../../src/jobs/jobs.service';
import { MembersRepository } from '../../src/members/members.repository';
import { UnlocksRepository } from '../../src/credits/unlocks.repository';
import { PostgresRateLimitStore } from '../../src/rate-limit/rate-limit.store';
import { RecruiterOrgEntity } from '../../src/recruiter-orgs/recruiter-org.entity';
import { RevenueRepository } from '../../src/revenue/revenue.repository';
import { PostgresSearchAdapter } from '../../src/search/postgres-search.adapter';
import { SearchImpressions } from '../../src/search/search-impressions.service';
import { SearchProjection } from '../../src/search/search-projection.service';
import { SearchFacetField } from '../../src/search/search.port';
import { SearchResultsRepository } from '../../src/search/search-results.repository';
import { WalletRepository } from '../../src/credits/wallet.repository';

interface Peer {
  url: string;
  close(): Promise<void>;
}

export async function startPeer(databaseUrl: string, poolSize = 20): Promise<Peer> {
  // The same rate-limit policies as the API under test (bench/lib/server.ts sets them).
  const limits = Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('RATE_LIMIT_')));
  const config = AppConfig.fromEnv({ ...limits, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' });
  const dataSource = new DataSource({
    ...dataSourceOptions(databaseUrl, poolSize),
    entities: [AlumnusEntity, ConsentEventEntity, ApiKeyEntity, AssociationEntity, CreditPackEntity, RecruiterOrgEntity],
  });
  await dataSource.initialize();
  const manager = dataSource.manager;
  const keys = new ApiKeysRepository(dataSource);
  const counters = new PostgresRateLimitStore(dataSource);
  const wallets = new WalletRepository();
  const visibility = new VisibilityRepository(dataSource);
  const unlocks = new UnlocksRepository(dataSource);
  const events = new EventsRepository(dataSource);
  const members = new MembersRepository(dataSource);
  const revenue = new RevenueRepository(dataSource);
  const engine = new PostgresSearchAdapter(rawPool(dataSource));
  const impressions = new SearchImpressions(new SearchResultsRepository(dataSource));
  impressions.onApplicationBootstrap();
  const imports = new AlumniImportService(
    dataSource,
    new AlumniRepository(dataSource, config),
    new SearchProjection(engine),
    new EventsService(dataSource, events, undefined as unknown as JobsService),
  );
  const lapseMonths = config.consentLapseMonths;
  const unlockContext = unlocks.contextRead();

  /** Key lookup, secret check and rate-limit upsert: the guard's SQL, on every request. */
  async function authenticate(
    request: FastifyRequest,
    reply: FastifyReply,
    routeClass: 'default' | 'search' | 'unlock',
  ): Promise<ApiKeyCredentialRow | null> {
    const header = request.headers.authorization ?? '';
    const parsed = parseApiKey(header.slice(7));
    const row = parsed ? await keys.findCredential(parsed.keyId) : undefined;
    if (!parsed || !secretMatches(parsed.secret, row?.secretHash) || !row || row.revokedAt || !row.orgActive) {
      void reply.code(401).send({ status: 401 });
      return null;
    }
    const policy = config.rateLimits[routeClass];
    const { hits } = await counters.hit(`${routeClass}:key:${parsed.keyId}`, policy.windowSeconds, policy.limit);
    if (hits > policy.limit) {
      void reply.code(429).send({ status: 429 });
      return null;
    }
    return row;
  }

  const app = Fastify({ bodyLimit: 64 * 1_048_576 });
  app.setErrorHandler((error, _request, reply) => {
    process.stderr.write(`peer: ${error instanceof Error ? error.stack : String(error)}\n`);
    void reply.code(500).send({ status: 500 });
  });
  // The import route gets the raw stream for CSV, as the API's does.
  app.addContentTypeParser('text/csv', (_request, payload, done) => done(null, payload));

  app.get('/health', async () => ({ status: 'ok' }));

  app.get('/v1/wallet', async (request, reply) => {
    const key = await authenticate(request, reply, 'default');
    if (!key) return reply;
    const wallet = await wallets.findWallet(manager, key.orgId!);
    const lots = wallet ? await wallets.listLots(manager, wallet.id) : [];
    return { ...wallet, lots };
  });

  app.get('/v1/search', async (request, reply) => {
    const key = await authenticate(request, reply, 'search');
    if (!key) return reply;
    const orgId = key.orgId!;
    const query = request.query as Record<string, string | undefined>;
    const associationIds = await visibility.searchableAssociationIds(undefined, orgId);
    const cutoff = new Date();
    cutoff.setUTCMonth(cutoff.getUTCMonth() - lapseMonths);
    const result = await engine.search(
      {
        q: query.q,
        filters: {},
        limit: query.limit ? Number(query.limit) : undefined,
        facets: query.facets ? (query.facets.split(',') as SearchFacetField[]) : undefined,
      },
      { orgId, associationIds, confirmedAfter: cutoff },
    );
    const ids = result.hits.map((h) => h.alumnusId);
    const rows = ids.length > 0 ? await visibility.findForOrgWithPreview(orgId, ids, lapseMonths) : [];
    impressions.record(rows.map((r) => r.id));
    return { data: rows, facets: result.facets, estimatedTotal: result.estimatedTotal, nextCursor: result.nextCursor };
  });

  app.post('/v1/profiles/:alumnusId/unlock', async (request, reply) => {
    const key = await authenticate(request, reply, 'unlock');
    if (!key) return reply;
    const orgId = key.orgId!;
    const { alumnusId } = request.params as { alumnusId: string };
    const [row] = await visibility.findPairsWith<Record<string, unknown>>(manager, [{ orgId, alumnusId }], lapseMonths, unlockContext);
    if (!row) return reply.code(404).send({ status: 404 });
    const context = unlocks.contextFrom(orgId, row);
    let status = 200;
    if (!context.existing) {
      const [charged] = await unlocks.insertAndCharge(manager, [
        {
          unlockId: randomUUID(),
          orgId,
          alumnusId,
          version: context.version,
          associationId: row.association_id as string,
          price: context.pricing.unlockPriceCredits,
          revenueShareBps: context.pricing.revenueShareBps,
          program: context.alumnus.program,
          graduationYear: context.alumnus.graduationYear,
        },
      ]);
      if (charged.outcome === 'spent') {
        status = 201;
        await events.insert(manager, EVENT_API_VERSION, [
          {
            type: 'profile.unlocked',
            orgId,
            associationId: null,
            data: {
              unlockId: charged.unlock.id,
              alumnusId,
              associationId: row.association_id,
              creditsCharged: context.pricing.unlockPriceCredits,
            },
          },
        ]);
      } else if (charged.outcome !== 'exists') {
        process.stderr.write(`peer: unlock refused: ${charged.outcome}\n`);
        return reply.code(402).send({ status: 402, outcome: charged.outcome });
      }
    }
    await members.insertAudit({
      owner: { kind: 'recruiter', orgId },
      actorKind: 'api_key',
      actorId: key.id,
      actorLabel: 'peer',
      action: 'POST /v1/profiles/:alumnusId/unlock',
      target: request.url,
      requestId: String(request.id),
    });
    return reply.code(status).send({ unlock: context.existing, profile: context.alumnus, balance: context.balance });
  });

  app.get('/v1/associations/:id/revenue', async (request, reply) => {
    const key = await authenticate(request, reply, 'default');
    if (!key) return reply;
    const { id } = request.params as { id: string };
    const query = request.query as Record<string, string | undefined>;
    const association = await revenue.associationOf(id);
    if (!association) return reply.code(404).send({ status: 404 });
    const range = {
      from: query.from ?? association.defaultFrom,
      to: query.to ?? association.today,
      granularity: (query.granularity ?? 'month') as 'month',
      timeZone: association.timeZone,
    };
    return { data: await revenue.association(id, range, query.groupBy as 'org' | undefined) };
  });

  app.post('/v1/associations/:id/alumni/import', async (request, reply) => {
    const key = await authenticate(request, reply, 'default');
    if (!key) return reply;
    const { id } = request.params as { id: string };
    const csv = /^text\/csv\b/i.test(request.headers['content-type'] ?? '');
    return csv ? imports.importCsv(id, request.body as Readable) : imports.importJson(id, request.body);
  });

  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    close: async () => {
      await app.close();
      await impressions.onModuleDestroy();
      await dataSource.destroy();
    },
  };
}

if (require.main === module) {
  startPeer(process.env.DATABASE_URL!)
    .then((peer) => {
      process.stdout.write(`PEER_URL ${peer.url}\n`);
      process.once('SIGTERM', () => void peer.close().then(() => process.exit(0)));
    })
    .catch((error) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    });
}
