import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { RevenueDeltasByQuarterHour1765100000000 } from '../../migrations/1765100000000-RevenueDeltasByQuarterHour';
import { dataSourceOptions } from '../../src/database/data-source';
import { applyRepeatables } from '../../src/database/repeatables';
import { RevenueRepository } from '../../src/revenue/revenue.repository';
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

  it('keeps the revenue summary exact when the quarter-hour deltas are rolled back and re-applied with deltas pending', async () => {
    const scratch = await createTestDatabase();
    const dataSource = new DataSource(dataSourceOptions(scratch.url, 2));
    await dataSource.initialize();
    try {
      const [association] = await dataSource.query(
        `INSERT INTO associations (name, slug, time_zone) VALUES ('Rekey', 'rekey-' || gen_random_uuid(), 'Asia/Kolkata') RETURNING id`,
      );
      const [org] = await dataSource.query(
        `INSERT INTO recruiter_orgs (name, email_domain) VALUES ('Rekey org', 'rekey.example') RETURNING id`,
      );
      const [wallet] = await dataSource.query(`INSERT INTO wallets (org_id) VALUES ($1) RETURNING id`, [org.id]);
      const [lot] = await dataSource.query(
        `INSERT INTO credit_lots (wallet_id, org_id, source, credits_granted, credits_remaining, amount_paid_minor, currency)
         VALUES ($1, $2, 'grant', 1, 1, 0, 'eur') RETURNING id`,
        [wallet.id, org.id],
      );
      // Revenue rows every 37 minutes from `start` (crossing local midnights), as spends write them.
      const fill = (start: string, n: number) =>
        dataSource.query(
          `INSERT INTO revenue_entries (org_id, association_id, lot_id, credits, gross_minor, association_share_minor,
             platform_share_minor, revenue_share_bps, currency, kind, reference, program, graduation_year, first_of_movement, created_at)
           SELECT $1, $2, $3, 1, 100 + i, (100 + i) * 7 / 10, (100 + i) - (100 + i) * 7 / 10, 7000, 'eur', 'unlock',
                  'unlock:' || gen_random_uuid(), 'Program ' || (i % 3), 2000 + i % 4, true, $4::timestamptz + i * interval '37 minutes'
             FROM generate_series(1, $5) AS i`,
          [org.id, association.id, lot.id, start, n],
        );
      // revenue_daily after folding every delta, against the same sums taken from revenue_entries.
      const differences = async (): Promise<number> => {
        expect(Number((await dataSource.query(`SELECT revenue_daily_compact() AS n`))[0].n)).toBeGreaterThan(0);
        const [{ n }] = await dataSource.query(`
          WITH fresh AS (
            SELECT d.dimension, (r.created_at AT TIME ZONE a.time_zone)::date AS local_day, d.group_value, count(*) AS entries,
                   sum(r.gross_minor) AS gross
              FROM revenue_entries r JOIN associations a ON a.id = r.association_id
             CROSS JOIN LATERAL (VALUES ('org', r.org_id::text), ('program', r.program), ('graduation_year', r.graduation_year::text)) AS d(dimension, group_value)
             GROUP BY 1, 2, 3),
          kept AS (SELECT dimension, local_day, group_value, entries, gross_minor AS gross FROM revenue_daily WHERE entries <> 0)
          SELECT (SELECT count(*) FROM (SELECT * FROM fresh EXCEPT SELECT * FROM kept) x)
               + (SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM fresh) y) AS n`);
        return Number(n);
      };
      const range = { from: '2026-01-01', to: '2026-12-31', timeZone: 'Asia/Kolkata', granularity: 'day' as const };
      const repo = new RevenueRepository(dataSource);

      await fill('2026-03-01T17:00:00Z', 120); // deltas per quarter-hour, pending
      expect(await repo.association(association.id, range, 'program')).toEqual(
        await repo.associationFromEntries(association.id, range, 'program'),
      );
      // Back to before the quarter-hour deltas (and the migrations after them): folds them, deltas per local day again.
      const undone = MIGRATIONS.length - MIGRATIONS.indexOf(RevenueDeltasByQuarterHour1765100000000);
      for (let i = 0; i < undone; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      await fill('2026-03-05T10:00:00Z', 80);
      expect(await differences()).toBe(0);
      await fill('2026-03-09T20:00:00Z', 60); // pending local-day deltas when the migration runs again
      expect(await dataSource.runMigrations({ transaction: 'each' })).toHaveLength(undone);
      // As a start-up does: the functions are re-applied after the versioned migrations.
      const runner = dataSource.createQueryRunner();
      try {
        expect((await applyRepeatables(runner, { all: true })).length).toBeGreaterThan(0);
      } finally {
        await runner.release();
      }
      await fill('2026-03-12T03:00:00Z', 50);
      expect(await repo.association(association.id, range, 'org')).toEqual(await repo.associationFromEntries(association.id, range, 'org'));
      expect(await differences()).toBe(0);
      expect(Number((await dataSource.query(`SELECT count(*) AS n FROM revenue_entries`))[0].n)).toBe(310);
    } finally {
      await dataSource.destroy();
      await scratch.drop();
    }
  });
});
