import type { ConsentTerms } from '../../api/people';
import { useT } from '../../i18n/i18n';

export function ConsentTermsText({ terms }: { terms: ConsentTerms }) {
  const t = useT('alumni');
  return (
    <figure className="terms">
      <figcaption>{t('consent.termsVersion', { version: terms.version })}</figcaption>
      <blockquote lang={terms.locale}>{terms.text}</blockquote>
    </figure>
  );
}
