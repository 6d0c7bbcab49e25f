import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { TransactionBatcher } from '../src/database/transaction-batcher';
import { createTestDatabase, TestDatabase } from './support/test-database';

/** The group-commit helper behind unlocks, on a real PostgreSQL database and a scratch table. */
describe('TransactionBatcher', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource(dataSourceOptions(db.url, 4));
    await dataSource.initialize();
    await dataSource.query(`CREATE TABLE batch_probe (unit text PRIMARY KEY, tx bigint NOT NULL)`);
    // Checked at COMMIT only: lets a test make the commit itself fail.
    await dataSource.query(
      `CREATE TABLE batch_deferred (v int, CONSTRAINT uq_batch_deferred UNIQUE (v) DEFERRABLE INITIALLY DEFERRED)`,
    );
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  const write = (unit: string) => async (m: import('typeorm').EntityManager) => {
    const [row] = await m.query(`INSERT INTO batch_probe (unit, tx) VALUES ($1, txid_current()) RETURNING tx`, [unit]);
    return Number(row.tx);
  };

  it('runs units of one key queued behind a busy transaction together, and answers after commit', async () => {
    const batcher = new TransactionBatcher(dataSource, 16);
    const txs = await Promise.all(Array.from({ length: 20 }, (_, i) => batcher.run('org-a', write(`a${i}`))));
    const distinct = new Set(txs).size;
    // The first unit runs alone; the 19 queued behind it fit in 16 + 3.
    expect(distinct).toBe(3);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM batch_probe WHERE unit LIKE 'a%'`);
    expect(n).toBe(20);
  });

  it('keeps different keys in different transactions', async () => {
    const batcher = new TransactionBatcher(dataSource, 16);
    const [x, y] = await Promise.all([batcher.run('org-x', write('x0')), batcher.run('org-y', write('y0'))]);
    expect(x).not.toBe(y);
  });

  it('rolls back only the unit that failed: its writes are gone, the others commit', async () => {
    const batcher = new TransactionBatcher(dataSource, 16);
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        batcher.run('org-b', async (m) => {
          const tx = await write(`b${i}`)(m);
          if (i % 3 === 2) throw new Error(`unit ${i} refused after writing`);
          return tx;
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'rejected']);
    const rows = await dataSource.query(`SELECT unit FROM batch_probe WHERE unit LIKE 'b%' ORDER BY unit`);
    expect(rows.map((r: { unit: string }) => r.unit)).toEqual(['b0', 'b1', 'b3', 'b4']);
  });

  it('a unit whose statement fails leaves the batch usable for the units after it', async () => {
    const batcher = new TransactionBatcher(dataSource, 16);
    const results = await Promise.allSettled(
      ['c0', 'c1', 'c1', 'c2'].map((unit) => batcher.run('org-c', write(unit))), // the second c1 violates the key
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    const rows = await dataSource.query(`SELECT unit FROM batch_probe WHERE unit LIKE 'c%' ORDER BY unit`);
    expect(rows.map((r: { unit: string }) => r.unit)).toEqual(['c0', 'c1', 'c2']);
  });

  it('rejects every unit of a batch whose commit fails, and applies none of them', async () => {
    const batcher = new TransactionBatcher(dataSource, 16);
    const first = batcher.run('org-d', write('d0')); // runs alone while the others queue
    const batch = ['d1', 'd2', 'd3'].map((unit, i) =>
      batcher.run('org-d', async (m) => {
        const tx = await write(unit)(m);
        await m.query(`INSERT INTO batch_deferred (v) VALUES (1)`); // twice in one transaction: fails at COMMIT
        return tx + i;
      }),
    );
    await expect(first).resolves.toEqual(expect.any(Number));
    const settled = await Promise.allSettled(batch);
    expect(settled.every((r) => r.status === 'rejected')).toBe(true);
    const rows = await dataSource.query(`SELECT unit FROM batch_probe WHERE unit LIKE 'd%' ORDER BY unit`);
    expect(rows.map((r: { unit: string }) => r.unit)).toEqual(['d0']);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM batch_deferred`);
    expect(n).toBe(0);
  });
});
