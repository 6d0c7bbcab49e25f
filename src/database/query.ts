import type { PoolClient, QueryConfig } from 'pg';
import { EntityManager, QueryRunner } from 'typeorm';
import { rawPool } from './raw-pool';

export interface QueryOptions {
  /**
   * Names the statement so PostgreSQL parses it once per connection and reuses its plan (after
   * five executions, when the generic plan is as cheap). Only for fixed SQL text on hot paths:
   * each name is kept by every pooled connection for its lifetime.
   */
  prepare?: string;
}

/**
 * Plain SQL for repositories, straight through `pg`: on the manager's transaction connection when
 * there is one, on the pool otherwise. TypeORM's own `query()` adds bookkeeping to every
 * statement and returns `[rows, rowCount]` for UPDATE and DELETE but rows otherwise;
 * these helpers return rows (or the count) whatever the command. Errors are pg's own, with
 * `code` and `constraint` (see pg-errors.ts).
 */
export async function queryRows<T>(manager: EntityManager, sql: string, params: unknown[] = [], options: QueryOptions = {}): Promise<T[]> {
  return (await run(manager, sql, params, options)).rows as T[];
}

export async function queryCount(manager: EntityManager, sql: string, params: unknown[] = [], options: QueryOptions = {}): Promise<number> {
  return (await run(manager, sql, params, options)).rowCount ?? 0;
}

function run(manager: EntityManager, sql: string, params: unknown[], options: QueryOptions) {
  const config: QueryConfig = options.prepare ? { name: options.prepare, text: sql, values: params } : { text: sql, values: params };
  const runner = manager.queryRunner as (QueryRunner & { databaseConnection?: PoolClient }) | undefined;
  if (runner && !runner.isReleased && runner.databaseConnection) return runner.databaseConnection.query(config);
  // Outside a transaction TypeORM would also take any free pooled connection for the statement.
  return rawPool(manager.connection).query(config);
}
