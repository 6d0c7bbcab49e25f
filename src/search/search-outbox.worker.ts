import { DataSource } from 'typeorm';
import { SearchOutboxRepository } from './search-outbox.repository';
import { documentFromRow } from './search-projection.repository';
import { SearchDocument } from './search.port';

/** Where the worker delivers: the Meilisearch adapter, or a test double. */
export interface SearchSink {
  ensureIndex(): Promise<void>;
  /** Must resolve only once the target has durably applied both lists. */
  apply(upserts: SearchDocument[], deletions: string[]): Promise<void>;
}

export interface OutboxWorkerOptions {
  batchSize?: number;
  pollIntervalMs?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Delivers `search_outbox` rows to the search sink. Each batch runs in one transaction that
 * holds the claimed rows (FOR UPDATE SKIP LOCKED); rows are marked done only after the sink
 * confirmed, so a crash at any point rolls the claim back and a later run delivers again.
 * The sink receives each alumnus's current projection (or a deletion when it is gone), so
 * replays are idempotent and the index converges to the final state.
 */
export class SearchOutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private indexReady = false;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly backoffBaseMs: number;
  private readonly backoffMaxMs: number;
  private readonly outbox = new SearchOutboxRepository();

  constructor(
    private readonly dataSource: DataSource,
    private readonly sink: SearchSink,
    private readonly options: OutboxWorkerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 200;
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.backoffBaseMs = options.backoffBaseMs ?? 1000;
    this.backoffMaxMs = options.backoffMaxMs ?? 5 * 60_000;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    let failures = 0;
    let lastPrune = 0;
    const tick = () => {
      if (this.stopped) return;
      this.running = (async () => {
        try {
          await this.drain();
          failures = 0;
          if (Date.now() - lastPrune > 3600_000) {
            lastPrune = Date.now();
            await this.pruneDone();
          }
        } catch (error) {
          // Meilisearch or the database is unreachable: poll less often until it answers.
          failures++;
          this.options.onError?.(error);
        }
      })().finally(() => {
        this.running = undefined;
        const delay = Math.min(this.backoffMaxMs, this.pollIntervalMs * 2 ** Math.min(failures, 10));
        if (!this.stopped) this.timer = setTimeout(tick, delay);
      });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Processes batches until none is available now. Returns the number of rows delivered. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const delivered = await this.processBatch();
      if (delivered <= 0) return total;
      total += delivered;
    }
  }

  /** One batch. Returns rows delivered, 0 when nothing was available, -1 when the batch failed. */
  async processBatch(): Promise<number> {
    if (!this.indexReady) {
      await this.sink.ensureIndex();
      this.indexReady = true;
    }
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      // One active batch across every process: a second worker finds the lock taken and waits.
      if (!(await this.outbox.tryLockBatch(runner.manager))) {
        await runner.commitTransaction();
        return 0;
      }
      const claimed = await this.outbox.claimDue(runner.manager, this.batchSize);
      if (claimed.length === 0) {
        await runner.commitTransaction();
        return 0;
      }
      const ids = claimed.map((c) => c.id);
      const alumni = [...new Set(claimed.map((c) => c.alumnus_id))];
      const rows = await this.outbox.findDocuments(runner.manager, alumni);
      const present = new Set(rows.map((r) => r.alumnus_id));
      let delivered: number;
      try {
        await this.sink.apply(
          rows.map(documentFromRow),
          alumni.filter((id) => !present.has(id)),
        );
        await this.outbox.markDone(runner.manager, ids);
        delivered = claimed.length;
      } catch (error) {
        const attempts = Math.max(...claimed.map((c) => c.attempts)) + 1;
        const delayMs = Math.min(this.backoffMaxMs, this.backoffBaseMs * 2 ** Math.min(attempts - 1, 20));
        await this.outbox.markFailed(runner.manager, ids, error instanceof Error ? error.message : String(error), delayMs);
        this.options.onError?.(error);
        delivered = -1;
      }
      await runner.commitTransaction();
      return delivered;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Delivered rows are kept a while for inspection, then removed. */
  async pruneDone(olderThanMs = 24 * 3600_000): Promise<number> {
    return this.outbox.pruneDone(this.dataSource.manager, olderThanMs);
  }
}
