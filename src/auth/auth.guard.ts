import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../common/domain-error';
import { AUTH_RULE, AuthenticatedRequest, AuthRule } from './auth.decorators';
import { AppConfig } from '../config/app-config';
import { CredentialRegistry } from './credential-registry';
import { Principal } from './principal';
import { isSameOriginWrite, sessionCookie } from './session-cookie';

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="passerelle"' };
const MAX_TOKEN_LENGTH = 512;

/**
 * The global default-deny guard: a route without @Authenticated or @Public is refused, and an
 * authenticated route admits only the declared principal kinds holding the declared scopes.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly credentials: CredentialRegistry,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AuthRule | undefined>(AUTH_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) {
      this.logger.error(`route ${context.getClass().name}.${context.getHandler().name} declares no access rule`);
      throw new DomainError('route_not_declared');
    }
    if (rule.public) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.authenticate(request);
    request.principal = principal;

    if (!rule.kinds.includes(principal.kind)) {
      throw new DomainError('forbidden', `This route is not available to ${principal.kind} credentials`);
    }
    if (principal.kind === 'association' || principal.kind === 'recruiter') {
      const missing = rule.scopes.filter((s) => !principal.scopes.includes(s));
      if (missing.length > 0) {
        throw new DomainError('insufficient_scope', `Missing scope(s): ${missing.join(', ')}`, {
          missingScopes: missing,
        });
      }
    }
    return true;
  }

  /**
   * A bearer token (API key or alumnus session) when the request carries an Authorization
   * header; otherwise the web app's session cookie, whose writes must pass the same-origin check
   * (a cookie is sent by the browser whatever page makes the request; a bearer token is not).
   */
  private async authenticate(request: AuthenticatedRequest): Promise<Principal> {
    if (request.headers.authorization === undefined) {
      const secret = sessionCookie(request.headers.cookie);
      if (secret) {
        if (!isSameOriginWrite(request, this.config.publicOrigin)) {
          throw new DomainError('cross_site_request', 'A cookie-authenticated write must come from this site (Origin check)');
        }
        const principal = secret.length <= MAX_TOKEN_LENGTH ? await this.credentials.verifyCookie(secret) : null;
        if (!principal) throw new DomainError('invalid_credentials', 'The session is unknown, expired or revoked', { headers: CHALLENGE });
        return principal;
      }
    }
    const token = bearerToken(request.headers.authorization);
    if (!token) {
      throw new DomainError('unauthenticated', 'Send an API key or session token as `Authorization: Bearer …`, or sign in', {
        headers: CHALLENGE,
      });
    }
    const principal = token.length <= MAX_TOKEN_LENGTH ? await this.credentials.verify(token) : null;
    if (!principal) throw new DomainError('invalid_credentials', undefined, { headers: CHALLENGE });
    return principal;
  }
}

function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}
