import { api, bearer, setBearer } from './client';

/**
 * Calls of the people-portal contract (/work/CONTRACT-people.md) whose routes are not all in
 * openapi.json yet. Each goes through `api` as soon as its route is in the generated schema;
 * until then `pending` calls it with the same credentials and the same 401 handling.
 */
async function pending<T>(method: string, path: string, body?: unknown): Promise<{ data?: T; status: number }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = bearer();
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(path, { method, headers, credentials: 'include', body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, data: response.ok && text ? (JSON.parse(text) as T) : undefined };
}

export type SessionPrincipal =
  | { kind: 'alumnus'; alumnusId: string; associationId: string; associationName: string }
  | { kind: 'member'; memberId: string; email: string; role: string; scopes: string[]; association?: { id: string; name: string; slug: string }; org?: { id: string; name: string } };

export interface SessionInfo {
  id: string;
  expiresAt: string;
  principal: SessionPrincipal;
}

export interface SessionRow {
  id: string;
  createdAt: string;
  lastSeenAt: string | null;
  expiresAt: string;
  userAgent: string | null;
  current: boolean;
}

export interface ConsentTerms {
  version: string;
  text: string;
}

export interface Organisation {
  id: string;
  name: string;
  domain: string | null;
}

export interface NotificationPreferences {
  contactRequests: boolean;
  reconfirmation: boolean;
  [other: string]: boolean;
}

export async function requestSignInLink(email: string, locale: string): Promise<boolean> {
  const { status } = await pending('POST', '/v1/auth/sign-in-links', { email, locale });
  return status === 202 || status === 200;
}

/**
 * Exchanges a link token for a cookie session. Every emailed link (sign-in, invitation,
 * reconfirmation, member invitation) is consumed by the same route, whichever account it opens.
 */
export async function continueWithToken(token: string): Promise<'ok' | 'invalid'> {
  const { status } = await pending('POST', '/v1/auth/sessions', { token });
  if (status !== 201 && status !== 200) return 'invalid';
  setBearer(null);
  return 'ok';
}

export async function currentSession(): Promise<SessionInfo | null> {
  const { data } = await pending<SessionInfo>('GET', '/v1/auth/session');
  if (data) return data;
  if (!bearer()) return null;
  // A bearer session from an older alumni link: /v1/me tells whose it is.
  const me = await api.GET('/v1/me');
  if (!me.data) return null;
  return { id: 'bearer', expiresAt: '', principal: { kind: 'alumnus', alumnusId: me.data.id, associationId: me.data.associationId, associationName: '' } };
}

export async function listSessions(): Promise<SessionRow[] | null> {
  const { data } = await pending<{ data: SessionRow[] }>('GET', '/v1/auth/sessions');
  return data?.data ?? null;
}

export async function signOut(): Promise<void> {
  if (bearer()) await api.DELETE('/v1/me/session');
  else await pending('DELETE', '/v1/auth/session');
  setBearer(null);
}

export async function signOutEverywhere(): Promise<void> {
  await pending('DELETE', '/v1/auth/sessions');
  if (bearer()) await api.DELETE('/v1/me/session');
  setBearer(null);
}

export async function consentTerms(locale: string): Promise<ConsentTerms | null> {
  const { data } = await pending<ConsentTerms>('GET', `/v1/me/consent-terms?locale=${encodeURIComponent(locale)}`);
  return data ?? null;
}

export async function findOrganisations(q: string): Promise<Organisation[] | null> {
  const { data } = await pending<{ data: Organisation[] } | Organisation[]>('GET', `/v1/me/organisations?q=${encodeURIComponent(q)}`);
  if (!data) return null;
  return Array.isArray(data) ? data : data.data;
}

export async function notificationPreferences(): Promise<NotificationPreferences | null> {
  const { data } = await pending<NotificationPreferences>('GET', '/v1/me/notification-preferences');
  return data ?? null;
}

export async function saveNotificationPreferences(preferences: NotificationPreferences): Promise<boolean> {
  const { status } = await pending('PUT', '/v1/me/notification-preferences', preferences);
  return status >= 200 && status < 300;
}
