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

  /** An association's revenue, bucketed in its own time zone. */
  async forAssociation(principal: Principal, id: string, query: AssociationRevenueQueryDto): Promise<RevenueReportDto> {
    const associationId = addressableAssociationId(principal, id);
    const timeZone = await this.revenue.timeZoneOf(associationId);
    if (!timeZone) throw new NotFoundError('Association');
    checkRange(query);
    const buckets = await this.revenue.association(associationId, { ...query, timeZone }, query.groupBy);
    const names = query.groupBy === 'org' ? await this.revenue.orgNames([...new Set(buckets.map((b) => b.group!))]) : undefined;
    const rows = buckets.map((b) => {
      const { breakage: _breakage, ...row } = b;
      return names ? { ...row, groupLabel: names.get(b.group!) ?? '' } : row;
    });
    return report(associationId, query, timeZone, query.groupBy ?? null, rows, false);
  }

  /** Everything, in UTC, with breakage and refund adjustments (platform admin). */
  async forPlatform(query: RevenueQueryDto): Promise<RevenueReportDto> {
    checkRange(query);
    const rows = await this.revenue.platform({ ...query, timeZone: 'UTC' });
    return report(null, query, 'UTC', null, rows, true);
  }
}

const MIN_REPORT_DATE = '2000-01-01';
const MAX_REPORT_DATE = '2999-12-31';

function checkRange(query: RevenueQueryDto): void {
  const from = Date.parse(`${query.from}T00:00:00Z`);
  const to = Date.parse(`${query.to}T00:00:00Z`);
  const problem = (field: string, message: string) =>
    new DomainError('validation_failed', `${field} ${message}`, { errors: [{ field, message }] });
  if (Number.isNaN(from) || new Date(from).toISOString().slice(0, 10) !== query.from) throw problem('from', 'is not a calendar date');
  if (Number.isNaN(to) || new Date(to).toISOString().slice(0, 10) !== query.to) throw problem('to', 'is not a calendar date');
  // PostgreSQL has no year 0 and the service no revenue before 2000: bounds keep the query valid.
  if (query.from < MIN_REPORT_DATE || query.from > MAX_REPORT_DATE) throw problem('from', `must be between ${MIN_REPORT_DATE} and ${MAX_REPORT_DATE}`);
  if (query.to < MIN_REPORT_DATE || query.to > MAX_REPORT_DATE) throw problem('to', `must be between ${MIN_REPORT_DATE} and ${MAX_REPORT_DATE}`);
  if (to < from) throw problem('to', 'must not be before from');
  if ((to - from) / 86_400_000 + 1 > MAX_REPORT_DAYS) throw problem('to', `the range may cover at most ${MAX_REPORT_DAYS} days`);
}

function report(
  associationId: string | null,
  query: RevenueQueryDto,
  timeZone: string,
  groupBy: string | null,
  rows: Array<Omit<RevenueBucket, 'breakage'> & { breakage?: number; groupLabel?: string }>,
  withBreakage: boolean,
): RevenueReportDto {
  const totals = new Map<string, RevenueTotalDto>();
  for (const r of rows) {
    const t =
      totals.get(r.currency) ??
      ({ currency: r.currency, gross: 0, associationShare: 0, platformShare: 0, unlocks: 0, acceptedContacts: 0, refundAdjustments: 0, ...(withBreakage ? { breakage: 0 } : {}) } as RevenueTotalDto);
    t.gross += r.gross;
    t.associationShare += r.associationShare;
    t.platformShare += r.platformShare;
    t.unlocks += r.unlocks;
    t.acceptedContacts += r.acceptedContacts;
    t.refundAdjustments += r.refundAdjustments;
    if (withBreakage) t.breakage! += r.breakage ?? 0;
    totals.set(r.currency, t);
  }
  return {
    associationId,
    from: query.from,
    to: query.to,
    timeZone,
    granularity: query.granularity,
    groupBy,
    rows: rows as RevenueRowDto[],
    totals: [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1)),
  };
}
