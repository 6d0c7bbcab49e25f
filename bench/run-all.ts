import { cpus } from 'node:os';
import { join } from 'node:path';
import { runHttpCeiling } from './http-ceiling';
import { runImportBench } from './import';
import { OVERHEAD_EXPLAINED, OverheadRow, renderOverheadTable, runOverheadBench } from './overhead';
import { runRevenueBench } from './revenue';
import { runUnlockBench } from './unlock-http';
import { runWebhookDeliveryBench } from './webhook-delivery';
import { BenchRow, renderTable, writeReport } from './lib/report';
import { runSearchBench } from './search-http';

/**
 * `npm run bench [-- --size N] [--duration S] [--rounds R] [--all]`: the API against its lean
 * peer route by route (bench/overhead.ts: every figure a ratio measured in the same run), then the
 * import memory bench (four 50,000-row imports, peak RSS of the API process), then webhook delivery
 * (bench/webhook-delivery.ts: the delivery worker against the bare HTTP client; `--webhook-deliveries
 * N`, `--webhook-rounds R`); 4–7 minutes,
 * one report in bench/results/latest.md.
 * `--all` adds the earlier absolute benches (HTTP ceiling, search at `--search-size` profiles,
 * revenue over 1,000,000 rows, unlock throughput), another 5–10 minutes.
 */
async function main() {
  const args = process.argv.slice(2);
  const arg = (name: string, fallback: number) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const size = arg('size', 20_000);
  const duration = arg('duration', 3);
  const rounds = arg('rounds', 2);
  const started = Date.now();
  const rows: BenchRow[] = [];
  let overhead: OverheadRow[] = [];
  const pause = () => new Promise((resolve) => setTimeout(resolve, 3000));
  const step = async (name: string, run: () => Promise<BenchRow[]>) => {
    process.stdout.write(`running ${name}…\n`);
    rows.push(...(await run()));
    // Let the step's PostgreSQL finish its shutdown checkpoint before the next step measures.
    await pause();
  };
  process.stdout.write('running API against the lean peer…\n');
  overhead = await runOverheadBench({ size, duration, rounds, connections: arg('connections', 8) });
  await pause();
  // The memory goal is for the four 50,000-row imports (50,000 is the most one request accepts).
  await step('import', () => runImportBench(arg('import-rows', 50_000)));
  // Deliveries per second of the webhook worker beside the bare HTTP client, same run.
  await step('webhook delivery', () => runWebhookDeliveryBench(arg('webhook-deliveries', 2_000), arg('webhook-rounds', 2)));
  if (args.includes('--all')) {
    const searchSize = arg('search-size', 100_000);
    const dirAt = args.indexOf('--search-data-dir');
    const searchDir = dirAt >= 0 ? args[dirAt + 1] : join(process.cwd(), '.data', 'bench', `search-${searchSize}`);
    await step('HTTP ceiling', () => runHttpCeiling(duration));
    await step('search', () => runSearchBench(searchSize, duration, searchDir));
    await step('revenue', () => runRevenueBench(arg('revenue-rows', 1_000_000), 10));
    await step('unlock', () => runUnlockBench(Math.max(2_000, Math.min(searchSize, 20_000)), Math.min(duration, 3)));
  }
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const overheadTable = renderOverheadTable(overhead);
  const file = writeReport(
    rows,
    {
      date: new Date().toISOString(),
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
      size: `${size} profiles`,
      'load duration': `${rounds} alternating rounds of ${duration} s per figure and server`,
      'whole run': `${minutes} min`,
    },
    [`## API against the lean peer (same run, same database)\n\n${OVERHEAD_EXPLAINED}\n\n${overheadTable}`, '## Other figures'],
  );
  process.stdout.write(`${overheadTable}\n\n${renderTable(rows)}\n\nwhole run ${minutes} min; written to ${file}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
