import { percentile } from './report';

export interface DriveResult {
  ok: number;
  failed: number;
  perSecond: number;
  p50: number;
  p99: number;
  statuses: Record<number, number>;
  /** CPU this process (the load generator) used per task, ms. */
  driverCpuMs: number;
}

/**
 * Runs `task(i, worker)` from `concurrency` workers for `seconds`, each worker taking the next
 * index, and reports completed tasks per second and latency percentiles (ms). A task returns its
 * status; `worker` (0 … concurrency − 1) lets it use that worker's own connection.
 */
export async function drive(
  concurrency: number,
  seconds: number,
  task: (i: number, worker: number) => Promise<number>,
): Promise<DriveResult> {
  let next = 0;
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const deadline = Date.now() + seconds * 1000;
  const started = Date.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (Date.now() < deadline) {
        const i = next++;
        const t0 = performance.now();
        const status = await task(i, worker).catch(() => 599);
        latencies.push(performance.now() - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  const ok = Object.entries(statuses)
    .filter(([s]) => Number(s) < 300)
    .reduce((n, [, c]) => n + c, 0);
  return {
    ok,
    failed: latencies.length - ok,
    perSecond: ok / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    statuses,
    driverCpuMs: (used.user + used.system) / 1000 / Math.max(1, latencies.length),
  };
}
