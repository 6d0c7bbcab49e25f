import { Injectable, OnModuleInit } from '@nestjs/common';
import { addressableAssociationId } from '../auth/ownership';
import { Principal } from '../auth/principal';
import { DomainError, NotFoundError } from '../common/domain-error';
import { JobsService } from '../jobs/jobs.service';
import { AssociationRevenueQueryDto, RevenueQueryDto, RevenueReportDto, RevenueRowDto, RevenueTotalDto } from './dto/revenue.dto';
import { RevenueBucket, RevenueRepository } from './revenue.repository';

export const MAX_REPORT_DAYS = 400;

@Injectable()
export class RevenueService implements OnModuleInit {
  constructor(
    private readonly revenue: RevenueRepository,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    // Keeps the pending summary deltas few (reports read them too, so they stay exact without it).
    this.jobs.register({ name: 'revenue-summary-compaction', run: () => this.revenue.compactSummary() });
  }

  /**
   * An association's revenue, bucketed in its own time zone. Without from/to: the current local
   * month and the 12 before it, up to today. With compare=previous, also the totals of the period
   * just before (same number of months when the period starts on a first of month, else days).
   */
  async forAssociation(principal: Principal, id: string, query: AssociationRevenueQueryDto): Promise<RevenueReportDto> {
    const associationId = addressableAssociationId(principal, id);
    const association = await this.revenue.associationOf(associationId);
    if (!association) throw new NotFoundError('Association');
    const { timeZone } = association;
    const period = resolvePeriod(query, association.defaultFrom, association.today);
    const range = { ...period, granularity: query.granularity, timeZone };
    // The source split is not in the daily summary: it reads the association's revenue rows.
    const buckets =
      query.groupBy === 'source'
        ? await this.revenue.associationFromEntries(associationId, range, 'source')
        : await this.revenue.association(associationId, range, query.groupBy);
    const names = query.groupBy === 'org' ? await this.revenue.orgNames([...new Set(buckets.map((b) => b.group!))]) : undefined;
    // Breakage (credits that expired unspent) is platform revenue, never an association's: 0 here.
    const rows = buckets.map((b) => (names ? { ...b, breakage: 0, groupLabel: names.get(b.group!) ?? '' } : { ...b, breakage: 0 }));
    const result = report(associationId, association.slug, period, query.granularity, timeZone, query.groupBy ?? null, rows, false);
    if (query.compare === 'previous') {
      const previous = previousPeriod(period);
      if (previous.from >= MIN_REPORT_DATE) {
        const before = await this.revenue.association(associationId, { ...previous, granularity: 'month', timeZone });
        result.comparison = { ...previous, totals: totalsOf(before, false) };
      } else {
        result.comparison = null;
      }
    } else {
      result.comparison = null;
    }
    return result;
  }

  /** Everything, in UTC, with breakage and refund adjustments (platform admin). */
  async forPlatform(query: RevenueQueryDto): Promise<RevenueReportDto> {
    const today = new Date().toISOString().slice(0, 10);
    const period = resolvePeriod(query, addMonths(`${today.slice(0, 7)}-01`, -12), today);
    const rows = await this.revenue.platform({ ...period, granularity: query.granularity, timeZone: 'UTC' });
    return report(null, null, period, query.granularity, 'UTC', null, rows, true);
  }
}

const MIN_REPORT_DATE = '2000-01-01';
const MAX_REPORT_DATE = '2999-12-31';

/** The query's period, or the default one when it gives neither `from` nor `to`; validated. */
function resolvePeriod(query: RevenueQueryDto, defaultFrom: string, defaultTo: string): { from: string; to: string } {
  if (query.from === undefined && query.to === undefined) return { from: defaultFrom, to: defaultTo };
  const missing = query.from === undefined ? 'from' : query.to === undefined ? 'to' : null;
  if (missing) {
    throw new DomainError('validation_failed', `${missing} is required when the other end of the period is given`, {
      errors: [{ field: missing, message: 'required with the other end of the period' }],
    });
  }
  checkRange(query as { from: string; to: string });
  return { from: query.from!, to: query.to! };
}

/**
 * The period just before: whole months back when `from` is a first of month (so March compares
 * with February whatever their lengths, and a partial current month with the same days of the
 * earlier one), otherwise the same number of days.
 */
export function previousPeriod(period: { from: string; to: string }): { from: string; to: string } {
  if (period.from.endsWith('-01')) {
    const months = monthIndex(period.to) - monthIndex(period.from) + 1;
    const dayBefore = addDays(period.from, -1);
    const to = addMonths(period.to, -months);
    return { from: addMonths(period.from, -months), to: to < dayBefore ? to : dayBefore };
  }
  const days = (Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000 + 1;
  return { from: addDays(period.from, -days), to: addDays(period.from, -1) };
}

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Same day `months` later, clamped to the month's last day (31 March − 1 month = 28/29 February). */
function addMonths(date: string, months: number): string {
  const index = monthIndex(date) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function checkRange(query: { from: string; to: string }): void {
  const from = Date.parse(`${query.from}T00:00:00Z`);
  const to = Date.parse(`${query.to}T00:00:00Z`);
  const problem = (field: string, message: string) =>
    new DomainError('validation_failed', `${field} ${message}`, { errors: [{ field, message }] });
  if (Number.isNaN(from) || new Date(from).toISOString().slice(0, 10) !== query.from) throw problem('from', 'is not a calendar date');
  if (Number.isNaN(to) || new Date(to).toISOString().slice(0, 10) !== query.to) throw problem('to', 'is not a calendar date');
  // PostgreSQL has no year 0 and the service no revenue before 2000: bounds keep the query valid.
  if (query.from < MIN_REPORT_DATE || query.from > MAX_REPORT_DATE)
    throw problem('from', `must be between ${MIN_REPORT_DATE} and ${MAX_REPORT_DATE}`);
  if (query.to < MIN_REPORT_DATE || query.to > MAX_REPORT_DATE)
    throw problem('to', `must be between ${MIN_REPORT_DATE} and ${MAX_REPORT_DATE}`);
  if (to < from) throw problem('to', 'must not be before from');
  if ((to - from) / 86_400_000 + 1 > MAX_REPORT_DAYS) throw problem('to', `the range may cover at most ${MAX_REPORT_DAYS} days`);
}

function report(
  associationId: string | null,
  associationSlug: string | null,
  period: { from: string; to: string },
  granularity: RevenueQueryDto['granularity'],
  timeZone: string,
  groupBy: string | null,
  rows: Array<RevenueBucket & { groupLabel?: string }>,
  withBreakage: boolean,
): RevenueReportDto {
  return {
    associationId,
    associationSlug,
    from: period.from,
    to: period.to,
    timeZone,
    granularity,
    groupBy,
    rows: rows as RevenueRowDto[],
    totals: totalsOf(rows, withBreakage),
  };
}

/** One total per currency (never summed across currencies), in currency order. */
function totalsOf(rows: RevenueBucket[], withBreakage: boolean): RevenueTotalDto[] {
  const totals = new Map<string, RevenueTotalDto>();
  for (const r of rows) {
    const t =
      totals.get(r.currency) ??
      ({
        currency: r.currency,
        gross: 0,
        associationShare: 0,
        platformShare: 0,
        unlocks: 0,
        acceptedContacts: 0,
        refundAdjustments: 0,
        ...(withBreakage ? { breakage: 0 } : {}),
      } as RevenueTotalDto);
    t.gross += r.gross;
    t.associationShare += r.associationShare;
    t.platformShare += r.platformShare;
    t.unlocks += r.unlocks;
    t.acceptedContacts += r.acceptedContacts;
    t.refundAdjustments += r.refundAdjustments;
    if (withBreakage) t.breakage! += r.breakage;
    totals.set(r.currency, t);
  }
  return [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1));
}
