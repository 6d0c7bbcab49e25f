import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

export interface BackgroundJob {
  name: string;
  run(): Promise<unknown>;
}

/**
 * A deliberately small in-process timer: every JOB_INTERVAL_MS each registered job runs once,
 * never overlapping itself. The jobs keep their state in PostgreSQL and claim rows with
 * FOR UPDATE SKIP LOCKED, so several processes can run the timer side by side. Tests set
 * BACKGROUND_JOBS=false and call the jobs' methods directly.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobsService.name);
  private readonly jobs: BackgroundJob[] = [];
  private readonly running = new Set<string>();
  private timer?: NodeJS.Timeout;
  private readonly ticks = new Set<Promise<void>>();

  constructor(private readonly config: AppConfig) {}

  register(job: BackgroundJob): void {
    this.jobs.push(job);
  }

  onApplicationBootstrap(): void {
    if (!this.config.backgroundJobs) return;
    this.timer = setInterval(() => void this.tick(), this.config.jobIntervalMs);
    this.timer.unref();
  }

  /** Shutdown: no new run starts, and the running ones finish before the pool closes. */
  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await Promise.all(this.ticks);
  }

  tick(): Promise<void> {
    const run = this.runOnce();
    this.ticks.add(run);
    return run.finally(() => this.ticks.delete(run));
  }

  private async runOnce(): Promise<void> {
    await Promise.all(
      this.jobs.map(async (job) => {
        if (this.running.has(job.name)) return;
        this.running.add(job.name);
        try {
          await job.run();
        } catch (error) {
          this.logger.error(`job ${job.name} failed: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          this.running.delete(job.name);
        }
      }),
    );
  }
}
