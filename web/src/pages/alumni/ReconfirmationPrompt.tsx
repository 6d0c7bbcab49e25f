import { useState } from 'react';
import { api } from '../../api/client';
import { consentTerms } from '../../api/people';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDay, useLocale, useT } from '../../i18n/i18n';
import { lapseDate, needsReconfirmation } from './consent-rules';
import { useMe } from './MeContext';

/** Shown while consent is about to lapse (or has lapsed): one button keeps the same choices. */
export function ReconfirmationPrompt() {
  const t = useT('alumni');
  const { locale } = useLocale();
  const { me, reload } = useMe();
  const [failed, setFailed] = useState(false);
  if (!needsReconfirmation(me)) return null;
  const lapse = lapseDate(me);

  async function reconfirm() {
    const terms = await consentTerms(locale).catch(() => null);
    if (!terms) return setFailed(true);
    const { consent } = me;
    const { response } = await api.PUT('/v1/me/consent', {
      body: {
        searchable: consent.searchable,
        unlockable: consent.unlockable,
        contactable: consent.contactable,
        termsVersion: terms.version,
      },
    });
    if (!response.ok) return setFailed(true);
    await reload();
  }

  return (
    <aside className="notice notice-warning" aria-labelledby="reconfirm-title">
      <h2 id="reconfirm-title">{t('reconfirm.title')}</h2>
      <p>{me.consent.lapsed ? t('reconfirm.lapsed') : t('reconfirm.soon', { date: formatDay(locale, lapse?.toISOString()) })}</p>
      <button type="button" onClick={reconfirm}>
        {t('reconfirm.button')}
      </button>
      {failed && <ErrorNotice />}
    </aside>
  );
}
