/** A unit's answer from a batch: its value, or the error that refused it alone. */
export type UnitOutcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

interface Pending<U> {
  key: string;
  unit: U;
  resolve: (value: never) => void;
  reject: (error: unknown) => void;
}

export interface BatchQueueOptions {
  /** Units handed to one runBatch call, at most. */
  maxBatch: number;
  /** runBatch calls running at once, at most (each holds a database connection). */
  maxInFlight: number;
  /**
   * When set, a batch beyond the first starts only once each running batch has signalled the end
   * of its reads (`readDone`, the second argument of runBatch) or has run this many milliseconds.
   * Units then wait for the running batch and fill the next one, whose reads overlap the running
   * batch's writes; a batch that is stuck (waiting for a row lock) holds back the others no longer
   * than this.
   */
  extraBatchAfterMs?: number;
  /**
   * Whether a unit that failed alone with this error runs once more (alone); by default it is
   * rejected. For errors that leave the outcome unknown, e.g. a connection lost around a commit.
   */
  retryAlone?: (error: unknown) => boolean;
}

/**
 * Group commit for short units of work, e.g. unlocks: units queued while earlier batches are busy
 * are handed together to `runBatch`, which runs them in one transaction and answers each one
 * (`UnitOutcome`s in input order). Many concurrent requests then pay for one transaction, a few
 * round trips and one durable commit per batch instead of per request.
 *
 * At most `maxInFlight` batches run at once (with `extraBatchAfterMs`, a batch beyond the first
 * waits for the running ones to finish their reads). A unit whose key (an org) is in a running
 * batch waits for a later one, so the units of one key run in one batch at a time and a busy key
 * fills the next batch rather than queueing on its row locks in PostgreSQL.
 *
 * If runBatch throws (the transaction failed as a whole: lost connection, deadlock with another
 * process), each unit of the batch is run again alone and answered by that run. A unit that fails
 * alone is rejected, or run once more if `retryAlone` says so for its error. runBatch must
 * therefore be safe to repeat for a unit whose first run may or may not have been committed.
 */
export class BatchQueue<U, R> {
  private readonly queue: Array<Pending<U>> = [];
  private readonly busy = new Set<string>();
  /** performance.now() at the start of each running batch, by batch number. */
  private readonly started = new Map<number, number>();
  /** The running batches that have called readDone. */
  private readonly readsDone = new Set<number>();
  private batches = 0;
  private inFlight = 0;
  private timer: { handle: NodeJS.Timeout; at: number } | undefined;

  constructor(
    private readonly runBatch: (units: U[], readDone: () => void) => Promise<Array<UnitOutcome<R>>>,
    private readonly options: BatchQueueOptions,
  ) {
    for (const name of ['maxBatch', 'maxInFlight'] as const) {
      if (!Number.isInteger(options[name]) || options[name] < 1) throw new Error(`${name} must be a positive integer`);
    }
    const after = options.extraBatchAfterMs;
    if (after !== undefined && !(Number.isFinite(after) && after >= 0)) throw new Error('extraBatchAfterMs must be a number ≥ 0');
  }

  run(key: string, unit: U): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ key, unit, resolve: resolve as (value: never) => void, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight) {
      if (this.queue.length === 0 || this.extraBatchWait() > 0) return;
      const batch = this.take();
      if (batch.length === 0) return;
      const keys = new Set(batch.map((p) => p.key));
      for (const key of keys) this.busy.add(key);
      this.inFlight++;
      const id = ++this.batches;
      this.started.set(id, performance.now());
      void this.execute(batch, id).finally(() => {
        this.inFlight--;
        this.started.delete(id);
        this.readsDone.delete(id);
        for (const key of keys) this.busy.delete(key);
        this.pump();
      });
    }
  }

  /**
   * Milliseconds until another batch may start beside the running ones (extraBatchAfterMs), 0 if
   * it may now. When it must wait, a timer pumps again then (and so does readDone).
   */
  private extraBatchWait(): number {
    const after = this.options.extraBatchAfterMs;
    if (after === undefined) return 0;
    const reading = [...this.started].filter(([id]) => !this.readsDone.has(id)).map(([, start]) => start);
    if (reading.length === 0) return 0;
    const at = Math.max(...reading) + after;
    const wait = at - performance.now();
    if (wait > 0 && !(this.timer && this.timer.at <= at)) {
      if (this.timer) clearTimeout(this.timer.handle);
      const handle = setTimeout(() => {
        this.timer = undefined;
        this.pump();
      }, wait);
      // Often pre-empted by readDone or a batch's end; it must not keep a process alive alone.
      handle.unref();
      this.timer = { handle, at };
    }
    return Math.max(0, wait);
  }

  /** The oldest queued units whose keys are not busy, up to maxBatch, removed from the queue. */
  private take(): Array<Pending<U>> {
    const batch: Array<Pending<U>> = [];
    for (let i = 0; i < this.queue.length && batch.length < this.options.maxBatch;) {
      if (this.busy.has(this.queue[i].key)) {
        i++;
      } else {
        batch.push(...this.queue.splice(i, 1));
      }
    }
    return batch;
  }

  /** Runs `batch` (number `id`); `retried` when it is one unit running again after a failure alone. */
  private async execute(batch: Array<Pending<U>>, id: number, retried = false): Promise<void> {
    let outcomes: Array<UnitOutcome<R>>;
    const readDone = () => {
      if (!this.started.has(id) || this.readsDone.has(id)) return;
      this.readsDone.add(id);
      this.pump();
    };
    try {
      outcomes = await this.runBatch(
        batch.map((p) => p.unit),
        readDone,
      );
    } catch (error) {
      if (batch.length > 1) {
        for (const pending of batch) await this.execute([pending], id);
      } else if (!retried && this.options.retryAlone?.(error)) {
        await this.execute(batch, id, true);
      } else {
        batch[0].reject(error);
      }
      return;
    }
    batch.forEach((pending, i) => {
      const outcome = outcomes[i];
      if (!outcome) pending.reject(new Error('runBatch answered fewer units than it was given'));
      else if (outcome.ok) pending.resolve(outcome.value as never);
      else pending.reject(outcome.error);
    });
  }
}
