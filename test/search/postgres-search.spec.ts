import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { PostgresSearchAdapter } from '../../src/search/postgres-search.adapter';
import { rawPool } from '../../src/search/search-projection.repository';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { ContractSubject, searchContract } from './search-contract';

let db: TestDatabase;
let dataSource: DataSource;
let subject: ContractSubject;

beforeAll(async () => {
  db = await createTestDatabase();
  dataSource = new DataSource(dataSourceOptions(db.url, 10));
  await dataSource.initialize();
  const adapter = new PostgresSearchAdapter(rawPool(dataSource));
  subject = { engine: adapter, indexer: adapter, dataSource, sync: async () => undefined, typos: true, orOperator: true };
});
afterAll(async () => {
  await dataSource?.destroy();
  await db?.drop();
});

searchContract('PostgreSQL', () => subject);
