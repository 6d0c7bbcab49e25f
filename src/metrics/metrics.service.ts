import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { rawPoolIfAny } from '../database/raw-pool';

interface PgPoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * Prometheus metrics of this process. Features record into the shared instruments (job runs,
 * webhook outcomes) or register gauges that are read at scrape time (queue depth).
 */
@Injectable()
export class MetricsService implements OnApplicationShutdown {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route template, method and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly jobRuns = new Counter({
    name: 'job_runs_total',
    help: 'Background job runs by queue and outcome',
    labelNames: ['queue', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly webhookEvents = new Counter({
    name: 'stripe_webhook_events_total',
    help: 'Stripe webhook deliveries by event type and outcome',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly queueDepthReaders = new Map<string, () => Promise<number>>();

  constructor(moduleRef: ModuleRef) {
    collectDefaultMetrics({ register: this.registry });
    const pool = () => {
      try {
        const dataSource = moduleRef.get<DataSource>(getDataSourceToken(), { strict: false });
        return rawPoolIfAny(dataSource);
      } catch {
        return undefined;
      }
    };
    new Gauge({
      name: 'db_pool_connections',
      help: 'PostgreSQL pool connections by state',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const p = pool();
        if (!p) return;
        this.set({ state: 'total' }, p.totalCount);
        this.set({ state: 'idle' }, p.idleCount);
        this.set({ state: 'waiting' }, p.waitingCount);
      },
    });
    const readers = this.queueDepthReaders;
    new Gauge({
      name: 'job_queue_depth',
      help: 'Jobs waiting to run, by queue',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      async collect() {
        for (const [queue, read] of readers) {
          this.set({ queue }, await read().catch(() => Number.NaN));
        }
      },
    });
  }

  registerQueueDepth(queue: string, read: () => Promise<number>): void {
    this.queueDepthReaders.set(queue, read);
  }

  onApplicationShutdown(): void {
    this.registry.clear();
  }
}
