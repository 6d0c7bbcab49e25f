import * as pg from 'pg';
import type { Pool, PoolConfig } from 'pg';
import type { DataSource } from 'typeorm';

const pools = new WeakMap<object, Pool>();

/**
 * The pg module as TypeORM's `driver` option (its documented way to supply the client library),
 * with a Pool that records itself, so rawPool() can return it without reaching into the driver.
 */
export function trackingPgDriver(): typeof pg {
  const driver: typeof pg = {
    ...pg,
    Pool: class TrackedPool extends pg.Pool {
      constructor(config?: PoolConfig) {
        super(config);
        pools.set(driver, this);
      }
    },
  };
  return driver;
}

/**
 * The pg Pool behind a data source built by dataSourceOptions(): hot read paths skip TypeORM's
 * per-query overhead by querying it directly.
 */
export function rawPool(dataSource: DataSource): Pool {
  const driver = (dataSource.options as { driver?: object }).driver;
  const pool = driver ? pools.get(driver) : undefined;
  if (!pool) throw new Error('rawPool: the data source is not initialised or was not built by dataSourceOptions()');
  return pool;
}

/** The same pool, or undefined while there is none (metrics read it before the database is up). */
export function rawPoolIfAny(dataSource: DataSource): Pool | undefined {
  const driver = (dataSource.options as { driver?: object }).driver;
  return driver ? pools.get(driver) : undefined;
}
