import { spawn } from 'node:child_process';
import { drive } from './lib/drive';
import { HttpConnection } from './lib/http-connection';
import { BenchRow, fmt } from './lib/report';
import { startBenchServer } from './lib/server';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** CPU of the load generator (this process) per request, ms. */
  driverCpuMs: number;
}

/**
 * Load from `connections` keep-alive connections (one request in flight each) for
 * `durationSeconds`: requests/s of 2xx answers, latency percentiles and the load generator's
 * own CPU per request.
 */
export async function load(
  url: string,
  options: { connections: number; durationSeconds: number; headers?: Record<string, string>; method?: string; body?: string },
): Promise<LoadResult> {
  const target = new URL(url);
  const path = `${target.pathname}${target.search}`;
  const connections = Array.from({ length: options.connections }, () => new HttpConnection(target.origin));
  try {
    const r = await drive(options.connections, options.durationSeconds, (_, worker) =>
      connections[worker].request(options.method ?? 'GET', path, options.headers, options.body).then((answer) => answer.status),
    );
    return { requestsPerSecond: r.perSecond, p50: r.p50, p99: r.p99, non2xx: r.failed, driverCpuMs: r.driverCpuMs };
  } finally {
    for (const connection of connections) connection.close();
  }
}

/** A bare Fastify server in its own process: the ceiling any route of ours can approach. */
async function startBareFastify(): Promise<{ url: string; stop(): void }> {
  const code = `
    const app = require('fastify')();
    app.get('/', async () => ({ status: 'ok' }));
    app.listen({ port: 0, host: '127.0.0.1' }).then((a) => console.log('URL ' + a));`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'], cwd: process.cwd() });
  const url = await new Promise<string>((resolve) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /URL (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

export async function runHttpCeiling(durationSeconds: number): Promise<BenchRow[]> {
  const bare = await startBareFastify();
  const server = await startBenchServer();
  try {
    const connections = 8;
    const ceiling = await load(`${bare.url}/`, { connections, durationSeconds });
    const health = await load(`${server.url}/health`, { connections, durationSeconds });
    const authed = await load(`${server.url}/v1/associations?limit=1`, {
      connections,
      durationSeconds,
      headers: { authorization: `Bearer ${server.adminKey}` },
    });
    const compare = `bare Fastify ${Math.round(ceiling.requestsPerSecond)} req/s`;
    return [
      { benchmark: 'http', figure: 'bare Fastify handler, c=8', value: ceiling.requestsPerSecond, unit: 'req/s' },
      {
        benchmark: 'http',
        figure: 'GET /health, c=8',
        value: health.requestsPerSecond,
        unit: 'req/s',
        comparison: `${compare} (ratio ${(health.requestsPerSecond / ceiling.requestsPerSecond).toFixed(2)})`,
      },
      {
        benchmark: 'http',
        figure: 'GET /v1/associations (key check + query), c=8',
        value: authed.requestsPerSecond,
        unit: 'req/s',
        comparison: `${compare}; p50 ${fmt(authed.p50)} ms, p99 ${fmt(authed.p99)} ms; non-2xx ${authed.non2xx}`,
      },
    ];
  } finally {
    bare.stop();
    await server.stop();
  }
}
