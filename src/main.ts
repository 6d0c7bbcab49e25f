import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiKeysService } from './api-keys/api-keys.service';
import { createApp } from './app.factory';
import { AppConfig, ConfigError } from './config/app-config';
import { runMigrations } from './database/data-source';
import { resolveDatabase, ResolvedDatabase } from './database/resolve-database';
import { seedDemoData } from './demo/demo-data';
import { createRootLogger } from './logging/logger';

/**
 * Secrets shown once go straight to stdout, never through the logger (which redacts them):
 * the person who started the service needs to copy them.
 */
function printOnce(lines: string[]): void {
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}

async function main(): Promise<void> {
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
  const database: ResolvedDatabase = await resolveDatabase(config, (line) => logger.warn({ postgres: line }));
  if (database.embedded) logger.info({ dataDir: config.dataDir }, 'embedded PostgreSQL started');

  let app: NestFastifyApplication | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    try {
      await app?.close();
    } finally {
      await database.stop();
      process.exit(0);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  const applied = await runMigrations(database.url);
  logger.info({ applied }, applied.length ? 'migrations applied' : 'no pending migrations');

  app = await createApp(config.with({ databaseUrl: database.url }));
  const generatedAdminKey = await app.get(ApiKeysService).ensureBootstrapAdminKey(config.adminApiKey);
  const demo = config.demoData ? await seedDemoData(app) : null;
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
      `Demo alumnus (sign in with POST /v1/alumni/magic-links; the link waits in the mail_outbox table): ${demo.alumnusEmail}`,
    );
  }
  if (lines.length > 0) printOnce([...lines, `API docs: ${config.publicBaseUrl}/docs`]);
}

main().catch((error) => {
  process.stderr.write(`Passerelle failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
