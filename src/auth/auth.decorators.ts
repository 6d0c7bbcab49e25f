import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiSecurity } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Principal } from './principal';
import { PrincipalKind, Scope } from './scopes';

export const AUTH_RULE = 'passerelle:auth-rule';

export type AuthRule = { public: true } | { public: false; kinds: readonly PrincipalKind[]; scopes: readonly Scope[] };

/**
 * Declares who may call a route. Scopes are checked for association and recruiter keys; a
 * platform-admin key, when admitted by `kinds`, holds every permission.
 */
export function Authenticated(options: { kinds: readonly PrincipalKind[]; scopes?: readonly Scope[] }) {
  const rule: AuthRule = { public: false, kinds: options.kinds, scopes: options.scopes ?? [] };
  const apiKeyKinds = options.kinds.filter((k) => k !== 'alumnus');
  const decorators: Array<ClassDecorator | MethodDecorator> = [SetMetadata(AUTH_RULE, rule)];
  if (apiKeyKinds.length > 0) decorators.push(ApiBearerAuth('apiKey'));
  if (options.kinds.includes('alumnus')) decorators.push(ApiSecurity('alumnusSession'));
  // The web app's cookie session: alumni, and members acting as their association or org.
  if (options.kinds.some((k) => k !== 'admin')) decorators.push(ApiSecurity('sessionCookie'));
  return applyDecorators(...decorators);
}

/** Declares a route open to anyone (health, docs, magic links, the Stripe webhook). */
export function Public() {
  return SetMetadata(AUTH_RULE, { public: true } satisfies AuthRule);
}

export type AuthenticatedRequest = FastifyRequest & { principal?: Principal };

/** The authenticated caller, set by the AuthGuard. */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route without @Authenticated');
  return principal;
});
