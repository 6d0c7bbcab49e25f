import type { Pool } from 'pg';
import { DataSource } from 'typeorm';

/** The pg Pool behind TypeORM: hot read paths skip TypeORM's per-query overhead (NOTES: 0.15–0.5 ms). */
export function rawPool(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}
