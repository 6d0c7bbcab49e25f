import { useNavigate } from 'react-router';
import { listSessions, signOut, signOutEverywhere } from '../../api/people';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageTitle } from '../../components/PageTitle';
import { useApiData } from '../../components/useApiData';
import { formatDate, useLocale, useT } from '../../i18n/i18n';
import { deviceParts } from './device-name';

export default function SessionsPage() {
  const t = useT('alumni');
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { data, error, loading } = useApiData(listSessions);
  return (
    <section>
      <PageTitle>{t('sessions.title')}</PageTitle>
      <p>{t('sessions.intro')}</p>
      {error && !loading && <ErrorNotice message={t('sessions.unavailable')} />}
      {data && (
        <ul className="list">
          {data.map((s) => (
            <li key={s.id}>
              <span>
                {((parts) => (parts ? t('sessions.device', parts) : t('sessions.unknownDevice')))(deviceParts(s.userAgent))}
                {s.current && <strong> · {t('sessions.current')}</strong>}
                <br />
                <span className="muted">
                  {t('sessions.since', { date: formatDate(locale, s.createdAt) })} ·{' '}
                  {t('sessions.expires', { date: formatDate(locale, s.expiresAt) })}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="actions">
        <button
          type="button"
          onClick={async () => {
            await signOut();
            navigate('/');
          }}
        >
          {t('signOut')}
        </button>
        <button
          type="button"
          className="button-danger"
          onClick={async () => {
            await signOutEverywhere();
            navigate('/');
          }}
        >
          {t('sessions.everywhere')}
        </button>
      </p>
    </section>
  );
}
