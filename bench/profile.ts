/**
 * Where an API request's CPU goes:
 * `npm run build && node dist/bench/profile.js [--duration 10] [--routes wallet,unlock,health,search-common,search-rare]`
 * (wallet and unlock by default). Seeds a database with the built API (alumni, funded orgs), restarts the API on it with
 * bench/lib/cpu-profile-hook.js preloaded, warms one route up with autocannon (c=8), profiles it
 * for the duration (V8's CPU profiler, as `node --cpu-prof` but without the start-up), and
 * summarises the profile: self time by function and by package. One restart per route.
 * Writes bench/results/profile-<route>.md; the .cpuprofile files stay in a temporary directory
 * (printed), to open in Chrome DevTools or speedscope.
 */
import autocannon from 'autocannon';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchServer, startBenchServer } from './lib/server';
import { alumnusRow } from './search-http';
import { buildWorld, fundedOrg } from './unlock-http';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time (ms) per function and per package, from a .cpuprofile. */
export function summariseProfile(profile: CpuProfile, top = 30): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = byId.get(id)!.callFrame;
    const where = areaOf(frame.url);
    const name = `${frame.functionName || '(anonymous)'} ${where.file}${frame.lineNumber >= 0 ? `:${frame.lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
    packages.set(where.area, (packages.get(where.area) ?? 0) + ms);
  }
  const table = (map: Map<string, number>, n: number, label: string) =>
    [
      `| ${label} | self ms | share |`,
      '|---|---|---|',
      ...[...map.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, ms]) => `| \`${k.replace(/\|/g, '\\|')}\` | ${ms.toFixed(0)} | ${((100 * ms) / total).toFixed(1)} % |`),
    ].join('\n');
  return `Sampled CPU of the API process: ${total.toFixed(0)} ms.\n\n### By package\n\n${table(packages, 20, 'package')}\n\n### Top ${top} functions (self time)\n\n${table(functions, top, 'function')}`;
}

function areaOf(url: string): { area: string; file: string } {
  if (!url) return { area: '(native, GC, idle)', file: '' };
  if (url.startsWith('node:')) return { area: 'node core', file: url };
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    return { area: pkg, file: rest.join('/') };
  }
  const dist = url.indexOf('/dist/');
  return { area: 'passerelle', file: dist >= 0 ? url.slice(dist + 6) : url };
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--duration');
  const duration = at >= 0 ? Number(args[at + 1]) : 10;
  const routesAt = args.indexOf('--routes');
  const wanted = (routesAt >= 0 ? args[routesAt + 1] : 'wallet,unlock').split(',');
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-profile-'));
  const profiles = mkdtempSync(join(tmpdir(), 'passerelle-cpuprofiles-'));
  // Seeding, on a server that is not profiled.
  let seeded = await startBenchServer({ RATE_LIMIT_STORE: 'postgres' }, { dataDir });
  const world = await buildWorld(seeded, 5000);
  const orgs: Array<{ id: string; key: string }> = [];
  for (let i = 0; i < 4; i++) orgs.push(await fundedOrg(seeded, 1_000_000));
  // Search profiles: the overhead bench's varied alumni (bench/search-http.ts), so common and rare words exist.
  if (wanted.some((name) => name.startsWith('search'))) await seedSearchable(seeded, 10_000);
  await seeded.stop();
  const allRoutes: Array<{ name: string; method: 'GET' | 'POST'; path: (k: number) => string; key: (k: number) => string }> = [
    { name: 'wallet', method: 'GET', path: () => '/v1/wallet', key: () => orgs[0].key },
    {
      name: 'unlock',
      method: 'POST',
      path: (k) => `/v1/profiles/${world.alumnusIds[Math.floor(k / orgs.length) % world.alumnusIds.length]}/unlock`,
      key: (k) => orgs[k % orgs.length].key,
    },
    { name: 'health', method: 'GET', path: () => '/health', key: () => '' },
    { name: 'search-common', method: 'GET', path: () => '/v1/search?q=manager&facets=city,skills,industry', key: () => orgs[1].key },
    { name: 'search-rare', method: 'GET', path: () => '/v1/search?q=fortran&facets=city,skills,industry', key: () => orgs[2].key },
  ];
  const routes = allRoutes.filter((route) => wanted.includes(route.name));
  if (routes.length !== wanted.length) throw new Error(`--routes: choose among ${allRoutes.map((r) => r.name).join(', ')}`);
  const out = join(process.cwd(), 'bench', 'results');
  mkdirSync(out, { recursive: true });
  let counter = 0;
  for (const route of routes) {
    const file = join(profiles, `${route.name}.cpuprofile`);
    seeded = await startBenchServer(
      { RATE_LIMIT_STORE: 'postgres', CPU_PROFILE_FILE: file },
      { dataDir, nodeArgs: ['--require', join(__dirname, 'lib', 'cpu-profile-hook.js')] },
    );
    const load = (seconds: number) =>
      autocannon({
        url: seeded.url,
        connections: 8,
        duration: seconds,
        method: route.method,
        requests: [
          {
            setupRequest: (req: Record<string, unknown>) => {
              const k = counter++;
              const key = route.key(k);
              return { ...req, path: route.path(k), headers: key ? { authorization: `Bearer ${key}` } : {} };
            },
          },
        ],
      });
    // Warm-up (JIT, pool, prepared statements) outside the profile.
    await load(2);
    process.kill(seeded.pid, 'SIGUSR2');
    const result = await load(duration);
    process.kill(seeded.pid, 'SIGUSR2');
    while (!existsSync(file)) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 200));
    await seeded.stop();
    const summary = summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
    const heading =
      `# CPU profile: ${route.method} ${route.path(0).replace(/[0-9a-f-]{36}/, '{id}')}\n\n` +
      `- date: ${new Date().toISOString()}\n- load: autocannon c=8 for ${duration} s, ${result['2xx']} answers 2xx, ${result.non2xx} other; ` +
      `${Math.round(result['2xx'] / result.duration)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms\n` +
      `- V8 CPU profile of the API process over the loaded period only, after 2 s of warm-up (bench/profile.ts)\n\n`;
    writeFileSync(join(out, `profile-${route.name}.md`), `${heading}${summary}\n`);
    process.stdout.write(`${heading}${summary}\n\n(profile: ${file})\n`);
  }
  // Only the seeded database goes: the profiles are kept for a closer look.
  rmSync(dataDir, { recursive: true, force: true });
}

async function seedSearchable(server: BenchServer, size: number): Promise<void> {
  const association = await api(server, 'POST', '/v1/associations', server.adminKey, {
    name: 'Search bench',
    slug: `search-${Date.now().toString(36)}`,
    recruiterAccess: 'open',
  });
  for (let start = 0; start < size; start += 5000) {
    const batch = Array.from({ length: Math.min(5000, size - start) }, (_, k) => alumnusRow(start + k));
    await api(server, 'POST', `/v1/associations/${association.association.id}/alumni/import`, association.apiKey.secret, batch);
  }
}

async function api(server: BenchServer, method: string, path: string, key: string, body: unknown): Promise<any> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
