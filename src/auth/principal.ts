import { ApiKeyKind, PrincipalKind, Scope } from './scopes';

interface ApiKeyPrincipalBase {
  keyId: string;
  keyKind: ApiKeyKind;
  scopes: readonly Scope[];
}

export interface AdminPrincipal extends ApiKeyPrincipalBase {
  kind: 'admin';
}

/**
 * A person signed in to the web app as a member of an association or recruiter org. The guard
 * gives them the same principal kind as that owner's API keys, with their role's scopes, so a
 * member can do exactly what a key with those scopes can; `keyId` is then `member:<memberId>`.
 */
export interface MemberIdentity {
  memberId: string;
  sessionId: string;
  role: string;
  email: string;
}

export interface AssociationPrincipal extends ApiKeyPrincipalBase {
  kind: 'association';
  associationId: string;
  member?: MemberIdentity;
}

export interface RecruiterPrincipal extends ApiKeyPrincipalBase {
  kind: 'recruiter';
  orgId: string;
  member?: MemberIdentity;
}

export interface AlumnusPrincipal {
  kind: 'alumnus';
  alumnusId: string;
  associationId: string;
  sessionId: string;
  /** A web-app cookie session (people_sessions) rather than a bearer token (alumni_sessions). */
  via?: 'cookie';
}

export type ApiKeyPrincipal = AdminPrincipal | AssociationPrincipal | RecruiterPrincipal;
export type Principal = ApiKeyPrincipal | AlumnusPrincipal;

export type PrincipalOf<K extends PrincipalKind> = Extract<Principal, { kind: K }>;

/** Identifies the caller in logs without revealing any secret. */
export function principalLabel(principal: Principal): string {
  return principal.kind === 'alumnus' ? `alumnus:${principal.sessionId}` : `${principal.kind}:${principal.keyId}`;
}
