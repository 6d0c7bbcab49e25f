import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp } from '../app.factory';
import { AppConfig } from '../config/app-config';
import { resolveDatabase } from '../database/resolve-database';
import { buildOpenApiDocument, serializeOpenApi } from './openapi';

/** `npm run openapi:write`: regenerates the committed openapi.json from the code. */
async function main() {
  const config = AppConfig.fromEnv({ ...process.env, LOG_LEVEL: 'warn' });
  const database = await resolveDatabase(config);
  const app = await createApp(config.with({ databaseUrl: database.url }));
  try {
    const target = resolve(process.cwd(), 'openapi.json');
    writeFileSync(target, serializeOpenApi(buildOpenApiDocument(app)));
    process.stdout.write(`wrote ${target}\n`);
  } finally {
    await app.close();
    await database.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
