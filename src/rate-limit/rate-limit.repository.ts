import { DataSource } from 'typeorm';

/** The shared rate-limit counters (`rate_limit_counters`), one row per bucket and window. */
export class RateLimitRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Adds `hits` to the bucket's window in one atomic upsert; returns the window's new total. */
  async add(bucket: string, windowStart: Date, hits: number): Promise<number> {
    const rows: { hits: number }[] = await this.dataSource.query(
      `INSERT INTO rate_limit_counters (bucket, window_start, hits) VALUES ($1, $2, $3)
       ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + $3
       RETURNING hits`,
      [bucket, windowStart, hits],
    );
    return rows[0].hits;
  }

  /** Windows older than a day can no longer be counted against. */
  async deleteOld(): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_counters WHERE window_start < now() - interval '1 day'`);
  }
}
