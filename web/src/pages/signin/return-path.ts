/**
 * Where to go after signing in. A page that needed a session sends the browser to
 * `/sign-in?next=<path>`; the link then arrives by mail, often in another tab, so the path is kept
 * in localStorage until the Continue page uses it. Only paths of this site are kept.
 */
const KEY = 'passerelle.next';

export function rememberReturnPath(next: string | null): void {
  try {
    if (next && /^\/(?!\/)[\w\-/]*$/.test(next)) localStorage.setItem(KEY, next);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage may be off; the default landing page is used.
  }
}

/** The remembered path if it belongs to the area the session opens (`/alumni`, `/association`, `/org`), else `fallback`. */
export function takeReturnPath(fallback: string): string {
  let next: string | null = null;
  try {
    next = localStorage.getItem(KEY);
    localStorage.removeItem(KEY);
  } catch {
    return fallback;
  }
  return next && (next === fallback || next.startsWith(`${fallback}/`)) ? next : fallback;
}
