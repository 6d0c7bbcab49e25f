import { ApiKeyKind, PrincipalKind, Scope } from './scopes';

interface ApiKeyPrincipalBase {
  keyId: string;
  keyKind: ApiKeyKind;
  scopes: readonly Scope[];
}

export interface AdminPrincipal extends ApiKeyPrincipalBase {
  kind: 'admin';
}

export interface AssociationPrincipal extends ApiKeyPrincipalBase {
  kind: 'association';
  associationId: string;
}

export interface RecruiterPrincipal extends ApiKeyPrincipalBase {
  kind: 'recruiter';
  orgId: string;
}

export interface AlumnusPrincipal {
  kind: 'alumnus';
  alumnusId: string;
  associationId: string;
  sessionId: string;
}

export type ApiKeyPrincipal = AdminPrincipal | AssociationPrincipal | RecruiterPrincipal;
export type Principal = ApiKeyPrincipal | AlumnusPrincipal;

export type PrincipalOf<K extends PrincipalKind> = Extract<Principal, { kind: K }>;

/** Identifies the caller in logs without revealing any secret. */
export function principalLabel(principal: Principal): string {
  return principal.kind === 'alumnus' ? `alumnus:${principal.sessionId}` : `${principal.kind}:${principal.keyId}`;
}
