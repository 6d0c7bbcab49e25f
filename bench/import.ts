/**
 * Alumni import throughput: `npm run build && node dist/bench/import.js [rows] [--csv-only]`.
 * Starts an embedded PostgreSQL in a temporary folder (or uses DATABASE_URL), boots the real
 * application, and posts a 50,000-row import as JSON and then as CSV through HTTP, printing
 * rows/s and the process's peak RSS. Target: at least 5,000 rows/s.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IMPORT_COLUMNS } from '../src/alumni/alumni-import.service';
import { ApiKeysService } from '../src/api-keys/api-keys.service';
import { createApp } from '../src/app.factory';
import { AssociationsService } from '../src/associations/associations.service';
import { AppConfig } from '../src/config/app-config';
import { runMigrations } from '../src/database/data-source';
import { resolveDatabase } from '../src/database/resolve-database';
import { generateAlumni, toCsv } from '../src/demo/alumni-generator';
import { BenchRow } from './lib/report';

export async function runImportBench(count: number, csvOnly = false): Promise<BenchRow[]> {
  const results: BenchRow[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-alumni-import-bench-'));
  const config = AppConfig.fromEnv({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', BACKGROUND_JOBS: 'false', DEMO_DATA: 'false' });
  const database = await resolveDatabase(config);
  try {
    await runMigrations(database.url);
    const app = await createApp(config.with({ databaseUrl: database.url }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = await app.getUrl();
    await app.get(ApiKeysService).issue({ kind: 'adm' }, { name: 'bench' }, 'system');
    const system = { kind: 'admin', keyId: 'bench', keyKind: 'adm', scopes: ['platform:admin'] } as const;
    const { association, apiKey } = await app.get(AssociationsService).create(system, {
      name: 'Bench association',
      slug: `bench-${Date.now()}`,
    });

    const rows = generateAlumni(count, { prefix: 'bench', invalidEvery: 100 });
    const run = async (label: string, body: string, contentType: string) => {
      const started = performance.now();
      const res = await fetch(`${base}/v1/associations/${association.id}/alumni/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey.secret}`, 'content-type': contentType },
        body,
      });
      const result = (await res.json()) as { created: number; updated: number; unchanged: number; failed: unknown[] };
      const seconds = (performance.now() - started) / 1000;
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
        `(HTTP ${res.status}; created ${result.created}, updated ${result.updated}, unchanged ${result.unchanged}, failed ${result.failed?.length})`;
      process.stdout.write(`${line}\n`);
    };
    if (csvOnly) {
      await run('CSV, first import', toCsv(rows, IMPORT_COLUMNS as string[]), 'text/csv');
    } else {
      await run('JSON, first import', JSON.stringify(rows), 'application/json');
      await run('JSON, re-import', JSON.stringify(rows), 'application/json');
    }
    rows.forEach((r) => (r.headline = `${r.headline} (updated)`));
    await run('CSV, all rows changed', toCsv(rows, IMPORT_COLUMNS as string[]), 'text/csv');
    await run('CSV, re-import', toCsv(rows, IMPORT_COLUMNS as string[]), 'text/csv');
    const rssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stdout.write(`peak RSS ${rssMiB} MiB (API process, including the generated bodies)\n`);
    results.push({ benchmark: 'import', figure: 'peak RSS of the importing process (includes the generated bodies)', value: rssMiB, unit: 'MiB' });
    await app.close();
  } finally {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}

if (require.main === module) {
  const csvOnly = process.argv.includes('--csv-only');
  const count = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 50_000);
  runImportBench(count, csvOnly).catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
