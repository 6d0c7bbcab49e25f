import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { RevenueDeltasByQuarterHour1765100000000 } from '../../migrations/1765100000000-RevenueDeltasByQuarterHour';
import { dataSourceOptions } from '../../src/database/data-source';
import { runPendingRebuilds } from '../../src/database/rebuilds';
import { applyRepeatables } from '../../src/database/repeatables';
import { RevenueRepository } from '../../src/revenue/revenue.repository';
import { addRevenueRows, newRevenueFixture, RowQuery, summaryDifferences } from '../support/revenue-rows';
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
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'repeatable_definitions')`,
      );
      expect(tables).toEqual([]);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
      expect(await dataSource.runMigrations({ transaction: 'each' })).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('keeps the revenue summary exact when the quarter-hour deltas are rolled back with deltas pending and re-applied', async () => {
    const scratch = await createTestDatabase();
    const dataSource = new DataSource(dataSourceOptions(scratch.url, 2));
    await dataSource.initialize();
    const query: RowQuery = (sql, parameters) => dataSource.query(sql, parameters);
    const pendingDeltas = async () => Number((await dataSource.query(`SELECT count(*) AS n FROM revenue_daily_delta`))[0].n);
    try {
      const fixture = await newRevenueFixture(query, 'Asia/Kolkata');
      const range = { from: '2026-01-01', to: '2026-12-31', timeZone: 'Asia/Kolkata', granularity: 'day' as const };
      const repo = new RevenueRepository(dataSource);

      await addRevenueRows(query, fixture, '2026-03-01T17:00:00Z', 120); // deltas per quarter-hour, pending
      expect(await pendingDeltas()).toBeGreaterThan(0);
      expect(await repo.association(fixture.associationId, range, 'program')).toEqual(
        await repo.associationFromEntries(fixture.associationId, range, 'program'),
      );
      // Back to before the quarter-hour deltas (and the migrations after them): down() folds the
      // pending deltas into the summary, then drops the triggers that wrote them.
      const undone = MIGRATIONS.length - MIGRATIONS.indexOf(RevenueDeltasByQuarterHour1765100000000);
      for (let i = 0; i < undone; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await pendingDeltas()).toBe(0);
      expect(await summaryDifferences(query)).toBe(0);
      // Rolled back, the summary no longer follows revenue_entries.
      await addRevenueRows(query, fixture, '2026-03-05T10:00:00Z', 80);
      expect(await pendingDeltas()).toBe(0);
      expect(await summaryDifferences(query)).toBeGreaterThan(0);

      expect(await dataSource.runMigrations({ transaction: 'each' })).toHaveLength(undone);
      // As a start-up does: the functions are re-applied after the versioned migrations, then the
      // summary is rebuilt from revenue_entries, as CreatePendingRebuilds asked.
      const runner = dataSource.createQueryRunner();
      try {
        expect((await applyRepeatables(runner, { all: true })).length).toBeGreaterThan(0);
        expect(await runPendingRebuilds(runner)).toEqual(['rebuild revenue_daily']);
      } finally {
        await runner.release();
      }
      expect(await summaryDifferences(query)).toBe(0);
      await addRevenueRows(query, fixture, '2026-03-12T03:00:00Z', 50);
      expect(await repo.association(fixture.associationId, range, 'org')).toEqual(
        await repo.associationFromEntries(fixture.associationId, range, 'org'),
      );
      expect(Number((await dataSource.query(`SELECT revenue_daily_compact() AS n`))[0].n)).toBeGreaterThan(0);
      expect(await summaryDifferences(query)).toBe(0);
      expect(Number((await dataSource.query(`SELECT count(*) AS n FROM revenue_entries`))[0].n)).toBe(250);
    } finally {
      await dataSource.destroy();
      await scratch.drop();
    }
  });
});
