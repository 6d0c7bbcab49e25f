import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchRow {
  benchmark: string;
  figure: string;
  value: number;
  unit: string;
  /** Human-readable target, e.g. "≤ 10 ms"; absent for comparison-only figures. */
  target?: string;
  met?: boolean;
  /** Figures measured in the same run to compare with (raw SQL, bare Fastify, …). */
  comparison?: string;
}

export function fmt(value: number, digits = 1): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(digits);
}

export function renderTable(rows: BenchRow[]): string {
  const lines = [
    '| benchmark | figure | measured | target | met | compared with (same run) |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.benchmark} | ${r.figure} | ${fmt(r.value)} ${r.unit} | ${r.target ?? '—'} | ${
          r.met === undefined ? '—' : r.met ? 'yes' : '**no**'
        } | ${r.comparison ?? '—'} |`,
    ),
  ];
  return lines.join('\n');
}

export function writeReport(rows: BenchRow[], context: Record<string, string | number>, sections: string[] = []): string {
  const dir = join(process.cwd(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const header = Object.entries(context)
    .map(([k, v]) => `- ${k}: ${v}`)
    .join('\n');
  const body = `# Benchmark results\n\n${header}\n\n${[...sections, renderTable(rows)].join('\n\n')}\n`;
  const file = join(dir, 'latest.md');
  writeFileSync(file, body);
  return file;
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)];
}
