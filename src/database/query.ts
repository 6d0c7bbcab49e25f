import { EntityManager } from 'typeorm';

/**
 * TypeORM's `query()` returns the rows for SELECT and INSERT but `[rows, rowCount]` for UPDATE and
 * DELETE; these helpers hide the difference so repositories can write plain SQL.
 */
export async function queryRows<T>(manager: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const result = await manager.query(sql, params);
  return isCommandResult(result) ? (result[0] as T[]) : (result as T[]);
}

export async function queryCount(manager: EntityManager, sql: string, params: unknown[] = []): Promise<number> {
  const result = await manager.query(sql, params);
  return isCommandResult(result) ? result[1] : (result as unknown[]).length;
}

function isCommandResult(result: unknown): result is [unknown[], number] {
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number';
}
