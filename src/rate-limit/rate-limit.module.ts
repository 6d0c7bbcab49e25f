import { Global, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { RateLimitGuard } from './rate-limit.guard';
import { MemoryRateLimitStore, PostgresRateLimitStore, RateLimitStore } from './rate-limit.store';

/** Old windows are dropped hourly so the counter table stays small. */
class RateLimitSweeper implements OnModuleInit, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  constructor(private readonly store: RateLimitStore) {}
  onModuleInit() {
    this.timer = setInterval(() => void this.store.sweep().catch(() => undefined), 3_600_000);
    this.timer.unref();
  }
  onApplicationShutdown() {
    clearInterval(this.timer);
  }
}

@Global()
@Module({
  providers: [
    {
      provide: RateLimitStore,
      inject: [AppConfig, getDataSourceToken()],
      useFactory: (config: AppConfig, dataSource: DataSource): RateLimitStore =>
        config.rateLimitStore === 'postgres' ? new PostgresRateLimitStore(dataSource) : new MemoryRateLimitStore(),
    },
    { provide: RateLimitSweeper, inject: [RateLimitStore], useFactory: (store: RateLimitStore) => new RateLimitSweeper(store) },
    // Registered after AuthModule's guard, so the principal is known when counting.
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [RateLimitStore],
})
export class RateLimitModule {}
