import { createHash } from 'node:crypto';

/**
 * The consent texts an alumnus can agree to through self-service. Each event stores the version
 * and the SHA-256 of the exact text, so what was shown can be proven later. A new text is a new
 * version: never edit a published one (its hash would no longer match the recorded events).
 */
export const CONSENT_TERMS: Readonly<Record<string, string>> = {
  '2026-01':
    'I agree that my alumni association shares my professional profile on Passerelle. ' +
    '"Searchable": an anonymised preview (no name, email, phone, company, LinkedIn or bio) appears in recruiter searches. ' +
    '"Unlockable": recruiters may pay to see my identity and professional fields (never my email or phone). ' +
    '"Contactable": recruiters may send me contact requests; my email is shared only if I accept. ' +
    'I can change or withdraw each choice at any time; without reconfirmation my consent lapses after 24 months.',
};

export const CURRENT_TERMS_VERSION = '2026-01';

export function termsTextHash(version: string): string | undefined {
  const text = CONSENT_TERMS[version];
  return text === undefined ? undefined : createHash('sha256').update(text, 'utf8').digest('hex');
}
