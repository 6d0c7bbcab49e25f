import { DataSource } from 'typeorm';
import { RateLimitRepository } from './rate-limit.repository';

export interface WindowCount {
  /** Hits in the current window, this one included. */
  hits: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

/** Abstract class rather than interface so it can be Nest's injection token. */
export abstract class RateLimitStore {
  /** Counts one request in the bucket's current window; `limit` lets a store stop counting past it. */
  abstract hit(bucket: string, windowSeconds: number, limit?: number): Promise<WindowCount>;
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

/** The most hits a process reserves at once: 2 % of the limit, at least 1, at most 1,000. */
export function reservationSize(limit: number): number {
  return Math.max(1, Math.min(1000, Math.floor(limit / 50)));
}

interface Reservation {
  start: number;
  /** The window's count in the database after this process's last reservation. */
  counted: number;
  /** Hits reserved by this process and not used yet. */
  unused: number;
  /** The window is full: the database said so, and its count only grows within a window. */
  full: boolean;
  pending?: Promise<void>;
}

/**
 * Counters in PostgreSQL, shared by every API process. A process does not add 1 per request: it
 * reserves hits ahead, `reservationSize(limit)` at a time, with one atomic upsert, and spends them
 * locally, so one round trip serves up to that many requests. Reserving before spending keeps
 * the rule that matters: never more than `limit` requests admitted per key and window, whatever
 * the number of processes (two processes can never both get the last allowed hit). The price is
 * on the strict side: hits a process reserved and did not use count for the window, so with P
 * processes serving one key, up to P × reservationSize requests (2 % of the limit per process)
 * may be refused before the limit is reached. A limit under 100 reserves one hit at a time (one
 * upsert per request, exact). Once the database reports the window full, the process answers 429
 * from memory until the window ends.
 */
export class PostgresRateLimitStore extends RateLimitStore {
  private readonly reservations = new Map<string, Reservation>();
  private readonly counters: RateLimitRepository;

  constructor(dataSource: DataSource) {
    super();
    this.counters = new RateLimitRepository(dataSource);
  }

  async hit(bucket: string, windowSeconds: number, limit = 1): Promise<WindowCount> {
    for (;;) {
      const { start, resetSeconds } = windowOf(windowSeconds);
      let r = this.reservations.get(bucket);
      if (!r || r.start !== start) {
        r = { start, counted: 0, unused: 0, full: false };
        this.reservations.set(bucket, r);
      }
      if (r.unused > 0) {
        r.unused--;
        return { hits: r.counted - r.unused, resetSeconds };
      }
      if (r.full) return { hits: Math.max(r.counted, limit + 1), resetSeconds };
      // One reservation at a time per bucket: concurrent requests wait for it and share it.
      if (!r.pending) r.pending = this.reserve(bucket, r, limit).finally(() => (r!.pending = undefined));
      await r.pending;
    }
  }

  private async reserve(bucket: string, r: Reservation, limit: number): Promise<void> {
    const size = reservationSize(limit);
    const counted = await this.counters.add(bucket, new Date(r.start), size);
    // Only the reserved hits under the limit can be spent; those over it are counted, not used.
    const usable = Math.max(0, Math.min(size, limit - (counted - size)));
    r.counted = counted - size + usable;
    r.unused += usable;
    if (usable < size) r.full = true;
    if (usable === 0) r.counted = counted;
  }

  async sweep(): Promise<void> {
    const now = Date.now();
    for (const [bucket, r] of this.reservations) if (r.start < now - 86_400_000 && !r.pending) this.reservations.delete(bucket);
    await this.counters.deleteOld();
  }
}
