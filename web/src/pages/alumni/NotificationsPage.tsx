import { useState } from 'react';
import { notificationPreferences, NotificationPreferences, saveNotificationPreferences } from '../../api/people';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { Toggle } from '../../components/Toggle';
import { useApiData } from '../../components/useApiData';
import { useT } from '../../i18n/i18n';

export default function NotificationsPage() {
  const t = useT('alumni');
  const { data, error, loading, setData } = useApiData(notificationPreferences);
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');

  async function change(changed: Partial<NotificationPreferences>) {
    if (!data) return;
    const next = { ...data, ...changed };
    setData(next);
    setStatus((await saveNotificationPreferences(next)) ? 'saved' : 'failed');
  }

  return (
    <section>
      <PageTitle>{t('notifications.title')}</PageTitle>
      <p>{t('notifications.intro')}</p>
      {loading && !data && <Loading />}
      {error && !loading && <ErrorNotice message={t('notifications.unavailable')} />}
      {data && (
        <fieldset className="switches">
          <legend>{t('notifications.legend')}</legend>
          <Toggle
            label={t('notifications.contactRequests')}
            checked={data.contactRequests}
            onChange={(v) => change({ contactRequests: v })}
          />
          <Toggle label={t('notifications.reconfirmation')} checked={data.reconfirmation} onChange={(v) => change({ reconfirmation: v })} />
          <label htmlFor="mail-locale">{t('notifications.locale')}</label>
          <select id="mail-locale" value={data.locale ?? ''} onChange={(e) => change({ locale: e.target.value as 'fr' | 'en' })}>
            {!data.locale && <option value="">—</option>}
            <option value="fr" lang="fr">
              Français
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </fieldset>
      )}
      <p role="status">{status === 'saved' && t('notifications.saved')}</p>
      {status === 'failed' && <ErrorNotice />}
    </section>
  );
}
