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
 * BACKGROUND_JOBS=false and call the jobs' methods directly. A job may also be triggered
 * between ticks (the webhook worker is, when deliveries are committed).
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobsService.name);
  private readonly jobs: BackgroundJob[] = [];
  private readonly running = new Set<string>();
  /** Jobs triggered while they were running: they run once more when the current run ends. */
  private readonly again = new Set<string>();
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

  /**
   * Runs one job now, outside the timer (a wake-up: work was committed for it). Never overlaps
   * the job's own run: if it is running, it runs once more right after, so work committed while
   * the run had already claimed its rows does not wait for the next tick.
   */
  trigger(name: string): Promise<void> {
    const job = this.jobs.find((j) => j.name === name);
    if (!job || !this.timer) return Promise.resolve();
    const run = this.runJob(job, true);
    this.ticks.add(run);
    return run.finally(() => this.ticks.delete(run));
  }

  private async runOnce(): Promise<void> {
    await Promise.all(this.jobs.map((job) => this.runJob(job, false)));
  }

  /** A tick skips a job still running; a trigger asks it to run once more when it ends. */
  private async runJob(job: BackgroundJob, triggered: boolean): Promise<void> {
    if (this.running.has(job.name)) {
      if (triggered) this.again.add(job.name);
      return;
    }
    this.running.add(job.name);
    try {
      do {
        this.again.delete(job.name);
        try {
          await job.run();
        } catch (error) {
          this.logger.error(`job ${job.name} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      } while (this.again.has(job.name) && this.timer);
    } finally {
      this.again.delete(job.name);
      this.running.delete(job.name);
    }
  }
}
