/**
 * Preloaded into the API process by bench/profile.ts (`node --require …/cpu-profile-hook.js`):
 * the first SIGUSR2 starts V8's CPU profiler, the second stops it and writes the profile to
 * $CPU_PROFILE_FILE, so a profile holds the loaded requests only (not the start-up, which
 * `node --cpu-prof` would include).
 */
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';

const session = new Session();
session.connect();
let running = false;
process.on('SIGUSR2', () => {
  if (!running) {
    running = true;
    session.post('Profiler.enable', () =>
      session.post('Profiler.setSamplingInterval', { interval: 200 }, () => session.post('Profiler.start')),
    );
    return;
  }
  running = false;
  session.post('Profiler.stop', (error, result) => {
    writeFileSync(process.env.CPU_PROFILE_FILE!, JSON.stringify(error ? { error: String(error) } : result.profile));
  });
});
