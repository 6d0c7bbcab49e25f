import { Controller, Get, OnModuleInit } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { DomainError } from '../common/domain-error';
import { NoRateLimit } from '../rate-limit/rate-limit.decorators';
import { ReadinessRegistry } from './readiness';
import { pingDatabase } from '../database/ping';
import { ApiProblems } from '../common/api-problems.decorator';
import { LIVENESS_ANSWER } from './liveness';

class HealthDto {
  @ApiProperty({ example: 'ok' }) status: string;
}

class ReadyDto {
  @ApiProperty({ example: 'ok' }) status: string;
  @ApiProperty({ example: { database: 'ok' }, type: 'object', additionalProperties: { type: 'string' } })
  checks: Record<string, string>;
}

@ApiTags('health')
@Controller()
export class HealthController implements OnModuleInit {
  constructor(
    private readonly readiness: ReadinessRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.readiness.register('database', async () => {
      await pingDatabase(this.dataSource);
    });
  }

  /** Liveness: the process answers. Served by Fastify directly (answerLivenessInFastify), with this same answer. */
  @Get('health')
  @Public()
  @NoRateLimit()
  @ApiOkResponse({ type: HealthDto })
  @ApiOperation({
    summary: 'Liveness probe',
    description: 'Answers 200 while the process runs. Never throttled.',
  })
  health(): HealthDto {
    return { ...LIVENESS_ANSWER };
  }

  /** Readiness: the database (and search, when configured) answer. */
  @Get('ready')
  @Public()
  @NoRateLimit()
  @ApiOkResponse({ type: ReadyDto })
  @ApiServiceUnavailableResponse({ description: 'A dependency is failing (problem+json naming it).' })
  @ApiOperation({
    summary: 'Readiness probe',
    description:
      '200 when the database (and search, when configured) answer; 503 naming the failing dependency otherwise. Never throttled.',
  })
  @ApiProblems('service_unavailable')
  async ready(): Promise<ReadyDto> {
    const checks = await this.readiness.run();
    const failing = Object.entries(checks).filter(([, state]) => state !== 'ok');
    if (failing.length > 0) {
      throw new DomainError('service_unavailable', `Failing: ${failing.map(([n]) => n).join(', ')}`, { checks });
    }
    return { status: 'ok', checks };
  }
}
