/** Principal kinds and the scopes each kind of API key may carry. */
export const API_KEY_KINDS = ['adm', 'asc', 'rec'] as const;
export type ApiKeyKind = (typeof API_KEY_KINDS)[number];

export type PrincipalKind = 'admin' | 'association' | 'recruiter' | 'alumnus';

export const KIND_OF_KEY: Record<ApiKeyKind, Exclude<PrincipalKind, 'alumnus'>> = {
  adm: 'admin',
  asc: 'association',
  rec: 'recruiter',
};

export const ASSOCIATION_SCOPES = [
  'association:write',
  'alumni:read',
  'alumni:write',
  'access:manage',
  'revenue:read',
  'payouts:manage',
  'keys:manage',
  'events:read',
  'webhooks:manage',
  'members:manage',
  'audit:read',
] as const;

export const RECRUITER_SCOPES = [
  'search:read',
  'profiles:unlock',
  'contact:write',
  'credits:read',
  'credits:purchase',
  'keys:manage',
  'events:read',
  'webhooks:manage',
  'members:manage',
  'audit:read',
] as const;

export const ADMIN_SCOPES = ['platform:admin'] as const;

export type AssociationScope = (typeof ASSOCIATION_SCOPES)[number];
export type RecruiterScope = (typeof RECRUITER_SCOPES)[number];
export type Scope = AssociationScope | RecruiterScope | (typeof ADMIN_SCOPES)[number];

export const SCOPES_BY_KIND: Record<ApiKeyKind, readonly Scope[]> = {
  adm: ADMIN_SCOPES,
  asc: ASSOCIATION_SCOPES,
  rec: RECRUITER_SCOPES,
};
