import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp } from '../src/app.factory';
import { AppConfig } from '../src/config/app-config';
import { resolveDatabase } from '../src/database/resolve-database';
import { buildOpenApiDocument, serializeOpenApi } from '../src/openapi/openapi';

/** `npm run openapi:write`: regenerates the committed openapi.json from the code. */
async function main() {
  // The document does not depend on data: a throw-away embedded database keeps this away from ./.data.
  const scratch = mkdtempSync(join(tmpdir(), 'passerelle-openapi-'));
  const config = AppConfig.fromEnv({ ...process.env, LOG_LEVEL: 'warn', DATA_DIR: scratch });
  const database = await resolveDatabase(config);
  const app = await createApp(config.with({ databaseUrl: database.url }));
  try {
    const target = resolve(process.cwd(), 'openapi.json');
    writeFileSync(target, serializeOpenApi(buildOpenApiDocument(app)));
    process.stdout.write(`wrote ${target}\n`);
  } finally {
    await app.close();
    await database.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
