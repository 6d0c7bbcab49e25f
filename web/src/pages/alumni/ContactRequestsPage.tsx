import { useState } from 'react';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { useApiData } from '../../components/useApiData';
import { formatDate, formatDay, formatMoney, Locale, useLocale, useT } from '../../i18n/i18n';

type ContactRequest = components['schemas']['MyContactRequestDto'];

/** Salaries read better without cents (€60,000 rather than €60,000.00); cents are kept when there are some. */
function wholeMoney(locale: Locale, minor: number, currency: string): string {
  if (minor % 100 !== 0) return formatMoney(locale, minor, currency);
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'currency',
    currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(minor / 100);
}

function ContactRequestCard({ request, onDecided }: { request: ContactRequest; onDecided(): void }) {
  const t = useT('alumni');
  const { locale } = useLocale();
  const [failed, setFailed] = useState(false);
  const decide = async (decision: 'accept' | 'decline') => {
    const params = { path: { id: request.id } };
    const { response } =
      decision === 'accept'
        ? await api.POST('/v1/me/contact-requests/{id}/accept', { params })
        : await api.POST('/v1/me/contact-requests/{id}/decline', { params });
    if (!response.ok) return setFailed(true);
    onDecided();
  };
  const salary =
    request.currency && request.salaryMinMinor != null
      ? `${wholeMoney(locale, request.salaryMinMinor, request.currency)}${request.salaryMaxMinor != null ? ` – ${wholeMoney(locale, request.salaryMaxMinor, request.currency)}` : ''}`
      : null;
  const headingId = `request-${request.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('contact.heading', { job: request.jobTitle, org: request.orgName })}</h2>
      <p className="muted">
        {t(`contact.status.${request.status}`)} · {t('contact.received', { date: formatDate(locale, request.createdAt) })}
        {request.status === 'open' && ` · ${t('contact.expires', { date: formatDay(locale, request.expiresAt) })}`}
      </p>
      {salary && <p>{t('contact.salary', { salary })}</p>}
      <p className="message">{request.message}</p>
      {request.status === 'open' && (
        <p className="actions">
          <button type="button" onClick={() => decide('accept')} aria-describedby={headingId}>
            {t('contact.accept')}
          </button>
          <button type="button" className="button-secondary" onClick={() => decide('decline')} aria-describedby={headingId}>
            {t('contact.decline')}
          </button>
        </p>
      )}
      {request.status === 'open' && <p className="hint">{t('contact.acceptHint')}</p>}
      {failed && <ErrorNotice />}
    </article>
  );
}

export default function ContactRequestsPage() {
  const t = useT('alumni');
  const { data, error, reload } = useApiData(
    async () => (await api.GET('/v1/me/contact-requests', { params: { query: { limit: 100 } } })).data,
  );
  return (
    <section>
      <PageTitle>{t('contact.title')}</PageTitle>
      {error && <ErrorNotice />}
      {!data && !error && <Loading />}
      {data && data.data.length === 0 && <p className="muted">{t('contact.empty')}</p>}
      {data?.data.map((request) => (
        <ContactRequestCard key={request.id} request={request} onDecided={reload} />
      ))}
    </section>
  );
}
