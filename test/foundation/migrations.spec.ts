import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { dataSourceOptions } from '../../src/database/data-source';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/** Every migration's down() undoes its up(): all the way down, then all the way up again. */
describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('roll back to an empty schema and re-apply cleanly', async () => {
    const dataSource = new DataSource(dataSourceOptions(db.url, 2));
    await dataSource.initialize();
    try {
      for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      const tables = await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(tables).toEqual([]);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
      expect(await dataSource.runMigrations({ transaction: 'each' })).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
