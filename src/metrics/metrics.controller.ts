import { Controller, Get, Header, Headers } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { timingSafeEqual } from 'node:crypto';
import { Public } from '../auth/auth.decorators';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { NoRateLimit } from '../rate-limit/rate-limit.decorators';
import { MetricsService } from './metrics.service';

/** Prometheus scrape endpoint; requires METRICS_TOKEN as a bearer token when it is configured. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @NoRateLimit()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(@Headers('authorization') authorization?: string): Promise<string> {
    const token = this.config.metricsToken;
    if (token) {
      const given = Buffer.from(authorization ?? '');
      const expected = Buffer.from(`Bearer ${token}`);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new DomainError('unauthenticated', 'Metrics require the METRICS_TOKEN bearer token');
      }
    }
    return this.metrics.registry.metrics();
  }
}
