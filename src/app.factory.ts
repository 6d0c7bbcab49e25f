import { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyReply, FastifyRequest, LogController } from 'fastify';
import helmet, { HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { ProblemDetailsFilter, sendProblem } from './common/problem-details.filter';
import { createValidationPipe } from './common/validation';
import { registerContentTypePolicy, registerTextInputCheck } from './common/request-input';
import { registerJsonBodyParser } from './common/json-body-parser';
import { clientErrorHandler } from './common/client-error';
import { AppConfig } from './config/app-config';
import { createRootLogger, NestPinoLogger, redactingStream } from './logging/logger';
import { MetricsService } from './metrics/metrics.service';
import { answerLivenessInFastify } from './health/liveness';
import { buildOpenApiDocument, mountOpenApi } from './openapi/openapi';
import { AuthenticatedRequest } from './auth/auth.decorators';
import { principalLabel } from './auth/principal';
import { MAX_PARAM_LENGTH, serveWebApp, webAppDirectory } from './web/serve-web-app';

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
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    trustProxy: config.trustProxy,
    // Errors Fastify raises before routing (malformed or over-long URLs) become problems too.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => sendProblem(error, request, reply),
    // …and so do those Node's HTTP parser raises before Fastify sees a request (431, 408, 400).
    clientErrorHandler,
    // On close the listener stops taking connections and idle ones are closed; a request that
    // still arrives on an open connection was sent before the close and is served, not refused
    // with a 503 (main.ts bounds the whole shutdown).
    return503OnClosing: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options.extraImports), adapter, {
    // JSON bodies go through registerJsonBodyParser below (raw bytes kept only where a route asks).
    bodyParser: false,
    logger: new NestPinoLogger(logger),
  });
  // A route may raise its own body limit with @RouteConfig({ bodyLimit }) (the alumni import does).
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRoute', (route) => {
      const limit = (route.config as { bodyLimit?: unknown } | undefined)?.bodyLimit;
      if (typeof limit === 'number') route.bodyLimit = limit;
    });
  answerLivenessInFastify(app.getHttpAdapter().getInstance());
  registerJsonBodyParser(app.getHttpAdapter().getInstance());
  registerTextInputCheck(app.getHttpAdapter().getInstance());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());

  const https = config.publicBaseUrl.startsWith('https:');
  // The web app runs under a strict policy (no inline script or style, nothing from elsewhere);
  // only the Swagger UI at /docs needs inline script and style.
  const strictDirectives = {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
    // Only when the service is reached over https (PUBLIC_BASE_URL): over plain http on a host
    // other than localhost the browser would upgrade every asset to https and /docs would render blank.
    upgradeInsecureRequests: https ? [] : null,
  };
  // HSTS likewise only under https: sent over http it would pin a host that serves no https at all.
  const strictTransportSecurity = https ? undefined : false;
  const securityHeaders = helmetHeaders({ contentSecurityPolicy: { directives: strictDirectives }, strictTransportSecurity });
  const docsSecurityHeaders = helmetHeaders({
    contentSecurityPolicy: {
      directives: { ...strictDirectives, scriptSrc: ["'self'", "'unsafe-inline'"], styleSrc: ["'self'", "'unsafe-inline'"] },
    },
    strictTransportSecurity,
  });
  // CORS is closed unless CORS_ORIGINS lists the browser origins allowed to call the API.
  if (config.corsOrigins.length > 0) {
    app.enableCors({ origin: config.corsOrigins, exposedHeaders: ['x-request-id', 'RateLimit', 'RateLimit-Policy', 'Retry-After'] });
  }

  const metrics = app.get(MetricsService);
  const fastify = app.getHttpAdapter().getInstance();
  // Callback-style hooks (not async): every request runs them, and an async hook costs a promise
  // and a microtask turn each.
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.url.startsWith('/docs') ? docsSecurityHeaders : securityHeaders);
    reply.header('x-request-id', request.id);
    // API answers carry personal data (profiles, contact details, exports, /v1/me) or depend on
    // the caller's key: no shared or browser cache may keep them.
    if (request.url.startsWith('/v1/')) reply.header('cache-control', 'no-store');
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const principal = (request as AuthenticatedRequest).principal;
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe({ method: request.method, route, status: reply.statusCode }, reply.elapsedTime / 1000);
    if (!config.accessLog) return done();
    request.log.info(
      {
        method: request.method,
        route,
        url: request.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        principal: principal ? principalLabel(principal) : undefined,
      },
      'request',
    );
    done();
  });

  const document = buildOpenApiDocument(app);
  registerContentTypePolicy(fastify, document);
  mountOpenApi(app, document);
  const webApp = webAppDirectory();
  if (webApp) await serveWebApp(fastify, webApp);
  await app.init();
  await fastify.ready();
  return app;
}

/**
 * Helmet's response headers for these options, computed once. They do not depend on the request
 * (no CSP nonces), and @fastify/helmet built helmet's middleware again for every request, a
 * visible share of the API's CPU on every route (bench/results/history.md).
 */
export function helmetHeaders(options: Readonly<HelmetOptions>): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  return headers;
}
