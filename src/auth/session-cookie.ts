import type { FastifyRequest } from 'fastify';

/** The web app's session cookie (HttpOnly, SameSite=Lax; Secure under an https PUBLIC_BASE_URL). */
export const SESSION_COOKIE = 'pas_session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sessionCookie(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return value.length > 0 ? value : undefined;
    }
  }
  return undefined;
}

export function setSessionCookie(secret: string, maxAgeSeconds: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${secret}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

export function clearSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure ? '; Secure' : ''}`;
}

/**
 * CSRF rule for cookie-authenticated requests: a state-changing request must come from the web
 * app's own origin. Browsers send `Origin` on every cross-origin and same-origin POST, PUT, PATCH
 * and DELETE; when it is absent, `Sec-Fetch-Site: same-origin` is accepted instead. Safe methods
 * pass (they change nothing).
 */
export function isSameOriginWrite(request: FastifyRequest, publicOrigin: string): boolean {
  if (SAFE_METHODS.has(request.method)) return true;
  return isSameOrigin(request, publicOrigin);
}

export function isSameOrigin(request: FastifyRequest, publicOrigin: string): boolean {
  const origin = request.headers.origin;
  if (typeof origin === 'string') return origin === publicOrigin;
  return request.headers['sec-fetch-site'] === 'same-origin';
}
