import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { from, mergeMap, Observable } from 'rxjs';
import { AuthenticatedRequest } from '../auth/auth.decorators';
import { actorOf } from './members.service';
import { MemberOwner, MembersRepository } from './members.repository';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The audit log: every successful write made by a member or an association/recruiter API key
 * is recorded with the actor's id, the route and the path, before the answer is sent. Platform
 * admins and alumni are not members of an owner and are not recorded here.
 */
@Injectable()
export class AuditLogInterceptor implements NestInterceptor {
  private readonly logger = new Logger(AuditLogInterceptor.name);

  constructor(private readonly members: MembersRepository) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = request.principal;
    if (!WRITES.has(request.method) || !principal || (principal.kind !== 'association' && principal.kind !== 'recruiter')) {
      return next.handle();
    }
    const owner: MemberOwner =
      principal.kind === 'association'
        ? { kind: 'association', associationId: principal.associationId }
        : { kind: 'recruiter', orgId: principal.orgId };
    const actor = actorOf(principal);
    const record = () =>
      this.members
        .insertAudit({
          owner,
          actorKind: actor.kind,
          actorId: actor.id,
          actorLabel: actor.label,
          action: `${request.method} ${request.routeOptions.url ?? 'unmatched'}`,
          target: request.url.split('?')[0].slice(0, 500),
          requestId: String(request.id),
        })
        .catch((error) => this.logger.error(`audit entry not recorded: ${error instanceof Error ? error.message : String(error)}`));
    return next.handle().pipe(mergeMap((value) => from(record().then(() => value))));
  }
}
