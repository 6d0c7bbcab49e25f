import { BatchQueue, UnitOutcome } from './batch-queue';

/** A runBatch whose calls stay open until the test releases them. */
function recorder(answer: (unit: string) => UnitOutcome<string> = (unit) => ({ ok: true, value: unit.toUpperCase() })) {
  const calls: Array<{ units: string[]; release: (fail?: Error) => void; readDone: () => void }> = [];
  const runBatch = (units: string[], readDone: () => void) =>
    new Promise<Array<UnitOutcome<string>>>((resolve, reject) => {
      calls.push({ units, readDone, release: (fail) => (fail ? reject(fail) : resolve(units.map(answer))) });
    });
  return { calls, runBatch };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs `body` with Jest's fake clock (timers and performance.now); setImmediate stays real so
 * that `tick` still lets promises settle. Time moves only through `advance`.
 */
async function withFakeClock(body: () => Promise<void>): Promise<void> {
  jest.useFakeTimers({ doNotFake: ['setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask'] });
  try {
    await body();
  } finally {
    jest.useRealTimers();
  }
}

async function advance(ms: number): Promise<void> {
  jest.advanceTimersByTime(ms);
  await tick();
}

describe('BatchQueue', () => {
  it('hands units queued while batches are busy to the next batch together', async () => {
    const { calls, runBatch } = recorder();
    const queue = new BatchQueue(runBatch, { maxBatch: 10, maxInFlight: 1 });
    const first = queue.run('a', 'a1');
    const rest = ['b1', 'c1', 'd1'].map((unit) => queue.run(unit[0], unit));
    await tick();
    expect(calls.map((c) => c.units)).toEqual([['a1']]);
    calls[0].release();
    await expect(first).resolves.toBe('A1');
    await tick();
    expect(calls.map((c) => c.units)).toEqual([['a1'], ['b1', 'c1', 'd1']]);
    calls[1].release();
    await expect(Promise.all(rest)).resolves.toEqual(['B1', 'C1', 'D1']);
  });

  it('runs at most maxInFlight batches of at most maxBatch units', async () => {
    const { calls, runBatch } = recorder();
    const queue = new BatchQueue(runBatch, { maxBatch: 3, maxInFlight: 2 });
    const all = Array.from({ length: 10 }, (_, i) => queue.run(`k${i}`, `u${i}`));
    await tick();
    expect(calls.map((c) => c.units)).toEqual([['u0'], ['u1']]);
    calls[0].release();
    await tick();
    expect(calls.map((c) => c.units.length)).toEqual([1, 1, 3]);
    calls[1].release();
    calls[2].release();
    await tick();
    await tick();
    expect(calls.map((c) => c.units.length)).toEqual([1, 1, 3, 3, 2]);
    for (const call of calls.slice(3)) call.release();
    await expect(Promise.all(all)).resolves.toHaveLength(10);
  });

  it('keeps a busy key out of other batches until its batch ends', async () => {
    const { calls, runBatch } = recorder();
    const queue = new BatchQueue(runBatch, { maxBatch: 10, maxInFlight: 3 });
    void queue.run('org', 'x1');
    await tick();
    void queue.run('org', 'x2');
    void queue.run('org', 'x3');
    void queue.run('other', 'y1');
    await tick();
    // 'other' may start beside the running batch; 'org' waits and its units then share one batch.
    expect(calls.map((c) => c.units)).toEqual([['x1'], ['y1']]);
    calls[0].release();
    await tick();
    await tick();
    expect(calls.map((c) => c.units)).toEqual([['x1'], ['y1'], ['x2', 'x3']]);
  });

  /** With extraBatchAfterMs: a1 running, b1 and c1 queued behind it rather than started beside it. */
  async function oneRunningTwoQueued(extraBatchAfterMs: number) {
    const { calls, runBatch } = recorder();
    const queue = new BatchQueue(runBatch, { maxBatch: 10, maxInFlight: 2, extraBatchAfterMs });
    void queue.run('a', 'a1');
    await tick();
    void queue.run('b', 'b1');
    void queue.run('c', 'c1');
    await tick();
    expect(calls.map((c) => c.units)).toEqual([['a1']]);
    return { calls, queue };
  }

  it('with extraBatchAfterMs, starts a second batch only once the running one has run that long', async () => {
    await withFakeClock(async () => {
      const { calls, queue } = await oneRunningTwoQueued(200);
      // The running batch stays open: the queued units wait 200 ms, then start beside it, together.
      await advance(199);
      expect(calls.map((c) => c.units)).toEqual([['a1']]);
      await advance(1);
      expect(calls.map((c) => c.units)).toEqual([['a1'], ['b1', 'c1']]);
      calls[0].release();
      calls[1].release();
      await tick();
      // A batch that ends early hands the queue on at once: the clock does not move, yet e1 starts.
      void queue.run('d', 'd1');
      await tick();
      void queue.run('e', 'e1');
      await tick();
      expect(calls.map((c) => c.units)).toEqual([['a1'], ['b1', 'c1'], ['d1']]);
      calls[2].release();
      await tick();
      await tick();
      expect(calls.map((c) => c.units)).toEqual([['a1'], ['b1', 'c1'], ['d1'], ['e1']]);
      calls[3].release();
    });
  });

  it('with extraBatchAfterMs, starts the next batch as soon as every running batch has called readDone', async () => {
    const { calls, queue } = await oneRunningTwoQueued(60_000);
    calls[0].readDone();
    await tick();
    // The queued units start beside the batch whose reads are done, together.
    expect(calls.map((c) => c.units)).toEqual([['a1'], ['b1', 'c1']]);
    // maxInFlight still holds; the second batch's readDone frees no third lane.
    void queue.run('d', 'd1');
    calls[1].readDone();
    calls[1].readDone();
    await tick();
    expect(calls).toHaveLength(2);
    calls[0].release();
    await tick();
    await tick();
    expect(calls.map((c) => c.units)).toEqual([['a1'], ['b1', 'c1'], ['d1']]);
    // A batch that has not read yet holds the next one back (up to extraBatchAfterMs).
    calls[1].release();
    void queue.run('e', 'e1');
    await tick();
    await tick();
    expect(calls).toHaveLength(3);
    calls[2].readDone();
    await tick();
    expect(calls.map((c) => c.units)).toEqual([['a1'], ['b1', 'c1'], ['d1'], ['e1']]);
    calls[2].release();
    calls[3].release();
  });

  it('with extraBatchAfterMs, waits only for running batches that have not called readDone', async () => {
    await withFakeClock(async () => {
      const { calls, runBatch } = recorder();
      const queue = new BatchQueue(runBatch, { maxBatch: 10, maxInFlight: 3, extraBatchAfterMs: 150 });
      void queue.run('a', 'a1');
      await tick();
      void queue.run('b', 'b1');
      await advance(149);
      expect(calls.map((c) => c.units)).toEqual([['a1']]);
      await advance(1);
      expect(calls.map((c) => c.units)).toEqual([['a1'], ['b1']]);
      // a1 has run 150 ms and b1 has read: c1 starts now (the clock does not move), not 150 ms after b1 started.
      calls[1].readDone();
      void queue.run('c', 'c1');
      await tick();
      expect(calls.map((c) => c.units)).toEqual([['a1'], ['b1'], ['c1']]);
      for (const call of calls) call.release();
    });
  });

  it("answers each unit with its own outcome: one unit's refusal does not fail the others", async () => {
    const refused = new Error('refused');
    const { calls, runBatch } = recorder((unit) => (unit === 'b' ? { ok: false, error: refused } : { ok: true, value: unit }));
    const queue = new BatchQueue(runBatch, { maxBatch: 10, maxInFlight: 1 });
    void queue.run('z', 'z');
    await tick();
    const results = ['a', 'b', 'c'].map((unit) => queue.run(unit, unit));
    calls[0].release();
    await tick();
    calls[1].release();
    await expect(results[0]).resolves.toBe('a');
    await expect(results[1]).rejects.toBe(refused);
    await expect(results[2]).resolves.toBe('c');
  });

  it('runs each unit of a failed batch again alone, and rejects only the ones that fail alone', async () => {
    const { calls, runBatch } = recorder();
    const queue = new BatchQueue(runBatch, { maxBatch: 10, maxInFlight: 1 });
    void queue.run('z', 'z');
    await tick();
    const results = ['a', 'b'].map((unit) => queue.run(unit, unit));
    calls[0].release();
    await tick();
    calls[1].release(new Error('deadlock detected'));
    await tick();
    expect(calls.map((c) => c.units)).toEqual([['z'], ['a', 'b'], ['a']]);
    calls[2].release();
    await tick();
    calls[3].release(new Error('connection lost'));
    await expect(results[0]).resolves.toBe('A');
    await expect(results[1]).rejects.toThrow('connection lost');
    expect(calls.map((c) => c.units)).toEqual([['z'], ['a', 'b'], ['a'], ['b']]);
  });

  it('runs a unit that failed alone once more when retryAlone says so for its error, not twice more', async () => {
    const { calls, runBatch } = recorder();
    const queue = new BatchQueue(runBatch, { maxBatch: 10, maxInFlight: 1, retryAlone: (e) => (e as Error).message === 'connection lost' });
    const lone = queue.run('a', 'a');
    await tick();
    calls[0].release(new Error('connection lost'));
    await tick();
    expect(calls.map((c) => c.units)).toEqual([['a'], ['a']]);
    calls[1].release();
    await expect(lone).resolves.toBe('A');

    // Lost again on the second run: rejected, with no third run.
    const twice = queue.run('b', 'b');
    await tick();
    calls[2].release(new Error('connection lost'));
    await tick();
    calls[3].release(new Error('connection lost'));
    await expect(twice).rejects.toThrow('connection lost');
    // Another error: rejected at once.
    const refused = queue.run('c', 'c');
    await tick();
    calls[4].release(new Error('deadlock detected'));
    await expect(refused).rejects.toThrow('deadlock detected');
    // A batch that fails runs each unit alone, and a unit lost again alone gets its one more run.
    void queue.run('z', 'z');
    await tick();
    const batched = ['d', 'e'].map((unit) => queue.run(unit, unit));
    calls[5].release();
    await tick();
    calls[6].release(new Error('connection lost'));
    await tick();
    calls[7].release(new Error('connection lost'));
    await tick();
    calls[8].release();
    await tick();
    calls[9].release();
    await expect(Promise.all(batched)).resolves.toEqual(['D', 'E']);
    expect(calls.slice(5).map((c) => c.units)).toEqual([['z'], ['d', 'e'], ['d'], ['d'], ['e']]);
  });

  it('rejects units that runBatch left unanswered, and refuses bad options', async () => {
    const queue = new BatchQueue<string, string>(async () => [], { maxBatch: 2, maxInFlight: 1 });
    await expect(queue.run('a', 'a')).rejects.toThrow('fewer units');
    expect(() => new BatchQueue(async () => [], { maxBatch: 0, maxInFlight: 1 })).toThrow('maxBatch');
    expect(() => new BatchQueue(async () => [], { maxBatch: 1, maxInFlight: 1.5 })).toThrow('maxInFlight');
    expect(() => new BatchQueue(async () => [], { maxBatch: 1, maxInFlight: 2, extraBatchAfterMs: -1 })).toThrow('extraBatchAfterMs');
  });
});
