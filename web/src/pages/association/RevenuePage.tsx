import { lazy, Suspense, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { useApiData } from '../../components/useApiData';
import { useLocale, useT } from '../../i18n/i18n';
import { useAssociation } from './AssociationContext';
import { change, count, day, money } from './format';
import { Column, SortableTable } from './SortableTable';

const RevenueChart = lazy(() => import('./RevenueChart'));

type Report = components['schemas']['RevenueReportDto'];
type Row = components['schemas']['RevenueRowDto'];
type GroupBy = 'org' | 'program' | 'graduationYear';
const GRANULARITIES = ['day', 'week', 'month'] as const;
/** Rows shown per table before "Show all": a year of months, the largest groups first. */
const COLLAPSE_AFTER = 12;

/** The period and grouping live in the URL (?from=&to=&granularity=), so a view can be shared and reloaded. */
function usePeriod() {
  const [params, setParams] = useSearchParams();
  const granularity = (GRANULARITIES as readonly string[]).includes(params.get('granularity') ?? '')
    ? (params.get('granularity') as (typeof GRANULARITIES)[number])
    : 'month';
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const query = { granularity, ...(from && to ? { from, to } : {}) };
  return { query, setParams };
}

export default function RevenuePage() {
  const t = useT('association');
  const { locale } = useLocale();
  const { associationId, associationName } = useAssociation();
  const { query, setParams } = usePeriod();
  const key = JSON.stringify(query);
  const path = { id: associationId };
  // One call per widget: the chart with the totals and comparison, then one per breakdown table.
  const bySource = useApiData(
    async () => (await api.GET('/v1/associations/{id}/revenue', { params: { path, query: { ...query, groupBy: 'source' } } })).data,
    [key],
  );
  const byOrg = useApiData(
    async () =>
      (await api.GET('/v1/associations/{id}/revenue', { params: { path, query: { ...query, groupBy: 'org', compare: 'none' } } })).data,
    [key],
  );
  const byProgram = useApiData(
    async () =>
      (await api.GET('/v1/associations/{id}/revenue', { params: { path, query: { ...query, groupBy: 'program', compare: 'none' } } })).data,
    [key],
  );
  const byYear = useApiData(
    async () =>
      (
        await api.GET('/v1/associations/{id}/revenue', {
          params: { path, query: { ...query, groupBy: 'graduationYear', compare: 'none' } },
        })
      ).data,
    [key],
  );
  const report = bySource.data;
  const csvQuery = new URLSearchParams({ ...query, format: 'csv', ...(report ? { from: report.from, to: report.to } : {}) }).toString();

  return (
    <section>
      <PageTitle>{t('revenue.title')}</PageTitle>
      <p className="lead">{t('revenue.intro', { name: associationName })}</p>
      <PeriodForm
        key={report ? `${report.from}-${report.to}-${report.granularity}` : 'loading'}
        from={report?.from ?? ''}
        to={report?.to ?? ''}
        granularity={query.granularity}
        timeZone={report?.timeZone}
        onApply={(next) => setParams(next)}
        onReset={() => setParams({})}
      />
      {bySource.error && <ErrorNotice />}
      {!report && !bySource.error && <Loading />}
      {report && (
        <>
          <Totals report={report} />
          <h2>{t('revenue.overTime')}</h2>
          <SeriesView report={report} />
          <p>
            <a
              className="button button-secondary"
              href={`/v1/associations/${associationId}/revenue?${csvQuery}`}
              download
              data-testid="csv-download"
            >
              {t('revenue.downloadCsv')}
            </a>
          </p>
        </>
      )}
      <Breakdown title={t('revenue.byOrg')} state={byOrg} groupBy="org" />
      <Breakdown title={t('revenue.byProgram')} state={byProgram} groupBy="program" />
      <Breakdown title={t('revenue.byYear')} state={byYear} groupBy="graduationYear" />
    </section>
  );
}

function PeriodForm(props: {
  from: string;
  to: string;
  granularity: string;
  timeZone?: string;
  onApply(params: Record<string, string>): void;
  onReset(): void;
}) {
  const t = useT('association');
  const [from, setFrom] = useState(props.from);
  const [to, setTo] = useState(props.to);
  const [granularity, setGranularity] = useState(props.granularity);
  return (
    <form
      className="inline-form period-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onApply({ ...(from && to ? { from, to } : {}), granularity });
      }}
    >
      <label>
        {t('revenue.from')}
        <input type="date" name="from" value={from} onChange={(e) => setFrom(e.target.value)} required />
      </label>
      <label>
        {t('revenue.to')}
        <input type="date" name="to" value={to} onChange={(e) => setTo(e.target.value)} required />
      </label>
      <label>
        {t('revenue.granularity')}
        <select name="granularity" value={granularity} onChange={(e) => setGranularity(e.target.value)}>
          {GRANULARITIES.map((g) => (
            <option key={g} value={g}>
              {t(`revenue.granularity.${g}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('revenue.apply')}</button>
      <button type="button" className="button-secondary" onClick={props.onReset}>
        {t('revenue.reset')}
      </button>
      {props.timeZone && <p className="hint">{t('revenue.timeZone', { zone: props.timeZone })}</p>}
    </form>
  );
}

function Totals({ report }: { report: Report }) {
  const t = useT('association');
  const { locale } = useLocale();
  if (report.totals.length === 0) return <p className="muted">{t('revenue.empty')}</p>;
  return (
    <div className="cards" data-testid="revenue-totals">
      {report.totals.map((total) => {
        const before = report.comparison?.totals.find((x) => x.currency === total.currency);
        const delta = before ? change(locale, total.associationShare, before.associationShare) : null;
        return (
          <dl key={total.currency} className="card totals">
            <div>
              <dt>{t('revenue.associationShare')}</dt>
              <dd data-testid={`share-${total.currency}`}>{money(locale, total.associationShare, total.currency)}</dd>
            </div>
            <div>
              <dt>{t('revenue.platformFee')}</dt>
              <dd>{money(locale, total.platformShare, total.currency)}</dd>
            </div>
            <div>
              <dt>{t('revenue.gross')}</dt>
              <dd data-testid={`gross-${total.currency}`}>{money(locale, total.gross, total.currency)}</dd>
            </div>
            <div>
              <dt>{t('revenue.activity')}</dt>
              <dd>
                {t('revenue.activityCounts', { unlocks: count(locale, total.unlocks), contacts: count(locale, total.acceptedContacts) })}
              </dd>
            </div>
            {report.comparison && (
              <div>
                <dt>{t('revenue.comparedWith', { from: day(locale, report.comparison.from), to: day(locale, report.comparison.to) })}</dt>
                <dd>
                  {before ? money(locale, before.associationShare, total.currency) : money(locale, 0, total.currency)}
                  {delta && ` (${delta})`}
                </dd>
              </div>
            )}
          </dl>
        );
      })}
    </div>
  );
}

interface Point {
  period: string;
  currency: string;
  unlock: number;
  contact: number;
}

function SeriesView({ report }: { report: Report }) {
  const t = useT('association');
  const { locale } = useLocale();
  const points = useMemo(() => {
    const byPeriod = new Map<string, Point>();
    for (const row of report.rows) {
      const id = `${row.period}|${row.currency}`;
      const p = byPeriod.get(id) ?? { period: row.period, currency: row.currency, unlock: 0, contact: 0 };
      if (row.group === 'contact') p.contact += row.associationShare;
      else p.unlock += row.associationShare;
      byPeriod.set(id, p);
    }
    return [...byPeriod.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
  }, [report]);
  const currencies = [...new Set(points.map((p) => p.currency))];
  const labels = useMemo(
    () => ({
      period: t('revenue.period'),
      unlock: t('revenue.source.unlock'),
      contact: t('revenue.source.contact'),
      summary: t('revenue.chartSummary'),
    }),
    [t],
  );
  const month = report.granularity === 'month';
  const columns: Column<Point>[] = [
    { key: 'period', label: t('revenue.period'), value: (p) => p.period, render: (p) => day(locale, p.period, month) },
    {
      key: 'unlock',
      label: t('revenue.source.unlock'),
      numeric: true,
      value: (p) => p.unlock,
      render: (p) => money(locale, p.unlock, p.currency),
    },
    {
      key: 'contact',
      label: t('revenue.source.contact'),
      numeric: true,
      value: (p) => p.contact,
      render: (p) => money(locale, p.contact, p.currency),
    },
    {
      key: 'total',
      label: t('revenue.associationShare'),
      numeric: true,
      value: (p) => p.unlock + p.contact,
      render: (p) => money(locale, p.unlock + p.contact, p.currency),
    },
  ];
  return (
    <>
      {currencies.map((currency) => (
        <Suspense key={currency} fallback={<Loading />}>
          <RevenueChart
            points={points.filter((p) => p.currency === currency)}
            currency={currency}
            locale={locale}
            granularity={report.granularity}
            labels={labels}
          />
        </Suspense>
      ))}
      <SortableTable
        caption={t('revenue.seriesTable')}
        columns={columns}
        rows={points}
        rowKey={(p) => `${p.period}|${p.currency}`}
        testId="series-table"
        // Newest first: the collapsed table shows the latest periods.
        initialSort={{ key: 'period', descending: true }}
        collapseAfter={COLLAPSE_AFTER}
      />
    </>
  );
}

interface GroupRow {
  group: string;
  label: string;
  currency: string;
  gross: number;
  associationShare: number;
  unlocks: number;
  acceptedContacts: number;
}

function Breakdown({ title, state, groupBy }: { title: string; state: { data: Report | null; error: boolean }; groupBy: GroupBy }) {
  const t = useT('association');
  const { locale } = useLocale();
  const rows = useMemo(() => {
    const groups = new Map<string, GroupRow>();
    for (const r of (state.data?.rows ?? []) as Row[]) {
      const id = `${r.group ?? ''}|${r.currency}`;
      const g = groups.get(id) ?? {
        group: r.group ?? '',
        label: r.groupLabel || r.group || t('revenue.unknown'),
        currency: r.currency,
        gross: 0,
        associationShare: 0,
        unlocks: 0,
        acceptedContacts: 0,
      };
      g.gross += r.gross;
      g.associationShare += r.associationShare;
      g.unlocks += r.unlocks;
      g.acceptedContacts += r.acceptedContacts;
      groups.set(id, g);
    }
    return [...groups.values()];
  }, [state.data, t]);
  const columns: Column<GroupRow>[] = [
    { key: 'label', label: t(`revenue.group.${groupBy}`), value: (g) => g.label },
    {
      key: 'share',
      label: t('revenue.associationShare'),
      numeric: true,
      value: (g) => g.associationShare,
      render: (g) => money(locale, g.associationShare, g.currency),
    },
    { key: 'gross', label: t('revenue.gross'), numeric: true, value: (g) => g.gross, render: (g) => money(locale, g.gross, g.currency) },
    { key: 'unlocks', label: t('revenue.unlocks'), numeric: true, value: (g) => g.unlocks, render: (g) => count(locale, g.unlocks) },
    {
      key: 'contacts',
      label: t('revenue.contacts'),
      numeric: true,
      value: (g) => g.acceptedContacts,
      render: (g) => count(locale, g.acceptedContacts),
    },
  ];
  return (
    <>
      <h2>{title}</h2>
      {state.error && <ErrorNotice />}
      {!state.data && !state.error && <Loading />}
      {state.data && rows.length === 0 && <p className="muted">{t('revenue.empty')}</p>}
      {rows.length > 0 && (
        <SortableTable
          caption={title}
          columns={columns}
          rows={rows}
          rowKey={(g) => `${g.group}|${g.currency}`}
          initialSort={{ key: 'share', descending: true }}
          testId={`breakdown-${groupBy}`}
          hideCaption
          collapseAfter={COLLAPSE_AFTER}
        />
      )}
    </>
  );
}
