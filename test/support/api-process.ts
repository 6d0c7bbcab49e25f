import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const MAIN = join(__dirname, '../../dist/src/main.js');

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  output(): string;
}

/**
 * Starts the built service (`dist/src/main.js`, as `npm start` runs it) as a child process and
 * resolves once it listens. `npm test` builds it first.
 */
export async function startApiProcess(
  env: Record<string, string>,
  startDeadlineMs = 30_000,
  /** Told of the child as soon as it is spawned, before it listens (see ApiProcessGroup). */
  onSpawn?: (child: ChildProcess) => void,
): Promise<ApiProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: npm test builds it first (npm run build)`);
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onSpawn?.(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const began = Date.now();
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /"url":"(http:\/\/[^"]+)","msg":"Passerelle is listening"/.exec(out);
      if (match) {
        clearInterval(timer);
        resolve(match[1]);
      } else if (child.exitCode !== null || Date.now() - began > startDeadlineMs) {
        clearInterval(timer);
        // A hung start must not outlive the test.
        if (child.exitCode === null) child.kill('SIGKILL');
        reject(new Error(`the API did not start:\n${out}`));
      }
    }, 25);
  });
  return { child, url, output: () => out };
}

export async function stopApiProcess(api: ApiProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (api.child.exitCode !== null || api.child.signalCode !== null) return api.child.exitCode;
  const exited = new Promise<number | null>((resolve) => api.child.once('exit', (code) => resolve(code)));
  api.child.kill(signal);
  return exited;
}

/**
 * The API processes of one test file. Each child is recorded when it is spawned, so `stopAll()`
 * (in afterAll or a finally block) also stops one whose start was still pending when the test
 * failed or timed out.
 */
export class ApiProcessGroup {
  private readonly children = new Set<ChildProcess>();

  start(env: Record<string, string>, startDeadlineMs?: number): Promise<ApiProcess> {
    return startApiProcess(env, startDeadlineMs, (child) => {
      this.children.add(child);
      child.once('exit', () => this.children.delete(child));
    });
  }

  /** SIGTERM to every child still running, then SIGKILL to those not gone after `graceMs`. */
  async stopAll(graceMs = 15_000): Promise<void> {
    await Promise.all(
      [...this.children].map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
        if ((await Promise.race([exited, late])) === 'late') {
          child.kill('SIGKILL');
          await exited;
        }
        clearTimeout(timer);
      }),
    );
  }
}
