import { AppConfig } from '../config/app-config';
import { resolveDatabase } from './resolve-database';
import { runMigrations } from './data-source';

/** `npm run migration:run`: applies pending migrations to DATABASE_URL or the embedded server. */
async function main() {
  const config = AppConfig.fromEnv();
  const database = await resolveDatabase(config);
  try {
    const applied = await runMigrations(database.url);
    process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'No pending migrations\n');
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
