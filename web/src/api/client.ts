import createClient, { Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/**
 * The one API client of the web app, typed from the committed openapi.json. The browser sends the
 * session cookie with every call; a bearer session (from a `pas_mlk_` link exchanged through
 * POST /v1/alumni/sessions) is kept for the tab only and sent as Authorization.
 */
const BEARER_KEY = 'passerelle.bearer';

export function setBearer(token: string | null): void {
  if (token) sessionStorage.setItem(BEARER_KEY, token);
  else sessionStorage.removeItem(BEARER_KEY);
}

export function bearer(): string | null {
  try {
    return sessionStorage.getItem(BEARER_KEY);
  } catch {
    return null;
  }
}

/** Routes whose 401 is an answer, not a reason to go and sign in. */
const SESSION_PROBES = ['/v1/auth/session', '/v1/auth/sessions', '/v1/alumni/sessions', '/v1/auth/sign-in-links'];

const auth: Middleware = {
  onRequest({ request }) {
    const token = bearer();
    if (token && !request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    const path = new URL(request.url).pathname;
    if (response.status === 401 && !SESSION_PROBES.includes(path)) {
      setBearer(null);
      const back = encodeURIComponent(location.pathname);
      location.assign(`/sign-in?next=${back}`);
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: location.origin, credentials: 'include' });
api.use(auth);

export interface Problem {
  status?: number;
  code?: string;
  title?: string;
  detail?: string;
}
