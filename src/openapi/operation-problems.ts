import { ParseUUIDPipe } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { RouteInfo } from '../auth/route-rules';
import { PrincipalKind } from '../auth/scopes';
import { API_PROBLEMS } from '../common/api-problems.decorator';
import { ErrorCode } from '../common/error-catalog';
import { readIdempotencyKey } from '../idempotency/idempotency-key.decorator';
import { NO_RATE_LIMIT, RATE_LIMIT_CLASS } from '../rate-limit/rate-limit.decorators';

const ALL_KINDS: readonly PrincipalKind[] = ['admin', 'association', 'recruiter', 'alumnus'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What a route declares, read from the metadata the guards, pipes and param decorators act on. */
export interface RouteFacts {
  hasBody: boolean;
  hasQuery: boolean;
  pathParams: Array<{ name: string; uuid: boolean }>;
  /** A pipe or a params DTO checks the path parameters. */
  validatesPath: boolean;
  idempotencyKey?: { required: boolean };
  /** The rate-limit class, or null for routes that are never throttled (probes). */
  rateLimitClass: string | null;
  /** The domain codes declared with @ApiProblems. */
  declared: readonly ErrorCode[];
}

interface RouteArg {
  index: number;
  data?: unknown;
  pipes?: unknown[];
  factory?: unknown;
}

export function routeFacts(route: RouteInfo): RouteFacts {
  const handler = (route.controllerType.prototype as Record<string, object>)[route.handler];
  const args: Record<string, RouteArg> = Reflect.getMetadata(ROUTE_ARGS_METADATA, route.controllerType, route.handler) ?? {};
  const builtIn = (type: RouteParamtypes) =>
    Object.entries(args)
      .filter(([key]) => key.split(':')[0] === String(type))
      .map(([, a]) => a);
  const isUuidPipe = (pipe: unknown) => pipe === ParseUUIDPipe || pipe instanceof ParseUUIDPipe;
  const params = builtIn(RouteParamtypes.PARAM);
  const idempotency = Object.values(args).find((a) => a.factory === readIdempotencyKey);
  const rateLimit: string | undefined =
    Reflect.getMetadata(RATE_LIMIT_CLASS, handler) ?? Reflect.getMetadata(RATE_LIMIT_CLASS, route.controllerType);
  return {
    hasBody: builtIn(RouteParamtypes.BODY).length > 0 || builtIn(RouteParamtypes.RAW_BODY).length > 0,
    hasQuery: builtIn(RouteParamtypes.QUERY).length > 0,
    pathParams: [...route.path.matchAll(/:([A-Za-z0-9_]+)/g)].map(([, name]) => ({
      name,
      uuid: params.some((p) => p.data === name && (p.pipes ?? []).some(isUuidPipe)),
    })),
    validatesPath: params.some((p) => p.data === undefined || (p.pipes ?? []).length > 0),
    idempotencyKey: idempotency ? { required: (idempotency.data as { required?: boolean } | undefined)?.required === true } : undefined,
    rateLimitClass: rateLimit === NO_RATE_LIMIT ? null : (rateLimit ?? (route.rule?.public ? 'public' : 'default')),
    declared: Reflect.getMetadata(API_PROBLEMS, handler) ?? [],
  };
}

/**
 * Every problem code a route can answer with: those its declarations imply, each tied to the
 * mechanism that raises it, plus the domain codes its service raises (@ApiProblems). Errors of
 * the HTTP layer itself (malformed request line, oversized headers, timeouts) can reach any URL
 * and are described once in the document's introduction instead.
 */
export function problemCodes(
  route: RouteInfo,
  facts: RouteFacts,
  operation: { requestBody?: unknown; parameters?: Array<{ in?: string; name?: string }> },
): ErrorCode[] {
  const codes = new Set<ErrorCode>(['internal_error']);
  const rule = route.rule;
  if (facts.rateLimitClass !== null) codes.add('rate_limited');
  if (rule && !rule.public) {
    // AuthGuard: no credentials, unknown credentials, wrong principal kind, missing scope.
    codes.add('unauthenticated').add('invalid_credentials');
    if (ALL_KINDS.some((k) => !rule.kinds.includes(k))) codes.add('forbidden');
    if (rule.scopes.length > 0 && rule.kinds.some((k) => k === 'association' || k === 'recruiter')) codes.add('insufficient_scope');
    // A write with the web app's cookie must pass the same-origin check.
    if (!SAFE_METHODS.has(route.method) && rule.kinds.some((k) => k !== 'admin')) codes.add('cross_site_request');
  }
  if (facts.hasBody || operation.requestBody !== undefined) {
    // ValidationPipe, the strict JSON body parser and its limits, the content-type policy.
    codes.add('validation_failed').add('malformed_body').add('body_too_deep').add('payload_too_large').add('unsupported_media_type');
  }
  if (facts.hasQuery || facts.validatesPath) codes.add('validation_failed');
  // A cursor from another listing, or altered, is refused.
  if ((operation.parameters ?? []).some((p) => p.in === 'query' && p.name === 'cursor')) codes.add('invalid_cursor');
  if (facts.pathParams.length > 0) {
    // A path names a resource: missing, or another tenant's, is 404 (never 403). Fastify bounds each segment.
    codes.add('not_found').add('uri_too_long');
  }
  if (facts.idempotencyKey) codes.add('validation_failed').add('idempotency_key_in_progress').add('idempotency_key_reused');
  for (const code of facts.declared) codes.add(code);
  return [...codes];
}
