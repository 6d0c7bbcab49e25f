import { createHash } from 'node:crypto';

export type TermsLocale = 'en' | 'fr';

/**
 * The consent texts an alumnus can agree to through self-service. Each event stores the version
 * and the SHA-256 of the exact text, so what was shown can be proven later. A new text is a new
 * version, and so is a translation: never edit a published one (its hash would no longer match
 * the recorded events).
 */
export const CONSENT_TERMS: Readonly<Record<string, { locale: TermsLocale; text: string }>> = {
  '2026-01': {
    locale: 'en',
    text:
      'I agree that my alumni association shares my professional profile on Passerelle. ' +
      '"Searchable": an anonymised preview (no name, email, phone, company, LinkedIn or bio) appears in recruiter searches. ' +
      '"Unlockable": recruiters may pay to see my identity and professional fields (never my email or phone). ' +
      '"Contactable": recruiters may send me contact requests; my email is shared only if I accept. ' +
      'I can change or withdraw each choice at any time; without reconfirmation my consent lapses after 24 months.',
  },
  // The French text of 2026-01 (same purposes and rules); French typography puts a no-break space before : and ; and inside « ».
  '2026-01-fr': {
    locale: 'fr',
    text:
      'J’accepte que mon association d’anciens élèves partage mon profil professionnel sur Passerelle. ' +
      '«\u00a0Visible\u00a0»\u00a0: un aperçu anonymisé (sans nom, e-mail, téléphone, entreprise, LinkedIn ni bio) apparaît dans les recherches des recruteurs. ' +
      '«\u00a0Débloquable\u00a0»\u00a0: les recruteurs peuvent payer pour voir mon identité et mes informations professionnelles (jamais mon e-mail ni mon téléphone). ' +
      '«\u00a0Joignable\u00a0»\u00a0: les recruteurs peuvent m’envoyer des demandes de contact\u00a0; mon e-mail ne leur est communiqué que si j’accepte. ' +
      'Je peux modifier ou retirer chacun de ces choix à tout moment\u00a0; sans reconfirmation, mon consentement prend fin au bout de 24\u00a0mois.',
  },
};

/** The version shown to someone reading in each language; all of them are current. */
export const CURRENT_TERMS: Readonly<Record<TermsLocale, string>> = { en: '2026-01', fr: '2026-01-fr' };

export const CURRENT_TERMS_VERSION = CURRENT_TERMS.en;

export function termsTextHash(version: string): string | undefined {
  const terms = Object.hasOwn(CONSENT_TERMS, version) ? CONSENT_TERMS[version] : undefined;
  return terms === undefined ? undefined : createHash('sha256').update(terms.text, 'utf8').digest('hex');
}
