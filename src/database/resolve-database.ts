import { AppConfig } from '../config/app-config';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise an embedded PostgreSQL server with its files in
 * `<DATA_DIR>/pg`, started here and stopped by `stop()`.
 */
export async function resolveDatabase(config: AppConfig, log?: (line: string) => void): Promise<ResolvedDatabase> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  }
  // Loaded lazily: the package is ESM and only needed when no external database is configured.
  const { startEmbeddedPostgres, ensureDatabase } = await import('./embedded-postgres');
  const server = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    sharedBuffersMb: config.embeddedSharedBuffersMb,
    onLog: (line) => {
      if (/\b(ERROR|FATAL|PANIC)\b/.test(line)) log?.(line.trim());
    },
  });
  await ensureDatabase(server.adminUrl, 'passerelle');
  return { url: server.urlFor('passerelle'), embedded: true, stop: () => server.stop() };
}
