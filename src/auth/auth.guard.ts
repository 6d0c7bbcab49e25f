import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../common/domain-error';
import { AUTH_RULE, AuthenticatedRequest, AuthRule } from './auth.decorators';
import { CredentialRegistry } from './credential-registry';

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
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AuthRule | undefined>(AUTH_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(`route ${context.getClass().name}.${context.getHandler().name} declares no access rule`);
      throw new DomainError('route_not_declared');
    }
    if (rule.public) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request.headers.authorization);
    if (!token) {
      throw new DomainError('unauthenticated', 'Send an API key or session token as `Authorization: Bearer …`', {
        headers: CHALLENGE,
      });
    }
    const principal = token.length <= MAX_TOKEN_LENGTH ? await this.credentials.verify(token) : null;
    if (!principal) throw new DomainError('invalid_credentials', undefined, { headers: CHALLENGE });
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
}

function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}
