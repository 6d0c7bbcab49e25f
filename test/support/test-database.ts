import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { quoteIdent } from '../../src/database/sql';
import { withDatabase } from './global-setup';

function adminUrl(): string {
  const url = process.env.PASSERELLE_TEST_ADMIN_URL;
  if (!url) throw new Error('PASSERELLE_TEST_ADMIN_URL is not set: run the tests through jest (npm test)');
  return url;
}

async function withAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh copy of the migrated template, private to the calling test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `passerelle_t_${randomBytes(6).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(process.env.PASSERELLE_TEST_TEMPLATE!)}`));
  return {
    name,
    url: withDatabase(adminUrl(), name),
    drop: () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)).then(() => undefined),
  };
}
