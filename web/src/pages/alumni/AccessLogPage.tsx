import { api } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { useApiData } from '../../components/useApiData';
import { formatDate, formatMoney, useLocale, useT } from '../../i18n/i18n';

export default function AccessLogPage() {
  const t = useT('alumni');
  const { locale } = useLocale();
  const { data, error } = useApiData(async () => (await api.GET('/v1/me/access-log', { params: { query: { limit: 100 } } })).data);
  return (
    <section>
      <PageTitle>{t('accessLog.title')}</PageTitle>
      <p>{t('accessLog.intro')}</p>
      {error && <ErrorNotice />}
      {!data && !error && <Loading />}
      {data && data.data.length === 0 && <p className="muted">{t('accessLog.empty')}</p>}
      {data && data.data.length > 0 && (
        <ul className="entries only-narrow">
          {data.data.map((entry) => (
            <li key={entry.id}>
              <strong>{entry.orgName}</strong>
              <span>{t(`accessLog.kind.${entry.kind}`)}</span>
              <span className="muted">{formatDate(locale, entry.createdAt)}</span>
              {entry.associationEarnedMinor != null && entry.associationEarnedCurrency && (
                <span>
                  {t('accessLog.earnedAmount', {
                    amount: formatMoney(locale, entry.associationEarnedMinor, entry.associationEarnedCurrency),
                  })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {data && data.data.length > 0 && (
        <div className="table-wrap only-wide">
          <table>
            <caption className="visually-hidden">{t('accessLog.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accessLog.when')}</th>
                <th scope="col">{t('accessLog.org')}</th>
                <th scope="col">{t('accessLog.what')}</th>
                <th scope="col">{t('accessLog.earned')}</th>
              </tr>
            </thead>
            <tbody>
              {data.data.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDate(locale, entry.createdAt)}</td>
                  <td>{entry.orgName}</td>
                  <td>{t(`accessLog.kind.${entry.kind}`)}</td>
                  <td>
                    {entry.associationEarnedMinor != null && entry.associationEarnedCurrency
                      ? formatMoney(locale, entry.associationEarnedMinor, entry.associationEarnedCurrency)
                      : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
