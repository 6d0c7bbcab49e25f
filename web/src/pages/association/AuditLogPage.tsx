import { ReactNode, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { useApiData } from '../../components/useApiData';
import { formatDate, Translate, useLocale, useT } from '../../i18n/i18n';
import { useAssociation } from './AssociationContext';

const PAGE_SIZE = 25;

/**
 * The API records an action as its route (`PATCH /v1/associations/:id`); people read what was
 * done. A route without a sentence yet (a new one) is shown as recorded.
 */
function actionLabel(t: Translate, action: string): ReactNode {
  const key = `audit.do.${action}`;
  const label = t(key);
  return label === key ? <code>{action}</code> : label;
}

/**
 * Who (which member or API key) made each write on the association, newest first, one page of
 * the API's cursor list at a time. The API refuses it without audit:read (owners only).
 */
export default function AuditLogPage() {
  const t = useT('association');
  // The cursors of the pages before this one, so "Newer" goes back without the API going backwards.
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const [turned, setTurned] = useState(false);
  const cursor = cursors[cursors.length - 1];
  return (
    <section>
      <PageTitle>{t('audit.title')}</PageTitle>
      <p className="lead">{t('audit.intro')}</p>
      {/* One component per page of the list: a page never shows the rows of the one before while loading. */}
      <AuditLogPart
        key={cursor ?? 'first'}
        cursor={cursor}
        pageNumber={cursors.length}
        focusOnLoad={turned}
        onNewer={
          cursors.length > 1
            ? () => {
                setTurned(true);
                setCursors(cursors.slice(0, -1));
              }
            : undefined
        }
        onOlder={(next) => {
          setTurned(true);
          setCursors([...cursors, next]);
        }}
      />
    </section>
  );
}

function AuditLogPart({
  cursor,
  pageNumber,
  focusOnLoad,
  onNewer,
  onOlder,
}: {
  cursor?: string;
  pageNumber: number;
  focusOnLoad: boolean;
  onNewer?: () => void;
  onOlder(next: string): void;
}) {
  const t = useT('association');
  const { locale } = useLocale();
  const { associationId } = useAssociation();
  const log = useApiData(async () => {
    const { data, response } = await api.GET('/v1/associations/{id}/audit-log', {
      params: { path: { id: associationId }, query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
    });
    return data ?? (response.status === 403 ? { data: [], nextCursor: null, forbidden: true } : undefined);
  });
  // The page buttons are replaced with the page: keyboard focus goes to the new rows.
  const rows = useRef<HTMLDivElement>(null);
  const loaded = log.data !== null;
  useEffect(() => {
    if (loaded && focusOnLoad) rows.current?.focus();
  }, [loaded, focusOnLoad]);
  if (log.error) return <ErrorNotice />;
  if (!log.data) return <Loading />;
  if ('forbidden' in log.data) return <p className="notice">{t('audit.forbidden')}</p>;
  const { data: entries, nextCursor } = log.data;
  return (
    <>
      {entries.length === 0 && <p className="muted">{t('audit.empty')}</p>}
      {entries.length > 0 && (
        <div className="table-wrap" ref={rows} tabIndex={-1}>
          <table className="stack titled" data-testid="audit-log" aria-busy={log.loading}>
            <caption className="visually-hidden">{t('audit.caption', { page: pageNumber })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.target')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td data-label={t('audit.at')}>{formatDate(locale, e.at)}</td>
                  <td data-label={t('audit.actor')}>
                    <span>
                      {e.actor.label}
                      <br />
                      <span className="muted">{t(`audit.kind.${e.actor.kind}`)}</span>
                    </span>
                  </td>
                  <td data-label={t('audit.action')}>{actionLabel(t, e.action)}</td>
                  <td data-label={t('audit.target')}>{e.target ? <code>{e.target}</code> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(onNewer || nextCursor) && (
        <nav className="actions pager" aria-label={t('audit.pages')}>
          <button type="button" className="button-secondary" disabled={!onNewer} onClick={onNewer}>
            {t('audit.newer')}
          </button>
          <span className="muted">{t('audit.page', { page: pageNumber })}</span>
          <button type="button" className="button-secondary" disabled={!nextCursor} onClick={() => nextCursor && onOlder(nextCursor)}>
            {t('audit.older')}
          </button>
        </nav>
      )}
    </>
  );
}
