import { DataSource, DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { ADVISORY_LOCKS } from './advisory-locks';
import { trackingPgDriver } from './raw-pool';
import { runPendingRebuilds } from './rebuilds';
import { applyRepeatables } from './repeatables';

export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    // The pg module itself, through a Pool that records itself so rawPool() can find it.
    driver: trackingPgDriver(),
    url,
    // Each feature module registers its own entities (TypeOrmModule.forFeature, autoLoadEntities).
    entities: [],
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    // JIT compilation costs tens of milliseconds and pays off only for long analytical queries;
    // on this service's short queries (search facets, counts) it only adds latency.
    // Synchronised scans would start a sequential scan wherever a concurrent one is, so a search
    // capped at its first 1,001 matches could count different facets for identical requests.
    extra: { max: poolSize, application_name: 'passerelle', options: '-c jit=off -c synchronize_seqscans=off' },
  };
}

/**
 * Applies pending migrations, then the repeatable definitions (functions and triggers) that
 * changed, or all of them when a migration ran, then the rebuilds migrations asked for (they use
 * those functions). An advisory lock serialises concurrent starters (several API processes
 * booting at once), so each migration and each rebuild runs exactly once.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  try {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCKS.migrations]);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      const repeatables = await applyRepeatables(runner, { all: applied.length > 0 });
      const rebuilds = await runPendingRebuilds(runner);
      return [...applied.map((m) => m.name), ...repeatables, ...rebuilds];
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCKS.migrations]).catch(() => undefined);
      await runner.release();
    }
  } finally {
    await dataSource.destroy();
  }
}
