import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { AUTH_RULE, AuthenticatedRequest, AuthRule } from '../auth/auth.decorators';
import { AppConfig, RateLimitClass } from '../config/app-config';
import { DomainError } from '../common/domain-error';
import { NO_RATE_LIMIT, RATE_LIMIT_CLASS } from './rate-limit.decorators';
import { RateLimitStore } from './rate-limit.store';

/**
 * Runs after the AuthGuard: authenticated routes are counted per API key (or alumnus session),
 * public routes per client IP. Headers follow the IETF RateLimit header fields draft:
 * `RateLimit-Policy: "search";q=300;w=60` and `RateLimit: "search";r=12;t=41`.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
    private readonly store: RateLimitStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const declared = this.reflector.getAllAndOverride<RateLimitClass | typeof NO_RATE_LIMIT | undefined>(RATE_LIMIT_CLASS, targets);
    if (declared === NO_RATE_LIMIT) return true;
    const rule = this.reflector.getAllAndOverride<AuthRule | undefined>(AUTH_RULE, targets);
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const reply = http.getResponse<FastifyReply>();

    const routeClass: RateLimitClass = declared ?? (rule?.public ? 'public' : 'default');
    const principal = request.principal;
    const subject = principal
      ? principal.kind === 'alumnus'
        ? `ses:${principal.sessionId}`
        : `key:${principal.keyId}`
      : `ip:${request.ip}`;
    const policy = this.config.rateLimits[routeClass];
    const { hits, resetSeconds } = await this.store.hit(`${routeClass}:${subject}`, policy.windowSeconds, policy.limit);
    const remaining = Math.max(0, policy.limit - hits);
    reply.header('RateLimit-Policy', `"${routeClass}";q=${policy.limit};w=${policy.windowSeconds}`);
    reply.header('RateLimit', `"${routeClass}";r=${remaining};t=${resetSeconds}`);
    if (hits > policy.limit) {
      throw new DomainError('rate_limited', `Rate limit of ${policy.limit} requests per ${policy.windowSeconds} s exceeded`, {
        headers: { 'Retry-After': String(resetSeconds) },
        retryAfterSeconds: resetSeconds,
      });
    }
    return true;
  }
}
