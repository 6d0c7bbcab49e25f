import { api, bearer, setBearer } from './client';
import type { components } from './schema';

/**
 * Sign-in, sessions and the alumni portal's own calls, through the typed client like every other
 * page: only the session routes are specific to the web app, and they are in openapi.json too.
 */

export type SessionInfo = components['schemas']['PeopleSessionResponseDto'];
export type SessionPrincipal = SessionInfo['principal'];
export type SessionRow = components['schemas']['SessionListItemDto'];
export type ConsentTerms = components['schemas']['ConsentTermsDto'];
export type Organisation = components['schemas']['OrganisationDto'];
export type NotificationPreferences = components['schemas']['NotificationPreferencesDto'];

export async function requestSignInLink(email: string, locale: 'fr' | 'en'): Promise<boolean> {
  const { response } = await api.POST('/v1/auth/sign-in-links', { body: { email, locale } });
  return response.ok;
}

/**
 * Exchanges a link token for a cookie session. Every emailed link (sign-in, invitation,
 * reconfirmation, member invitation) is consumed by the same route, whichever account it opens.
 */
export async function continueWithToken(token: string): Promise<'ok' | 'invalid'> {
  const { response } = await api.POST('/v1/auth/sessions', { body: { token } });
  if (!response.ok) return 'invalid';
  setBearer(null);
  return 'ok';
}

export async function currentSession(): Promise<SessionInfo | null> {
  const { data } = await api.GET('/v1/auth/session');
  if (data) return data;
  if (!bearer()) return null;
  // A bearer session from an older alumni link: /v1/me tells whose it is.
  const me = await api.GET('/v1/me');
  if (!me.data) return null;
  return {
    id: 'bearer',
    expiresAt: '',
    principal: { kind: 'alumnus', alumnusId: me.data.id, associationId: me.data.associationId, associationName: '' },
  };
}

export async function listSessions(): Promise<SessionRow[] | null> {
  const { data } = await api.GET('/v1/auth/sessions');
  return data?.data ?? null;
}

export async function signOut(): Promise<void> {
  if (bearer()) await api.DELETE('/v1/me/session');
  else await api.DELETE('/v1/auth/session');
  setBearer(null);
}

export async function signOutEverywhere(): Promise<void> {
  await api.DELETE('/v1/auth/sessions');
  if (bearer()) await api.DELETE('/v1/me/session');
  setBearer(null);
}

export async function consentTerms(locale: 'fr' | 'en'): Promise<ConsentTerms | null> {
  const { data } = await api.GET('/v1/me/consent-terms', { params: { query: { locale } } });
  return data ?? null;
}

export async function findOrganisations(q: string): Promise<Organisation[] | null> {
  const { data } = await api.GET('/v1/me/organisations', { params: { query: { q } } });
  return data?.data ?? null;
}

export async function notificationPreferences(): Promise<NotificationPreferences | null> {
  const { data } = await api.GET('/v1/me/notification-preferences');
  return data ?? null;
}

export async function saveNotificationPreferences(preferences: NotificationPreferences): Promise<boolean> {
  const { response } = await api.PUT('/v1/me/notification-preferences', { body: preferences });
  return response.ok;
}
