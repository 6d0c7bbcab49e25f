import { useState } from 'react';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { useApiData } from '../../components/useApiData';
import { formatDate, useLocale, useT } from '../../i18n/i18n';
import { useAssociation, useCan } from './AssociationContext';
import { count } from './format';

type ImportResult = components['schemas']['ImportResultDto'];
const FIGURES = [
  'total',
  'searchable',
  'unlockable',
  'contactable',
  'lapsingIn30Days',
  'lapsed',
  'neverAnswered',
  'neverInvited',
  'withoutEmail',
] as const;
const SEGMENTS = ['never_answered', 'never_invited', 'lapsing', 'lapsed'] as const;

export default function AlumniPage() {
  const t = useT('association');
  const { locale } = useLocale();
  const { associationId } = useAssociation();
  const canWrite = useCan('alumni:write');
  const path = { id: associationId };
  const health = useApiData(async () => (await api.GET('/v1/associations/{id}/consent-health', { params: { path } })).data);
  return (
    <section>
      <PageTitle>{t('alumni.title')}</PageTitle>
      {health.error && <ErrorNotice />}
      {!health.data && !health.error && <Loading />}
      {health.data && (
        <dl className="cards figures" data-testid="consent-health">
          {FIGURES.map((f) => (
            <div key={f} className="card">
              <dt>{t(`alumni.figure.${f}`)}</dt>
              <dd className="figure">{count(locale, health.data![f])}</dd>
            </div>
          ))}
        </dl>
      )}
      {health.data && <p className="hint">{t('alumni.lapseRule', { months: health.data.lapseMonths })}</p>}
      {canWrite && <ImportForm onDone={health.reload} />}
      <Invitations canWrite={canWrite} onSent={health.reload} />
    </section>
  );
}

function ImportForm({ onDone }: { onDone(): void }) {
  const t = useT('association');
  const { associationId } = useAssociation();
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function upload(file: File) {
    setBusy(true);
    setFailed(null);
    setResult(null);
    const text = await file.text();
    const csv = /\.csv$/i.test(file.name) || file.type === 'text/csv';
    let body: unknown = text;
    if (!csv) {
      try {
        body = JSON.parse(text);
      } catch {
        setFailed(t('alumni.import.badJson'));
        setBusy(false);
        return;
      }
    }
    const { data, error } = await api.POST('/v1/associations/{id}/alumni/import', {
      params: { path: { id: associationId } },
      body: body as never,
      ...(csv ? { headers: { 'content-type': 'text/csv' }, bodySerializer: (b: unknown) => b as string } : {}),
    });
    setBusy(false);
    if (data) {
      setResult(data);
      onDone();
    } else setFailed((error as { detail?: string } | undefined)?.detail ?? t('alumni.import.failed'));
  }
  return (
    <div className="card">
      <h2>{t('alumni.import.title')}</h2>
      <p className="hint">{t('alumni.import.hint')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const file = (e.currentTarget.elements.namedItem('file') as HTMLInputElement).files?.[0];
          if (file) void upload(file);
        }}
      >
        <label>
          {t('alumni.import.file')}
          <input type="file" name="file" accept=".csv,.json,text/csv,application/json" required />
        </label>
        <button type="submit" disabled={busy}>
          {t('alumni.import.submit')}
        </button>
      </form>
      {failed && <ErrorNotice message={failed} />}
      {result && (
        <div role="status" data-testid="import-report">
          <p>
            {t('alumni.import.summary', {
              created: result.created,
              updated: result.updated,
              unchanged: result.unchanged,
              failed: result.failed.length,
            })}
          </p>
          {result.failed.length > 0 && (
            <div className="table-wrap">
              <table className="stack">
                <caption>{t('alumni.import.failedRows')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('alumni.import.row')}</th>
                    <th scope="col">{t('alumni.import.externalId')}</th>
                    <th scope="col">{t('alumni.import.reasons')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.failed.map((f) => (
                    <tr key={f.row}>
                      <td data-label={t('alumni.import.row')}>{f.row}</td>
                      <td data-label={t('alumni.import.externalId')}>{f.externalId ?? '—'}</td>
                      <td data-label={t('alumni.import.reasons')}>{f.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

function Invitations({ canWrite, onSent }: { canWrite: boolean; onSent(): void }) {
  const t = useT('association');
  const { locale } = useLocale();
  const { associationId } = useAssociation();
  const [segment, setSegment] = useState<(typeof SEGMENTS)[number]>('never_invited');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [sent, setSent] = useState<string | null>(null);
  const list = useApiData(
    async () =>
      (
        await api.GET('/v1/associations/{id}/consent-health/alumni', {
          params: { path: { id: associationId }, query: { segment, limit: 25 } },
        })
      ).data,
    [segment],
  );
  async function send() {
    const { data } = await api.POST('/v1/associations/{id}/alumni/invitations', {
      params: { path: { id: associationId } },
      body: { alumnusIds: [...selected] },
    });
    if (data) {
      setSent(t('alumni.invite.sent', { queued: data.queued, skipped: data.skipped.length }));
      setSelected(new Set());
      onSent();
      void list.reload();
    } else setSent(t('alumni.invite.failed'));
  }
  const rows = list.data?.data ?? [];
  return (
    <div className="card">
      <h2>{t('alumni.invite.title')}</h2>
      <label>
        {t('alumni.invite.segment')}
        <select
          value={segment}
          onChange={(e) => {
            setSegment(e.target.value as (typeof SEGMENTS)[number]);
            setSelected(new Set());
          }}
        >
          {SEGMENTS.map((s) => (
            <option key={s} value={s}>
              {t(`alumni.segment.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {list.error && <ErrorNotice />}
      {list.data && rows.length === 0 && <p className="muted">{t('alumni.invite.empty')}</p>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="stack with-head">
            <caption className="visually-hidden">{t(`alumni.segment.${segment}`)}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label={t('alumni.invite.selectAll')}
                    checked={selected.size === rows.length}
                    onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                  />
                </th>
                <th scope="col">{t('alumni.invite.name')}</th>
                <th scope="col">{t('alumni.invite.email')}</th>
                <th scope="col">{t('alumni.invite.lastInvited')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const name = [r.firstName, r.lastName].filter(Boolean).join(' ') || r.externalId || r.id;
                return (
                  <tr key={r.id}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('alumni.invite.select', { name })}
                        checked={selected.has(r.id)}
                        onChange={(e) => {
                          const next = new Set(selected);
                          if (e.target.checked) next.add(r.id);
                          else next.delete(r.id);
                          setSelected(next);
                        }}
                      />
                    </td>
                    <td data-label={t('alumni.invite.name')}>{name}</td>
                    <td data-label={t('alumni.invite.email')}>{r.email ?? '—'}</td>
                    <td data-label={t('alumni.invite.lastInvited')}>
                      {r.lastInvitedAt ? formatDate(locale, r.lastInvitedAt) : t('alumni.invite.never')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {canWrite && (
        <button type="button" disabled={selected.size === 0} onClick={send}>
          {t('alumni.invite.send', { n: selected.size })}
        </button>
      )}
      {sent && <p role="status">{sent}</p>}
    </div>
  );
}
