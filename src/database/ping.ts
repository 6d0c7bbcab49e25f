import { DataSource } from 'typeorm';

/** Readiness: resolves when the database answers a trivial statement. */
export async function pingDatabase(dataSource: DataSource): Promise<void> {
  await dataSource.query('SELECT 1');
}
