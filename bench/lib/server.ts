import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateApiKey } from '../../src/api-keys/api-key-format';

export interface BenchServer {
  url: string;
  /** The API process. */
  pid: number;
  adminKey: string;
  /** Connection string of the server's database, for direct SQL comparisons. */
  databaseUrl: string;
  /**
   * CPU time used so far (ms) by the API process and by its PostgreSQL server (postmaster and
   * backends alive now), from /proc. Differences over a load run give CPU per request, a figure
   * that other load on the machine inflates far less than latency or throughput.
   */
  cpuMs(): { api: number; postgres: number };
  /** Peak resident memory of the API process so far (VmHWM), in MiB. */
  peakRssMiB(): number;
  stop(): Promise<void>;
}

const CLOCK_TICKS_PER_MS = 100 / 1000; // USER_HZ is 100 on Linux

/** utime + stime of the process, plus cutime + cstime (its ended children) when asked. */
export function processCpuMs(pid: number, withEndedChildren = false): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const own = Number(fields[11]) + Number(fields[12]);
    const ended = withEndedChildren ? Number(fields[13]) + Number(fields[14]) : 0;
    return (own + ended) / CLOCK_TICKS_PER_MS;
  } catch {
    return 0; // the process ended
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

const MAIN = join(__dirname, '../../src/main.js');

/**
 * Starts the built API (dist/src/main.js) as a child process, so the load generator in this
 * process does not share its event loop. Without DATABASE_URL it runs on its own embedded
 * PostgreSQL in a temporary directory (or in `options.dataDir`, kept afterwards).
 */
export async function startBenchServer(
  env: Record<string, string> = {},
  options: { dataDir?: string; nodeArgs?: string[] } = {},
): Promise<BenchServer> {
  // A given data directory is kept (and reused when it already holds a database): big search
  // runs seed once and measure many times.
  const keep = options.dataDir !== undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
  mkdirSync(dataDir, { recursive: true });
  const adminKey = generateApiKey('adm').token;
  const unlimited = Object.fromEntries(
    ['DEFAULT', 'SEARCH', 'UNLOCK', 'PUBLIC', 'WEBHOOK'].map((c) => [`RATE_LIMIT_${c}`, '100000000/60']),
  );
  // Flags for the API process, e.g. --cpu-prof: from options.nodeArgs or BENCH_SERVER_NODE_ARGS.
  const nodeArgs = [...(options.nodeArgs ?? []), ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, MAIN], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ACCESS_LOG: 'false',
      DEMO_DATA: 'false',
      ADMIN_API_KEY: adminKey,
      DB_POOL_SIZE: '20',
      // The embedded server's shared_buffers can be set for a comparison run (README, Search).
      ...(process.env.EMBEDDED_PG_SHARED_BUFFERS_MB ? { EMBEDDED_PG_SHARED_BUFFERS_MB: process.env.EMBEDDED_PG_SHARED_BUFFERS_MB } : {}),
      ...unlimited,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const started = Date.now();
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /"url":"(http:\/\/[^"]+)","msg":"Passerelle is listening"/.exec(out);
      if (match) {
        clearInterval(timer);
        resolve(match[1]);
      } else if (child.exitCode !== null || Date.now() - started > 60_000) {
        clearInterval(timer);
        reject(new Error(`bench server did not start:\n${out}`));
      }
    }, 50);
  });
  // The embedded server's password and port are read from its files (postmaster.pid line 4).
  const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
  const postmasterFile = readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n');
  const pgPort = postmasterFile[3].trim();
  const postmaster = Number(postmasterFile[0].trim());
  return {
    url,
    pid: child.pid!,
    adminKey,
    databaseUrl: `postgres://passerelle:${password}@127.0.0.1:${pgPort}/passerelle`,
    cpuMs: () => ({
      api: processCpuMs(child.pid!),
      // Backends that ended meanwhile are counted through the postmaster's cutime/cstime.
      postgres: processCpuMs(postmaster, true) + childrenOf(postmaster).reduce((sum, pid) => sum + processCpuMs(pid), 0),
    }),
    peakRssMiB: () => {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return match ? Math.round(Number(match[1]) / 1024) : NaN;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      if (!keep) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
