import { cpus } from 'node:os';
import { runHttpCeiling } from './http-ceiling';
import { runImportBench } from './import';
import { runRevenueBench } from './revenue';
import { runUnlockBench } from './unlock-http';
import { BenchRow, renderTable, writeReport } from './lib/report';
import { runSearchBench } from './search-http';

/**
 * `npm run bench [-- --size N] [--duration S] [--search-data-dir DIR] [--revenue-rows N]`: every
 * benchmark at a small default size (minutes, not hours), one table in bench/results/latest.md.
 * `--size` is the number of search profiles (issue 4's targets are at 100,000 and 1,000,000);
 * `--search-data-dir` keeps the seeded search database there and reuses it on the next run.
 */
async function main() {
  const args = process.argv.slice(2);
  const arg = (name: string, fallback: number) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const size = arg('size', 10_000);
  const duration = arg('duration', 4);
  const rows: BenchRow[] = [];
  const step = async (name: string, run: () => Promise<BenchRow[]>) => {
    process.stdout.write(`running ${name}…\n`);
    rows.push(...(await run()));
    // Let the step's PostgreSQL finish its shutdown checkpoint before the next step measures.
    await new Promise((resolve) => setTimeout(resolve, 3000));
  };
  await step('HTTP ceiling', () => runHttpCeiling(duration));
  const dirAt = args.indexOf('--search-data-dir');
  await step('search', () => runSearchBench(size, duration, dirAt >= 0 ? args[dirAt + 1] : undefined));
  await step('import', () => runImportBench(Math.max(size, 50_000)));
  await step('revenue', () => runRevenueBench(arg('revenue-rows', 1_000_000), 10));
  await step('unlock', () => runUnlockBench(Math.max(2_000, Math.min(size, 20_000)), Math.min(duration, 3)));
  const file = writeReport(rows, {
    date: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
    size: `${size} profiles`,
    'load duration': `${duration} s per figure`,
  });
  process.stdout.write(`${renderTable(rows)}\n\nwritten to ${file}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
