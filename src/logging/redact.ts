/**
 * Last line of defence for "no secret or personal data in logs": every line passes through `redactSecrets`
 * before it is written, whatever code produced it. API keys, session and magic-link tokens all
 * carry a `pas_` prefix so they can be recognised here; emails and phone numbers are masked too.
 */
const TOKEN = /\bpas_(adm|asc|rec)_([a-z0-9]{16})_[A-Za-z0-9_-]+/g;
const OPAQUE_TOKEN = /\bpas_(ses|mlk)_[A-Za-z0-9_-]+/g;
const BEARER = /(bearer\s+)[^\s",}]+/gi;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const PHONE = /\+\d[\d .()-]{7,}\d/g;
const STRIPE_SECRET = /\b(sk|rk|whsec)_(test_|live_)?[A-Za-z0-9]+/g;

export function redactSecrets(line: string): string {
  return line
    .replace(TOKEN, 'pas_$1_$2_[redacted]')
    .replace(OPAQUE_TOKEN, 'pas_$1_[redacted]')
    .replace(BEARER, '$1[redacted]')
    .replace(STRIPE_SECRET, '$1_[redacted]')
    .replace(EMAIL, '[email]')
    .replace(PHONE, '[phone]');
}
