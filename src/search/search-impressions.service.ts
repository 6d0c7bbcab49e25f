import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ImpressionCount, SearchResultsRepository } from './search-results.repository';

/** How often buffered impressions are written. */
export const IMPRESSION_FLUSH_INTERVAL_MS = 1000;
/** A database outage must not grow the buffer without bound: beyond this, new counts are dropped. */
const MAX_PENDING = 200_000;

/**
 * Search impressions per alumnus per UTC day (access log), counted in memory and written
 * in one multi-row upsert every second and on shutdown, so no search waits for a write or for
 * another search's row locks on the same counters.
 *
 * Impressions are analytics, never consent or money: a crash (or kill -9) loses at most the counts
 * of the last interval (about one second), and a failed flush is retried at the next tick
 * (the buffer is bounded, so a long outage drops counts rather than memory).
 */
@Injectable()
export class SearchImpressions implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SearchImpressions.name);
  /** `${day}|${alumnusId}` → impressions not written yet. */
  private pending = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly results: SearchResultsRepository) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.flush(), IMPRESSION_FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  /** Runs before the data source closes (it closes on application shutdown). */
  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }

  /** One impression for each alumnus shown, counted on the current UTC day. */
  record(alumnusIds: readonly string[], now = new Date()): void {
    const day = now.toISOString().slice(0, 10);
    for (const id of alumnusIds) {
      const key = `${day}|${id}`;
      const n = this.pending.get(key);
      if (n !== undefined) this.pending.set(key, n + 1);
      else if (this.pending.size < MAX_PENDING) this.pending.set(key, 1);
    }
  }

  /** Writes everything recorded so far (flushes run one after the other). */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  private async write(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    const counts: ImpressionCount[] = [];
    for (const [key, n] of batch) counts.push({ day: key.slice(0, 10), alumnusId: key.slice(11), count: n });
    try {
      await this.results.addImpressions(counts);
    } catch (error) {
      this.logger.warn(`impression flush failed, retried at the next tick: ${error instanceof Error ? error.message : String(error)}`);
      for (const [key, n] of batch) {
        if (this.pending.size >= MAX_PENDING && !this.pending.has(key)) continue;
        this.pending.set(key, (this.pending.get(key) ?? 0) + n);
      }
    }
  }
}
