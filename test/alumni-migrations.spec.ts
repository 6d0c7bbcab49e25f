import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { createTestDatabase, TestDatabase } from './support/test-database';

describe('alumni migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('roll back and re-apply cleanly', async () => {
    const dataSource = new DataSource(dataSourceOptions(db.url, 2));
    await dataSource.initialize();
    try {
      for (let i = 0; i < 3; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      const tables = await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('alumni', 'consent_events', 'mail_outbox', 'access_log_entries')`,
      );
      expect(tables).toEqual([]);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      expect(applied.map((m) => m.name)).toEqual([
        'CreateAlumniAndConsentTables1764200000000',
        'CreateAccessPolicyTables1764200001000',
        'CreateMailOutbox1764200002000',
      ]);
    } finally {
      await dataSource.destroy();
    }
  });
});
