import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../../src/database/data-source';
import { quoteIdent } from '../../src/database/sql';

export const TEMPLATE_DATABASE = 'passerelle_test_template';

/**
 * Starts one PostgreSQL for the whole run (embedded unless TEST_DATABASE_URL is set), migrates a
 * template database once, and tells the workers where it is. Each test file then copies the
 * template into its own database (test/support/test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const { startEmbeddedPostgres } = await import('../../src/database/embedded-postgres');
    const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-test-'));
    const server = await startEmbeddedPostgres({ dataDir });
    (globalThis as Record<string, unknown>).__PASSERELLE_PG__ = { server, dataDir };
    adminUrl = server.adminUrl;
  }
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(TEMPLATE_DATABASE)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoteIdent(TEMPLATE_DATABASE)}`);
  } finally {
    await client.end();
  }
  const templateUrl = withDatabase(adminUrl, TEMPLATE_DATABASE);
  await runMigrations(templateUrl);
  process.env.PASSERELLE_TEST_ADMIN_URL = adminUrl;
  process.env.PASSERELLE_TEST_TEMPLATE = TEMPLATE_DATABASE;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
