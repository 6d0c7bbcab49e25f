import { DataSource } from 'typeorm';

export interface WindowCount {
  /** Hits in the current window, this one included. */
  hits: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

/** Abstract class rather than interface so it can be Nest's injection token. */
export abstract class RateLimitStore {
  abstract hit(bucket: string, windowSeconds: number): Promise<WindowCount>;
  abstract sweep(): Promise<void>;
}

function windowOf(windowSeconds: number, now = Date.now()) {
  const size = windowSeconds * 1000;
  const start = Math.floor(now / size) * size;
  return { start, resetSeconds: Math.max(1, Math.ceil((start + size - now) / 1000)) };
}

/** Counters in this process only: right for a single API process. */
export class MemoryRateLimitStore extends RateLimitStore {
  private readonly counters = new Map<string, { start: number; hits: number }>();

  async hit(bucket: string, windowSeconds: number): Promise<WindowCount> {
    const { start, resetSeconds } = windowOf(windowSeconds);
    const current = this.counters.get(bucket);
    const hits = current && current.start === start ? current.hits + 1 : 1;
    this.counters.set(bucket, { start, hits });
    return { hits, resetSeconds };
  }

  async sweep(): Promise<void> {
    const now = Date.now();
    for (const [bucket, counter] of this.counters) {
      if (counter.start < now - 86_400_000) this.counters.delete(bucket);
    }
  }
}

/**
 * Counters in PostgreSQL, shared by every API process: one atomic upsert per request, so two
 * processes can never both admit the last allowed request.
 */
export class PostgresRateLimitStore extends RateLimitStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async hit(bucket: string, windowSeconds: number): Promise<WindowCount> {
    const { start, resetSeconds } = windowOf(windowSeconds);
    const rows: { hits: number }[] = await this.dataSource.query(
      `INSERT INTO rate_limit_counters (bucket, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
       RETURNING hits`,
      [bucket, new Date(start)],
    );
    return { hits: rows[0].hits, resetSeconds };
  }

  async sweep(): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_counters WHERE window_start < now() - interval '1 day'`);
  }
}
