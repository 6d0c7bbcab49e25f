import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '../../src/database/data-source';

export interface BenchDatabase {
  url: string;
  /** Stops the embedded server and removes its directory; nothing when DATABASE_URL was given. */
  stop: () => Promise<void>;
}

/** A migrated database for one bench: DATABASE_URL when set, else a fresh embedded PostgreSQL. */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  let url = process.env.DATABASE_URL;
  let stop = async () => undefined;
  if (!url) {
    const { startEmbeddedPostgres, ensureDatabase } = await import('../../src/database/embedded-postgres');
    const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
    const server = await startEmbeddedPostgres({ dataDir });
    await ensureDatabase(server.adminUrl, 'bench');
    url = server.urlFor('bench');
    stop = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  await runMigrations(url);
  return { url, stop };
}
