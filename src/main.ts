import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { setFlagsFromString } from 'node:v8';
import { ApiKeysService } from './api-keys/api-keys.service';
import { createApp } from './app.factory';
import { removeOrphanSpools } from './common/json-array-spool';
import { AppConfig, ConfigError } from './config/app-config';
import { runMigrations } from './database/data-source';
import { EmbeddedPostgresError } from './database/embedded-postgres';
import { resolveDatabase, ResolvedDatabase } from './database/resolve-database';
import { seedDemoData } from './demo/demo-data';
import { ReadinessRegistry } from './health/readiness';
import { createRootLogger } from './logging/logger';
import { ConnectionTracker } from './shutdown/connection-tracker';

/**
 * Secrets shown once go straight to stdout, never through the logger (which redacts them):
 * the person who started the service needs to copy them.
 */
function printOnce(lines: string[]): void {
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}

/**
 * After each full collection V8 lets the heap grow to up to four times what survived before it
 * collects again. An import creates its batches' rows, query parameters and results faster than
 * they die, so the process swelled to several times its live memory while importing; a growth
 * factor of 1.5 keeps it near what it holds, for full collections of a small heap (a few ms each).
 * A GC heuristic read at each collection, so setting it here takes effect for the whole run.
 */
const HEAP_GROWING_PERCENT = 50;

async function main(): Promise<void> {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  let config: AppConfig;
  try {
    config = AppConfig.fromEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createRootLogger(config.logLevel);
  const orphans = await removeOrphanSpools();
  if (orphans.length > 0) logger.info({ removed: orphans.length }, 'removed JSON import spools left by stopped processes');
  const database: ResolvedDatabase = await resolveDatabase(config, (line) => logger.warn({ postgres: line }));
  started = database;
  if (database.embedded) logger.info({ dataDir: config.dataDir }, 'embedded PostgreSQL started');

  let app: NestFastifyApplication | undefined;
  let draining = false;
  let closing = false;
  let tracker: ConnectionTracker | undefined;
  /**
   * The shutdown order is owned here: readiness fails at once and requests are still served for
   * SHUTDOWN_GRACE_MS (so a load balancer stops sending and requests already on the wire are
   * read); then Nest stops the background jobs and waits for them, Fastify stops accepting and
   * finishes the in-flight requests, TypeORM closes the pool, and only then does the embedded
   * PostgreSQL stop. The process exits after SHUTDOWN_TIMEOUT_MS whatever is still running.
   */
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    draining = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    setTimeout(() => {
      logger.error({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown did not finish in time; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    let code = 0;
    try {
      if (app) await new Promise((r) => setTimeout(r, config.shutdownGraceMs));
      // Closing the listener resets connections still waiting to be accepted, and closing idle
      // connections resets those whose request bytes arrived but were not parsed yet (a busy event
      // loop): both were sent before the signal. Keep listening until every accepted connection has
      // delivered its first request, for SHUTDOWN_TIMEOUT_MS / 3 at most.
      if (tracker) await tracker.settled(config.shutdownTimeoutMs / 3);
      await app?.close();
    } catch (error) {
      code = 1;
      logger.error({ err: error }, 'closing the application failed');
    }
    try {
      await database.stop();
    } catch (error) {
      code = 1;
      logger.error({ err: error }, 'stopping the embedded PostgreSQL failed');
    }
    logger.info({ code }, 'shut down');
    process.exit(code);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  const applied = await runMigrations(database.url);
  logger.info({ applied }, applied.length ? 'migrations applied' : 'no pending migrations');

  app = await createApp(config.with({ databaseUrl: database.url }));
  app.get(ReadinessRegistry).register('shutdown', async () => {
    if (draining) throw new Error('shutting down');
  });
  const generatedAdminKey = await app.get(ApiKeysService).ensureBootstrapAdminKey(config.adminApiKey);
  const demo = config.demoData ? await seedDemoData(app) : null;
  tracker = new ConnectionTracker(app.getHttpServer());
  await app.listen({ port: config.port, host: config.host });
  const url = await app.getUrl();
  logger.info({ url }, 'Passerelle is listening');

  const lines: string[] = [];
  if (generatedAdminKey) {
    lines.push('Platform admin API key (shown once, store it now):', `  ${generatedAdminKey}`);
  }
  if (demo) {
    lines.push(
      `Demo association "${demo.associationSlug}" admin key:`,
      `  ${demo.associationKey}`,
      'Demo recruiter org key:',
      `  ${demo.recruiterKey}`,
      'Sign in to the web app as a person: open the page below and enter an address; without SMTP_URL',
      'the sign-in link is printed on this console as a DEVELOPMENT MAIL (within a few seconds).',
      `  ${config.publicBaseUrl}/sign-in`,
      `  demo alumnus:            ${demo.alumnusEmail}`,
      `  demo association owner: ${demo.ownerEmail}`,
    );
  }
  if (lines.length > 0) printOnce([...lines, `API docs: ${config.publicBaseUrl}/docs`]);
}

/** The embedded server, once started: a failed start stops it again rather than leave it running. */
let started: ResolvedDatabase | undefined;

main().catch(async (error) => {
  const message = error instanceof EmbeddedPostgresError ? error.message : error instanceof Error ? error.stack : String(error);
  process.stderr.write(`Passerelle failed to start: ${message}\n`);
  await started?.stop().catch(() => undefined);
  process.exit(1);
});
