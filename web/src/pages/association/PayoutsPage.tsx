import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { useApiData } from '../../components/useApiData';
import { formatDate, useLocale, useT } from '../../i18n/i18n';
import { useAssociation, useCan } from './AssociationContext';
import { day, money } from './format';

export default function PayoutsPage() {
  const t = useT('association');
  const { locale } = useLocale();
  const { associationId } = useAssociation();
  const canManage = useCan('payouts:manage');
  const [params] = useSearchParams();
  const path = { id: associationId };
  const summary = useApiData(async () => (await api.GET('/v1/associations/{id}/payouts/summary', { params: { path } })).data);
  const list = useApiData(async () => (await api.GET('/v1/associations/{id}/payouts', { params: { path, query: { limit: 100 } } })).data);
  const [starting, setStarting] = useState(false);
  const [failed, setFailed] = useState(false);

  async function onboard() {
    setStarting(true);
    setFailed(false);
    const { data } = await api.POST('/v1/associations/{id}/connect/account-links', { params: { path } });
    if (data) location.assign(data.url);
    else {
      setFailed(true);
      setStarting(false);
    }
  }
  // Stripe sends the owner to the refresh URL when the link expired: ask for a fresh one.
  useEffect(() => {
    if (params.get('connect') === 'refresh' && canManage) void onboard();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const s = summary.data;
  return (
    <section>
      <PageTitle>{t('payouts.title')}</PageTitle>
      {params.get('connect') === 'return' && (
        <p className="notice" role="status">
          {t('payouts.returned')}
        </p>
      )}
      {summary.error && <ErrorNotice />}
      {!s && !summary.error && <Loading />}
      {s && (
        <>
          <div className="card" data-testid="connect-status">
            <h2>{t('payouts.connect')}</h2>
            <p>
              <strong>{t(`payouts.status.${s.connect.status}`)}</strong>
            </p>
            <p className="hint">{t(`payouts.statusHint.${s.connect.status}`)}</p>
            {canManage && s.connect.status !== 'enabled' && (
              <button type="button" onClick={onboard} disabled={starting} data-testid="connect-onboard">
                {s.connect.accountId ? t('payouts.resume') : t('payouts.start')}
              </button>
            )}
            {!canManage && s.connect.status !== 'enabled' && <p className="muted">{t('payouts.ownerOnly')}</p>}
            {failed && <ErrorNotice message={t('payouts.startFailed')} />}
          </div>
          <div className="cards">
            <Amounts title={t('payouts.payable')} amounts={s.payableBalance} testId="payable" />
            <Amounts
              title={t('payouts.accrued', { period: day(locale, `${s.currentPeriod}-01`, true) })}
              amounts={s.accruedThisPeriod}
              testId="accrued"
            />
            <Amounts title={t('payouts.paidOut')} amounts={s.paidOut} testId="paid-out" />
          </div>
          {s.upcoming.length > 0 && (
            <p data-testid="upcoming">
              {s.upcoming
                .map((u) =>
                  t('payouts.upcoming', { amount: money(locale, u.estimatedAmountMinor, u.currency), date: day(locale, u.payableFrom) }),
                )
                .join(' ')}
            </p>
          )}
        </>
      )}
      <h2>{t('payouts.history')}</h2>
      {list.error && <ErrorNotice />}
      {list.data && list.data.data.length === 0 && <p className="muted">{t('payouts.none')}</p>}
      {list.data && list.data.data.length > 0 && (
        <div className="table-wrap">
          <table className="stack titled" data-testid="payouts-table">
            <caption className="visually-hidden">{t('payouts.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('payouts.period')}</th>
                <th scope="col" className="num">
                  {t('payouts.amount')}
                </th>
                <th scope="col" className="num">
                  {t('payouts.reserve')}
                </th>
                <th scope="col">{t('payouts.state')}</th>
                <th scope="col">{t('payouts.paidAt')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.data.map((p) => (
                <tr key={p.id}>
                  <td data-label={t('payouts.period')}>{day(locale, `${p.period}-01`, true)}</td>
                  <td className="num" data-label={t('payouts.amount')}>
                    {money(locale, p.amountMinor, p.currency)}
                  </td>
                  <td className="num" data-label={t('payouts.reserve')}>
                    {money(locale, p.reserveMinor, p.currency)}
                  </td>
                  <td data-label={t('payouts.state')}>{t(`payouts.state.${p.status}`)}</td>
                  <td data-label={t('payouts.paidAt')}>{formatDate(locale, p.paidAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Amounts({ title, amounts, testId }: { title: string; amounts: Array<{ currency: string; amountMinor: number }>; testId: string }) {
  const { locale } = useLocale();
  return (
    <div className="card">
      <h3>{title}</h3>
      <p className="figure" data-testid={testId}>
        {amounts.length === 0 ? money(locale, 0, 'eur') : amounts.map((a) => money(locale, a.amountMinor, a.currency)).join(' · ')}
      </p>
    </div>
  );
}
