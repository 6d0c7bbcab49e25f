import type { ConsentTerms } from '../../api/people';
import { useT } from '../../i18n/i18n';

/** Used only while GET /v1/me/consent-terms is not served: the server's current version. */
export const FALLBACK_TERMS_VERSION = '2026-01';

export function ConsentTermsText({ terms }: { terms: ConsentTerms }) {
  const t = useT('alumni');
  return (
    <figure className="terms">
      <figcaption>{t('consent.termsVersion', { version: terms.version })}</figcaption>
      <blockquote>{terms.text}</blockquote>
    </figure>
  );
}
