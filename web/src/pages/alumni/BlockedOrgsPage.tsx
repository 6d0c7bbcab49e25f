import { FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { findOrganisations, Organisation } from '../../api/people';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageTitle } from '../../components/PageTitle';
import { useApiData } from '../../components/useApiData';
import { formatDate, useLocale, useT } from '../../i18n/i18n';

/** Blocks are made by organisation name or email domain, never by typing an id. */
export default function BlockedOrgsPage() {
  const t = useT('alumni');
  const { locale } = useLocale();
  const blocked = useApiData(async () => (await api.GET('/v1/me/blocked-orgs', { params: { query: { limit: 100 } } })).data);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Organisation[] | null>(null);
  const [failed, setFailed] = useState(false);

  async function search(event: FormEvent) {
    event.preventDefault();
    setFailed(false);
    const found = await findOrganisations(query.trim());
    if (found === null) setFailed(true);
    setResults(found ?? []);
  }

  async function block(orgId: string) {
    const { response } = await api.POST('/v1/me/blocked-orgs/{orgId}', { params: { path: { orgId } } });
    if (!response.ok) return setFailed(true);
    setResults(null);
    setQuery('');
    await blocked.reload();
  }

  async function unblock(orgId: string) {
    const { response } = await api.DELETE('/v1/me/blocked-orgs/{orgId}', { params: { path: { orgId } } });
    if (!response.ok) return setFailed(true);
    await blocked.reload();
  }

  const blockedIds = new Set(blocked.data?.data.map((b) => b.orgId));
  return (
    <section>
      <PageTitle>{t('blocked.title')}</PageTitle>
      <p>{t('blocked.intro')}</p>
      <form onSubmit={search} className="inline-form" role="search">
        <label htmlFor="org-query">{t('blocked.search')}</label>
        <input id="org-query" type="search" minLength={2} required value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="submit">{t('blocked.find')}</button>
      </form>
      {results && results.length === 0 && !failed && <p className="muted">{t('blocked.noMatch')}</p>}
      {results && results.length > 0 && (
        <ul className="list" aria-label={t('blocked.results')}>
          {results.map((org) => (
            <li key={org.id}>
              <span>
                {org.name}
                {org.domain && <span className="muted"> · {org.domain}</span>}
              </span>
              {blockedIds.has(org.id) ? (
                <span className="muted">{t('blocked.already')}</span>
              ) : (
                <button type="button" onClick={() => block(org.id)} aria-label={t('blocked.blockNamed', { name: org.name })}>
                  {t('blocked.block')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {failed && <ErrorNotice />}
      <h2>{t('blocked.current')}</h2>
      {blocked.data && blocked.data.data.length === 0 && <p className="muted">{t('blocked.none')}</p>}
      {blocked.data && blocked.data.data.length > 0 && (
        <ul className="list">
          {blocked.data.data.map((b) => (
            <li key={b.orgId}>
              <span>
                {b.orgName} <span className="muted">· {formatDate(locale, b.createdAt)}</span>
              </span>
              <button
                type="button"
                className="button-secondary"
                onClick={() => unblock(b.orgId)}
                aria-label={t('blocked.unblockNamed', { name: b.orgName })}
              >
                {t('blocked.unblock')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
