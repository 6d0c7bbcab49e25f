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
export async function startApiProcess(env: Record<string, string>, startDeadlineMs = 30_000): Promise<ApiProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: npm test builds it first (npm run build)`);
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
