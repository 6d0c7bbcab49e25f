import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fixed-window request counters shared by every API process. UNLOGGED: counters are worth less
 * than the WAL they would cost, and losing them in a crash only resets the current windows.
 */
export class CreateRateLimitCounters1764150000000 implements MigrationInterface {
  name = 'CreateRateLimitCounters1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit_counters (
        bucket text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL,
        CONSTRAINT pk_rate_limit_counters PRIMARY KEY (bucket, window_start)
      )`);
    await q.query(`CREATE INDEX ix_rate_limit_counters_window ON rate_limit_counters (window_start)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit_counters`);
  }
}
