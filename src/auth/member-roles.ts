import { ASSOCIATION_SCOPES, AssociationScope, RECRUITER_SCOPES, RecruiterScope, Scope } from './scopes';

/**
 * Members' roles and the API-key scopes each one carries: a member signed in to the web app acts
 * with exactly these scopes, so a member can do no more than a key holding them. Defined once,
 * here; the database checks the role names (migration CreatePeopleSessions).
 */
export const ASSOCIATION_ROLES = ['owner', 'treasurer', 'alumni_manager', 'viewer'] as const;
export const RECRUITER_ROLES = ['owner', 'recruiter', 'billing'] as const;
export type AssociationRole = (typeof ASSOCIATION_ROLES)[number];
export type RecruiterRole = (typeof RECRUITER_ROLES)[number];
export type MemberRole = AssociationRole | RecruiterRole;

export const ASSOCIATION_ROLE_SCOPES: Record<AssociationRole, readonly AssociationScope[]> = {
  owner: ASSOCIATION_SCOPES,
  // Revenue reports, payouts and Stripe Connect onboarding.
  treasurer: ['revenue:read', 'payouts:manage'],
  alumni_manager: ['alumni:read', 'alumni:write'],
  // Read-only: revenue and the association's settings (GET /v1/associations/{id} needs no scope).
  viewer: ['revenue:read'],
};

export const RECRUITER_ROLE_SCOPES: Record<RecruiterRole, readonly RecruiterScope[]> = {
  owner: RECRUITER_SCOPES,
  recruiter: ['search:read', 'profiles:unlock', 'contact:write', 'credits:read'],
  billing: ['credits:read', 'credits:purchase'],
};

export type MemberOwnerKind = 'association' | 'recruiter';

export function rolesOf(kind: MemberOwnerKind): readonly MemberRole[] {
  return kind === 'association' ? ASSOCIATION_ROLES : RECRUITER_ROLES;
}

/** The scopes of a role; none for a role name this kind of owner does not have. */
export function scopesOfRole(kind: MemberOwnerKind, role: string): readonly Scope[] {
  const table: Record<string, readonly Scope[]> = kind === 'association' ? ASSOCIATION_ROLE_SCOPES : RECRUITER_ROLE_SCOPES;
  return Object.prototype.hasOwnProperty.call(table, role) ? table[role] : [];
}
