import { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/app-config';
import { createRootLogger, NestPinoLogger, redactingStream } from './logging/logger';
import { buildOpenApiDocument, mountOpenApi } from './openapi/openapi';
import { AuthenticatedRequest } from './auth/auth.decorators';
import { principalLabel } from './auth/principal';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export interface CreateAppOptions {
  /** Where JSON log lines go (after redaction); stdout by default. Tests capture it. */
  logStream?: DestinationStream;
  /** Extra modules mounted beside AppModule (tests add probe controllers this way). */
  extraImports?: Array<Type | DynamicModule>;
}

/**
 * Builds the HTTP application with everything global: logging, request ids, validation,
 * problem+json errors and the OpenAPI document. Used by main.ts and by the tests alike.
 */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const logger = createRootLogger(config.logLevel, options.logStream && redactingStream(options.logStream));
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // One access line per request is written by the onResponse hook below instead.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimitBytes,
    // A caller-supplied X-Request-Id is kept when it is harmless, so traces can be joined.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    routerOptions: { maxParamLength: 200 },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options.extraImports), adapter, {
    rawBody: true,
    logger: new NestPinoLogger(logger),
  });
  // A route may raise its own body limit with @RouteConfig({ bodyLimit }) (the alumni import does).
  app.getHttpAdapter().getInstance().addHook('onRoute', (route) => {
    const limit = (route.config as { bodyLimit?: unknown } | undefined)?.bodyLimit;
    if (typeof limit === 'number') route.bodyLimit = limit;
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    const principal = (request as AuthenticatedRequest).principal;
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        principal: principal ? principalLabel(principal) : undefined,
      },
      'request',
    );
  });

  mountOpenApi(app, buildOpenApiDocument(app));
  await app.init();
  await fastify.ready();
  return app;
}
