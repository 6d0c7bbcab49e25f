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
  subject = { engine: adapter, indexer: adapter, dataSource, sync: async () => undefined };
});
afterAll(async () => {
  await dataSource?.destroy();
  await db?.drop();
});

searchContract('PostgreSQL', () => subject, { typos: true, orOperator: true });

describe('PostgreSQL search dictionary', () => {
  it('learns the words of every upsert and forgets them once pruned after removal', async () => {
    const { doc } = await import('./search-contract');
    const { SearchProjectionRepository } = await import('../../src/search/search-projection.repository');
    const d = doc({ headline: 'Xylophoniste émérite' });
    const stays = doc({ headline: 'Tromboniste' });
    await dataSource.transaction((m) => subject.indexer.upsertDocument(m, d));
    await dataSource.transaction((m) => subject.indexer.upsertDocument(m, stays));
    const words = async () =>
      (await dataSource.query(`SELECT word FROM search_words WHERE word IN ('xylophoniste', 'emerite') ORDER BY word`)).map(
        (r: { word: string }) => r.word,
      );
    expect(await words()).toEqual(['emerite', 'xylophoniste']);
    await dataSource.transaction((m) => subject.indexer.removeDocument(m, d.alumnusId));
    await new SearchProjectionRepository().pruneDictionary(dataSource.manager);
    expect(await words()).toEqual([]);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM search_words WHERE word = 'tromboniste'`);
    expect(n).toBe(1);
  });
});
