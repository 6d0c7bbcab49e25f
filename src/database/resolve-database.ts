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
  // Loaded only when no external database is configured.
  const { startEmbeddedPostgres, ensureDatabase } = await import('./embedded-postgres');
  const server = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    sharedBuffersMb: config.embeddedSharedBuffersMb,
    onLog: (line) => {
      if (/\b(ERROR|FATAL|PANIC)\b|left running/.test(line)) log?.(line.trim());
    },
  });
  try {
    await ensureDatabase(server.adminUrl, 'passerelle');
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.urlFor('passerelle'), embedded: true, stop: () => server.stop() };
}
