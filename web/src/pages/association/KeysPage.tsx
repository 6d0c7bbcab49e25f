import { useState } from 'react';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { useApiData } from '../../components/useApiData';
import { formatDate, useLocale, useT } from '../../i18n/i18n';
import { useAssociation } from './AssociationContext';

/** API keys: create (the secret is shown once), list, revoke. Refused by the API without keys:manage. */
export default function KeysPage() {
  const t = useT('association');
  const { locale } = useLocale();
  const { associationId } = useAssociation();
  const path = { id: associationId };
  const keys = useApiData(async () => {
    const { data, response } = await api.GET('/v1/associations/{id}/api-keys', { params: { path, query: { limit: 100 } } });
    return data ?? (response.status === 403 ? { data: [], nextCursor: null, forbidden: true } : undefined);
  });
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);

  async function create() {
    setRefused(false);
    setSecret(null);
    const { data, response } = await api.POST('/v1/associations/{id}/api-keys', { params: { path }, body: { name } });
    if (data) {
      setSecret(data.secret);
      setName('');
      void keys.reload();
    } else if (response.status === 403) setRefused(true);
  }
  const forbidden = keys.data && 'forbidden' in keys.data;
  return (
    <section>
      <PageTitle>{t('keys.title')}</PageTitle>
      <form
        className="inline-form card"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label>
          {t('keys.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
        </label>
        <button type="submit">{t('keys.create')}</button>
      </form>
      {refused && <ErrorNotice message={t('keys.refused')} />}
      {secret && (
        <div className="notice" role="status" data-testid="new-key">
          <p>{t('keys.showOnce')}</p>
          <code>{secret}</code>
        </div>
      )}
      {keys.error && <ErrorNotice />}
      {!keys.data && !keys.error && <Loading />}
      {forbidden && <p className="muted">{t('keys.forbidden')}</p>}
      {keys.data && !forbidden && (
        <div className="table-wrap">
          <table className="stack titled" data-testid="api-keys">
            <caption className="visually-hidden">{t('keys.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('keys.name')}</th>
                <th scope="col">{t('keys.scopes')}</th>
                <th scope="col">{t('keys.lastUsed')}</th>
                <th scope="col">{t('keys.state')}</th>
              </tr>
            </thead>
            <tbody>
              {keys.data.data.map((k) => (
                <tr key={k.id}>
                  <td data-label={t('keys.name')}>{k.name}</td>
                  <td data-label={t('keys.scopes')}>{k.scopes.join(', ')}</td>
                  <td data-label={t('keys.lastUsed')}>{k.lastUsedAt ? formatDate(locale, k.lastUsedAt) : '—'}</td>
                  <td data-label={t('keys.state')}>
                    {k.revokedAt ? (
                      t('keys.revoked')
                    ) : (
                      <button
                        type="button"
                        className="button-danger"
                        onClick={async () => {
                          await api.DELETE('/v1/api-keys/{keyId}', { params: { path: { keyId: k.id } } });
                          void keys.reload();
                        }}
                      >
                        {t('keys.revoke', { name: k.name })}
                      </button>
                    )}
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
