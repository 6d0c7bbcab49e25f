import { SqlRunner } from './repeatables';

/**
 * The rebuilds a versioned migration may ask for in `pending_rebuilds` (see the migration
 * CreatePendingRebuilds): each runs a current repeatable definition, so it runs after them.
 */
export const REBUILDS: ReadonlyMap<string, string> = new Map([
  // The revenue summary of every association, from revenue_entries (src/revenue/sql/revenue_daily_rebuild_for.sql).
  ['revenue_daily', `SELECT revenue_daily_rebuild_for(ARRAY(SELECT id FROM associations ORDER BY id))`],
]);

/**
 * Runs the rebuilds the migrations asked for, oldest request first, each with the deletion of its
 * request in one transaction: a crash leaves the request for the next start. Called after the
 * repeatable definitions, under the migration lock. Returns `rebuild <name>` for each one run.
 */
export async function runPendingRebuilds(runner: SqlRunner): Promise<string[]> {
  const pending = (await runner.query(`SELECT name FROM pending_rebuilds ORDER BY requested_at, name`)) as { name: string }[];
  const done: string[] = [];
  for (const { name } of pending) {
    const sql = REBUILDS.get(name);
    if (sql === undefined) throw new Error(`pending rebuild ${name}: no such rebuild in src/database/rebuilds.ts`);
    await runner.query('BEGIN');
    try {
      await runner.query(sql);
      await runner.query(`DELETE FROM pending_rebuilds WHERE name = $1`, [name]);
      await runner.query('COMMIT');
    } catch (error) {
      await runner.query('ROLLBACK');
      throw new Error(`rebuild ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    done.push(`rebuild ${name}`);
  }
  return done;
}
