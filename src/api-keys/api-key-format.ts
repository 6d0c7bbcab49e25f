import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { API_KEY_KINDS, ApiKeyKind } from '../auth/scopes';

/**
 * `pas_<kind>_<keyId>_<secret>`: a greppable prefix naming the principal kind, a 16-character
 * public key id and a secret of 32 random bytes in base64url (43 characters). The secret may
 * contain `_`, so parsing uses fixed positions rather than splitting.
 */
const KEY_PATTERN = /^pas_(adm|asc|rec)_([a-z0-9]{16})_([A-Za-z0-9_-]{43,128})$/;
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export interface ParsedApiKey {
  kind: ApiKeyKind;
  keyId: string;
  secret: string;
}

export interface GeneratedApiKey extends ParsedApiKey {
  token: string;
  secretHash: Buffer;
}

export function generateApiKey(kind: ApiKeyKind): GeneratedApiKey {
  let keyId = '';
  for (let i = 0; i < 16; i++) keyId += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  const secret = randomBytes(32).toString('base64url');
  return { kind, keyId, secret, token: `pas_${kind}_${keyId}_${secret}`, secretHash: hashSecret(secret) };
}

export function parseApiKey(token: string): ParsedApiKey | null {
  const match = KEY_PATTERN.exec(token);
  if (!match || !(API_KEY_KINDS as readonly string[]).includes(match[1])) return null;
  return { kind: match[1] as ApiKeyKind, keyId: match[2], secret: match[3] };
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

const DUMMY_HASH = hashSecret('passerelle-dummy-secret');

/**
 * Constant-time comparison of a presented secret with the stored hash. When no key was found the
 * comparison still runs against a dummy hash, so timing does not reveal whether a key id exists.
 */
export function secretMatches(secret: string, storedHash: Buffer | undefined): boolean {
  const presented = hashSecret(secret);
  const expected = storedHash && storedHash.length === presented.length ? storedHash : DUMMY_HASH;
  return timingSafeEqual(presented, expected) && storedHash !== undefined;
}
