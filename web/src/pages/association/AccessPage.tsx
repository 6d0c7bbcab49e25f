import { useState } from 'react';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { useApiData } from '../../components/useApiData';
import { formatDate, useLocale, useT } from '../../i18n/i18n';
import { useAssociation, useCan } from './AssociationContext';
import { count } from './format';

const POLICIES = ['open', 'approval', 'closed'] as const;

export default function AccessPage() {
  const t = useT('association');
  const { locale } = useLocale();
  const { associationId } = useAssociation();
  const canWrite = useCan('association:write');
  const path = { id: associationId };
  const association = useApiData(async () => (await api.GET('/v1/associations/{id}', { params: { path } })).data);
  const requests = useApiData(
    async () =>
      (await api.GET('/v1/associations/{id}/access-requests', { params: { path, query: { status: 'pending', limit: 100 } } })).data,
  );
  const [q, setQ] = useState('');
  const [search, setSearch] = useState<string | undefined>(undefined);
  const orgs = useApiData(
    async () => (await api.GET('/v1/associations/{id}/recruiter-orgs', { params: { path, query: search ? { q: search } : {} } })).data,
    [search],
  );
  const [policy, setPolicy] = useState<string | null>(null);

  async function decide(requestId: string, decision: 'approve' | 'reject') {
    const route =
      decision === 'approve'
        ? '/v1/associations/{id}/access-requests/{requestId}/approve'
        : '/v1/associations/{id}/access-requests/{requestId}/reject';
    await api.POST(route, { params: { path: { id: associationId, requestId } } });
    void requests.reload();
    void orgs.reload();
  }
  async function setBlocked(orgId: string, blocked: boolean) {
    if (blocked) await api.POST('/v1/associations/{id}/blocked-orgs', { params: { path }, body: { orgId } });
    else await api.DELETE('/v1/associations/{id}/blocked-orgs/{orgId}', { params: { path: { id: associationId, orgId } } });
    void orgs.reload();
  }

  return (
    <section>
      <PageTitle>{t('access.title')}</PageTitle>
      {association.data && (
        <form
          className="inline-form card"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!policy) return;
            const { data } = await api.PATCH('/v1/associations/{id}', { params: { path }, body: { recruiterAccess: policy } as never });
            if (data) association.setData(data);
          }}
        >
          <label>
            {t('access.policy')}
            <select value={policy ?? association.data.recruiterAccess} onChange={(e) => setPolicy(e.target.value)} disabled={!canWrite}>
              {POLICIES.map((p) => (
                <option key={p} value={p}>
                  {t(`access.policy.${p}`)}
                </option>
              ))}
            </select>
          </label>
          {canWrite && <button type="submit">{t('access.save')}</button>}
        </form>
      )}

      <h2>{t('access.pending')}</h2>
      {requests.error && <ErrorNotice />}
      {!requests.data && !requests.error && <Loading />}
      {requests.data && requests.data.data.length === 0 && <p className="muted">{t('access.noPending')}</p>}
      {requests.data && requests.data.data.length > 0 && (
        <ul className="list" data-testid="access-requests">
          {requests.data.data.map((r) => (
            <li key={r.id}>
              <strong>{r.orgName}</strong> · {formatDate(locale, r.createdAt)}
              {r.message && <p>{r.message}</p>}
              <div className="actions">
                <button type="button" onClick={() => decide(r.id, 'approve')}>
                  {t('access.approve', { org: r.orgName })}
                </button>
                <button type="button" className="button-secondary" onClick={() => decide(r.id, 'reject')}>
                  {t('access.reject', { org: r.orgName })}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      <h2>{t('access.orgs')}</h2>
      <form
        role="search"
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch(q.trim() || undefined);
        }}
      >
        <label>
          {t('access.search')}
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} maxLength={100} />
        </label>
        <button type="submit">{t('access.find')}</button>
      </form>
      {orgs.error && <ErrorNotice />}
      {orgs.data && orgs.data.data.length === 0 && <p className="muted">{t('access.noOrgs')}</p>}
      {orgs.data && orgs.data.data.length > 0 && (
        <div className="table-wrap">
          <table className="stack titled" data-testid="recruiter-orgs">
            <caption className="visually-hidden">{t('access.orgs')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('access.org')}</th>
                <th scope="col" className="num">
                  {t('access.unlocked')}
                </th>
                <th scope="col" className="num">
                  {t('access.contacted')}
                </th>
                <th scope="col">{t('access.request')}</th>
                <th scope="col">{t('access.blocked')}</th>
              </tr>
            </thead>
            <tbody>
              {orgs.data.data.map((o) => (
                <tr key={o.orgId}>
                  <td data-label={t('access.org')}>
                    <span>
                      {o.name}
                      <br />
                      <span className="muted">{o.emailDomain}</span>
                    </span>
                  </td>
                  <td className="num" data-label={t('access.unlocked')}>
                    {count(locale, o.unlockedAlumni)}
                  </td>
                  <td className="num" data-label={t('access.contacted')}>
                    {count(locale, o.contactedAlumni)}
                  </td>
                  <td data-label={t('access.request')}>{o.accessRequest ? t(`access.requestStatus.${o.accessRequest}`) : '—'}</td>
                  <td data-label={t('access.blocked')}>
                    <button
                      type="button"
                      className={o.blocked ? 'button-secondary' : 'button-danger'}
                      onClick={() => setBlocked(o.orgId, !o.blocked)}
                    >
                      {o.blocked ? t('access.unblock', { org: o.name }) : t('access.block', { org: o.name })}
                    </button>
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
