/**
 * Alumni import throughput: `npm run build && node dist/bench/import.js [rows] [--csv-only | --json-only]`.
 * Starts the built API as a child process on its own embedded PostgreSQL (bench/lib/server.ts),
 * creates an association through the API, and posts a 50,000-row import as JSON and then as CSV
 * over HTTP from this process, printing rows/s and the API process's peak RSS. Target: at least
 * 5,000 rows/s.
 */
import { readFileSync } from 'node:fs';
import { IMPORT_COLUMNS } from '../src/alumni/alumni-import.service';
import { generateAlumni, toCsv } from '../src/demo/alumni-generator';
import { BenchRow } from './lib/report';
import { startBenchServer } from './lib/server';

/** Peak RSS of the API process over the four 50,000-row imports. */
const PEAK_RSS_GOAL_MIB = 256;

export async function runImportBench(count: number, csvOnly = false, jsonOnly = false): Promise<BenchRow[]> {
  const results: BenchRow[] = [];
  const server = await startBenchServer();
  try {
    const base = server.url;
    const created = await fetch(`${base}/v1/associations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Bench association', slug: `bench-${Date.now()}` }),
    });
    if (created.status !== 201) throw new Error(`association not created: ${created.status} ${await created.text()}`);
    const { association, apiKey } = (await created.json()) as { association: { id: string }; apiKey: { secret: string } };

    const rows = generateAlumni(count, { prefix: 'bench', invalidEvery: 100 });
    // The API's resident memory, sampled while each import runs: which import sets the peak.
    const currentRssMiB = () => {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'));
      return match ? Math.round(Number(match[1]) / 1024) : NaN;
    };
    process.stdout.write(`RSS before the imports ${currentRssMiB()} MiB (API process)\n`);
    const run = async (label: string, body: string, contentType: string) => {
      let runPeak = 0;
      const sampler = setInterval(() => (runPeak = Math.max(runPeak, currentRssMiB())), 50);
      const cpuBefore = server.cpuMs().api;
      const started = performance.now();
      const res = await fetch(`${base}/v1/associations/${association.id}/alumni/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey.secret}`, 'content-type': contentType },
        body,
      });
      const text = await res.text();
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      const apiCpuSeconds = (server.cpuMs().api - cpuBefore) / 1000;
      if (res.status !== 200) throw new Error(`${label}: HTTP ${res.status}: ${text.slice(0, 300)}`);
      const result = JSON.parse(text) as { created: number; updated: number; unchanged: number; failed: unknown[] };
      // A figure only counts when every row was accounted for.
      const accounted = result.created + result.updated + result.unchanged + result.failed.length;
      if (accounted !== count) throw new Error(`${label}: ${accounted} rows accounted for, ${count} sent`);
      results.push({
        benchmark: 'import',
        figure: `${label}, ${count} rows over HTTP`,
        value: Math.round(count / seconds),
        unit: 'rows/s',
        target: label.includes('first import') ? '≥ 5,000 rows/s' : undefined,
        met: label.includes('first import') ? count / seconds >= 5000 : undefined,
        comparison: `created ${result.created}, updated ${result.updated}, unchanged ${result.unchanged}, failed ${result.failed?.length}`,
      });
      const line =
        `${label.padEnd(22)} ${String(count).padStart(6)} rows in ${seconds.toFixed(2)} s = ${Math.round(count / seconds)} rows/s ` +
        `(HTTP ${res.status}; created ${result.created}, updated ${result.updated}, unchanged ${result.unchanged}, failed ${result.failed?.length}; ` +
        `RSS up to ${runPeak} MiB; API CPU ${apiCpuSeconds.toFixed(1)} s)`;
      process.stdout.write(`${line}\n`);
    };
    if (csvOnly) {
      await run('CSV, first import', toCsv(rows, IMPORT_COLUMNS as string[]), 'text/csv');
    } else {
      await run('JSON, first import', JSON.stringify(rows), 'application/json');
      await run('JSON, re-import', JSON.stringify(rows), 'application/json');
    }
    if (!jsonOnly) {
      rows.forEach((r) => (r.headline = `${r.headline} (updated)`));
      await run('CSV, all rows changed', toCsv(rows, IMPORT_COLUMNS as string[]), 'text/csv');
      await run('CSV, re-import', toCsv(rows, IMPORT_COLUMNS as string[]), 'text/csv');
    }
    const rssMiB = server.peakRssMiB();
    process.stdout.write(`peak RSS ${rssMiB} MiB (API process)\n`);
    // The memory goal is absolute: memory does not move with the machine's other load.
    results.push({
      benchmark: 'import',
      figure: 'peak RSS of the API process over the four imports',
      value: rssMiB,
      unit: 'MiB',
      target: `≤ ${PEAK_RSS_GOAL_MIB} MiB`,
      met: rssMiB <= PEAK_RSS_GOAL_MIB,
    });
  } finally {
    await server.stop();
  }
  return results;
}

if (require.main === module) {
  const csvOnly = process.argv.includes('--csv-only');
  const jsonOnly = process.argv.includes('--json-only');
  const count = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 50_000);
  runImportBench(count, csvOnly, jsonOnly).catch((error) => {
    // fetch's own failures ("fetch failed") carry what happened on the socket as their cause.
    const cause =
      error instanceof Error && error.cause !== undefined ? `\ncause: ${String((error.cause as Error).stack ?? error.cause)}` : '';
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}${cause}\n`);
    process.exit(1);
  });
}
