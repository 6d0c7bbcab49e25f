import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The database functions and triggers, one file each in their feature's `sql/` folder, in the
 * order they are applied. Versioned migrations create tables, indexes and data moves only; these
 * definitions are (re)applied after them, the way Flyway applies repeatable migrations: a file
 * whose content checksum differs from the one recorded in `repeatable_definitions` runs again.
 *
 * A file holds `CREATE OR REPLACE FUNCTION` and, for a trigger function, the `CREATE OR REPLACE
 * TRIGGER` statements that attach it, so re-running a file is always safe. Functions another
 * definition calls in plain SQL come first; PL/pgSQL bodies are resolved only when called.
 *
 * Paths are relative to `src/` (or `dist/src/`, where the build copies the .sql files).
 */
export const REPEATABLES: readonly string[] = [
  'alumni/sql/consent_events_refuse_change.sql',
  'alumni/sql/consent_events_apply.sql',
  'search/sql/search_similar_words.sql',
  'credits/sql/ledger_entries_append_only.sql',
  'credits/sql/wallet_sweep_expired.sql',
  'credits/sql/wallet_spend_many.sql',
  'credits/sql/wallet_spend_draw.sql',
  'credits/sql/wallet_spend.sql',
  'credits/sql/unlock_profiles.sql',
  'api-keys/sql/api_keys_notify_change.sql',
  'revenue/sql/revenue_daily_compact.sql',
  'revenue/sql/revenue_daily_append_sql.sql',
  'revenue/sql/revenue_daily_on_insert.sql',
  'revenue/sql/revenue_daily_on_update.sql',
  'revenue/sql/revenue_daily_on_delete.sql',
  'revenue/sql/revenue_daily_on_truncate.sql',
  'revenue/sql/revenue_daily_rebuild_for.sql',
  'revenue/sql/revenue_daily_rebuild.sql',
];

export interface RepeatableDefinition {
  name: string;
  sql: string;
  checksum: string;
}

const SOURCE_ROOT = join(__dirname, '..');

export function loadRepeatables(): RepeatableDefinition[] {
  return REPEATABLES.map((name) => {
    const sql = readFileSync(join(SOURCE_ROOT, name), 'utf8');
    return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
  });
}

/** The smallest surface both a TypeORM QueryRunner and a pg client offer. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export const REPEATABLES_TABLE_SQL = `
  CREATE TABLE IF NOT EXISTS repeatable_definitions (
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz(3) NOT NULL DEFAULT now(),
    CONSTRAINT pk_repeatable_definitions PRIMARY KEY (name)
  )`;

/**
 * Applies the definitions whose checksum changed (all of them when `all` is set: after a
 * versioned migration ran, since it may have re-created a table and with it dropped its
 * triggers), each file and its bookkeeping in one transaction. Returns the names applied.
 * The caller serialises concurrent starters (the migration advisory lock).
 */
export async function applyRepeatables(runner: SqlRunner, options: { all?: boolean } = {}): Promise<string[]> {
  await runner.query(REPEATABLES_TABLE_SQL);
  const recorded = new Map(
    ((await runner.query(`SELECT name, checksum FROM repeatable_definitions`)) as { name: string; checksum: string }[]).map((row) => [
      row.name,
      row.checksum,
    ]),
  );
  const applied: string[] = [];
  const definitions = loadRepeatables();
  // A file that was moved or removed leaves its record behind: forget it, so the table lists
  // exactly the files that define the database (what it defined is replaced or dropped by them).
  await runner.query(`DELETE FROM repeatable_definitions WHERE name <> ALL($1::text[])`, [definitions.map((d) => d.name)]);
  for (const definition of definitions) {
    if (!options.all && recorded.get(definition.name) === definition.checksum) continue;
    await runner.query('BEGIN');
    try {
      await runner.query(definition.sql);
      await runner.query(
        `INSERT INTO repeatable_definitions (name, checksum) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, applied_at = now()`,
        [definition.name, definition.checksum],
      );
      await runner.query('COMMIT');
    } catch (error) {
      await runner.query('ROLLBACK');
      throw new Error(`repeatable definition ${definition.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    applied.push(definition.name);
  }
  return applied;
}
