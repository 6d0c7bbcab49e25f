import { DataSource, EntityManager } from 'typeorm';
import { queryRows } from './query';

interface Pending {
  work: (manager: EntityManager) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit for units of work that would serialise anyway. Units sharing a key (an org, whose
 * wallet row every spend locks) run one after another; those queued while a transaction is busy
 * run together in the next one, each inside its own savepoint, and are answered only after that
 * transaction commits. A hot wallet then pays for one durable commit per batch instead of one per
 * unit while the row lock is held, which is what bounded its throughput.
 *
 * Each unit keeps its own all-or-nothing outcome: a unit that throws is rolled back to its
 * savepoint and rejected, the others commit. If the transaction itself fails (commit, lost
 * connection), every unit of the batch is rejected and nothing of it is applied. A unit alone in
 * its batch runs without a savepoint, exactly as in a transaction of its own.
 */
export class TransactionBatcher {
  private readonly queues = new Map<string, Pending[]>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly maxBatch: number,
  ) {
    // Each unit opens a subtransaction; past 64 in one transaction PostgreSQL's snapshots get slow.
    if (!Number.isInteger(maxBatch) || maxBatch < 1 || maxBatch > 32) throw new Error('maxBatch must be an integer from 1 to 32');
  }

  run<T>(key: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const item: Pending = { work, resolve: resolve as (value: unknown) => void, reject };
      const queue = this.queues.get(key);
      if (queue) {
        queue.push(item);
        return;
      }
      const fresh = [item];
      this.queues.set(key, fresh);
      void this.drain(key, fresh);
    });
  }

  private async drain(key: string, queue: Pending[]): Promise<void> {
    while (queue.length > 0) {
      await this.runBatch(queue.splice(0, this.maxBatch));
    }
    this.queues.delete(key);
  }

  private async runBatch(batch: Pending[]): Promise<void> {
    let outcomes: Outcome[];
    try {
      outcomes = batch.length === 1 ? await this.runAlone(batch[0]) : await this.runTogether(batch);
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    outcomes.forEach((outcome, i) => (outcome.ok ? batch[i].resolve(outcome.value) : batch[i].reject(outcome.error)));
  }

  private async runAlone(item: Pending): Promise<Outcome[]> {
    return [{ ok: true, value: await this.dataSource.transaction((manager) => item.work(manager)) }];
  }

  private runTogether(batch: Pending[]): Promise<Outcome[]> {
    return this.dataSource.transaction(async (manager) => {
      const outcomes: Outcome[] = [];
      for (const item of batch) {
        // Savepoints of units that succeeded are left in place rather than released (one round trip
        // less per unit); ROLLBACK TO names the latest one. A batch holds at most maxBatch of them.
        await queryRows(manager, 'SAVEPOINT batched_unit');
        try {
          outcomes.push({ ok: true, value: await item.work(manager) });
        } catch (error) {
          // If the connection itself failed this throws too, and the whole batch is rejected.
          await queryRows(manager, 'ROLLBACK TO SAVEPOINT batched_unit');
          outcomes.push({ ok: false, error });
        }
      }
      return outcomes;
    });
  }
}
