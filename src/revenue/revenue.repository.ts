import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { toSafeInteger } from '../database/transformers';

export type Granularity = 'day' | 'week' | 'month';
export type RevenueGroupBy = 'org' | 'program' | 'graduationYear';
/** What earned the revenue; read from revenue_entries (revenue_daily has no such dimension). */
export type RevenueSplit = RevenueGroupBy | 'source';

export interface RevenueBucket {
  period: string;
  group: string | null;
  currency: string;
  gross: number;
  associationShare: number;
  platformShare: number;
  breakage: number;
  unlocks: number;
  acceptedContacts: number;
  refundAdjustments: number;
}

export interface RevenueRange {
  /** Inclusive local dates (YYYY-MM-DD) in `timeZone`. */
  from: string;
  to: string;
  timeZone: string;
  granularity: Granularity;
}

const GROUP_EXPRESSIONS: Record<RevenueSplit, string> = {
  source: 'r.kind',
  org: 'r.org_id',
  program: 'r.program',
  graduationYear: 'r.graduation_year',
};

/**
 * revenue_daily's dimension for each groupBy. Every revenue row is counted once in each dimension,
 * so the ungrouped report may sum any of them: it sums the program rows, usually the fewest
 * (a handful of programs against dozens of orgs and graduation years).
 */
const SUMMARY_DIMENSIONS: Record<RevenueGroupBy, string> = {
  org: 'org',
  program: 'program',
  graduationYear: 'graduation_year',
};

const SUMMARY_COLUMNS = `local_day, group_value, currency, entries, gross_minor, association_share_minor, platform_share_minor,
  breakage_minor, unlocks, accepted_contacts, refund_adjustments_minor`;

/**
 * Revenue report queries. Buckets are calendar days, ISO weeks (Monday) or months of the given
 * time zone. Unlocks and accepted contacts count movements, not revenue rows (one spend drawing
 * from two lots writes two rows): only the first row of a movement has `first_of_movement`.
 *
 * The association report reads revenue_daily (per local day, kept by triggers on revenue_entries;
 * see migration CreateRevenueDaily), the platform report reads revenue_entries itself.
 */
@Injectable()
export class RevenueRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * From revenue_daily, whose days are the association's local days: `range.timeZone` must be the
   * association's current time zone (the summary is rebuilt when it changes).
   */
  async association(associationId: string, range: RevenueRange, groupBy?: RevenueGroupBy): Promise<RevenueBucket[]> {
    // Buckets without rows are left out, as in the raw report; `entries` counts rows, so a bucket
    // whose rows sum to 0 (credits granted for free) is still reported. revenue_daily plus the
    // deltas not yet folded into it (see compactSummary), read in one statement: one snapshot, so
    // a delta is counted either pending or folded, never twice, and the zone that places a
    // pending delta (kept per UTC quarter-hour) on a local day is the one the summary was built
    // in. Grouped by the bucket's start and formatted once per bucket.
    const rows: Record<string, string | null>[] = await this.dataSource.query(
      `SELECT to_char(b.start, 'YYYY-MM-DD') AS period, b.grp, b.currency, b.gross, b.association_share, b.platform_share,
              b.breakage, b.unlocks, b.accepted_contacts, b.refund_adjustments
         FROM (SELECT date_trunc($1, d.local_day::timestamp) AS start,
                      ${groupBy ? 'd.group_value' : 'NULL::text'} AS grp, d.currency,
                      sum(d.gross_minor) AS gross, sum(d.association_share_minor) AS association_share,
                      sum(d.platform_share_minor) AS platform_share, sum(d.breakage_minor) AS breakage,
                      sum(d.unlocks) AS unlocks, sum(d.accepted_contacts) AS accepted_contacts,
                      sum(d.refund_adjustments_minor) AS refund_adjustments
                 FROM (SELECT ${SUMMARY_COLUMNS} FROM revenue_daily
                        WHERE association_id = $2 AND dimension = $3 AND local_day BETWEEN $4::date AND $5::date
                       UNION ALL
                       SELECT ${SUMMARY_COLUMNS}
                         FROM (SELECT (x.bucket_start AT TIME ZONE a.time_zone)::date AS local_day, x.*
                                 FROM revenue_daily_delta x JOIN associations a ON a.id = x.association_id
                                WHERE x.association_id = $2 AND x.dimension = $3) x
                        WHERE local_day BETWEEN $4::date AND $5::date) d
                GROUP BY 1, 2, 3
               HAVING sum(d.entries) > 0) b`,
      [range.granularity, associationId, SUMMARY_DIMENSIONS[groupBy ?? 'program'], range.from, range.to],
    );
    return toBuckets(rows);
  }

  /**
   * The same report computed from revenue_entries, bucketed in `range.timeZone`: the reference the
   * summary is tested and benchmarked against.
   */
  associationFromEntries(associationId: string, range: RevenueRange, groupBy?: RevenueSplit): Promise<RevenueBucket[]> {
    return this.buckets(`r.association_id = $5`, [associationId], range, groupBy ? GROUP_EXPRESSIONS[groupBy] : 'NULL::text');
  }

  platform(range: RevenueRange): Promise<RevenueBucket[]> {
    return this.buckets('true', [], range, 'NULL::text');
  }

  /**
   * Folds the pending revenue_daily_delta rows into revenue_daily (the triggers on revenue_entries
   * append deltas so that concurrent spends never wait on a shared summary row). Returns the
   * number of delta rows folded; 0 when another process is compacting.
   */
  async compactSummary(): Promise<number> {
    const [{ folded }] = await this.dataSource.query(`SELECT revenue_daily_compact() AS folded`);
    return toSafeInteger(folded);
  }

  async timeZoneOf(associationId: string): Promise<string | null> {
    return (await this.associationOf(associationId))?.timeZone ?? null;
  }

  /**
   * The association's slug and zone, and its default report period: the current local month and
   * the 12 before it, up to today (local).
   */
  async associationOf(associationId: string): Promise<{ slug: string; timeZone: string; defaultFrom: string; today: string } | null> {
    const rows = await this.dataSource.query(
      `SELECT slug, time_zone,
              to_char(date_trunc('month', now() AT TIME ZONE time_zone) - interval '12 months', 'YYYY-MM-DD') AS default_from,
              to_char(now() AT TIME ZONE time_zone, 'YYYY-MM-DD') AS today
         FROM associations WHERE id = $1`,
      [associationId],
    );
    const r = rows[0];
    return r ? { slug: r.slug, timeZone: r.time_zone, defaultFrom: r.default_from, today: r.today } : null;
  }

  async orgNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query(`SELECT id, name FROM recruiter_orgs WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r: { id: string; name: string }) => [r.id, r.name]));
  }

  private async buckets(where: string, params: unknown[], range: RevenueRange, groupExpression: string): Promise<RevenueBucket[]> {
    // Buckets are computed once (their local starts converted to UTC) and each row is placed with
    // width_bucket — a binary search — instead of converting every row's time to the local zone
    // and formatting it: far cheaper per row, and the planner then hashes a few hundred groups
    // instead of sorting every row to disk.
    // The planner cannot estimate the number of buckets (it guesses most of the rows) and so
    // sorts every row, on disk, instead of hashing a few hundred groups in memory: for this
    // statement only, sorting is discouraged and hashing given memory.
    const rows: Record<string, string | null>[] = await this.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL work_mem = '64MB'`);
      await m.query(`SET LOCAL enable_sort = off`);
      return m.query(
        `WITH b AS (
         SELECT array_agg(s ORDER BY s) AS local_starts, array_agg(s AT TIME ZONE $2 ORDER BY s) AS starts
           FROM generate_series(date_trunc($1, $3::date::timestamp), ($4::date + 1)::timestamp, ('1 ' || $1)::interval) AS s),
       agg AS (
         SELECT width_bucket(r.created_at, b.starts) AS i,
                ${groupExpression} AS grp,
                r.currency,
                sum(r.gross_minor) AS gross,
                sum(r.association_share_minor) AS association_share,
                sum(r.platform_share_minor) AS platform_share,
                coalesce(sum(r.gross_minor) FILTER (WHERE r.kind = 'breakage'), 0) AS breakage,
                count(*) FILTER (WHERE r.kind = 'unlock' AND r.first_of_movement) AS unlocks,
                count(*) FILTER (WHERE r.kind = 'contact' AND r.first_of_movement) AS accepted_contacts,
                coalesce(sum(r.gross_minor) FILTER (WHERE r.kind = 'refund_adjustment'), 0) AS refund_adjustments
           FROM revenue_entries r, b
          WHERE ${where}
            AND r.created_at >= ($3::date::timestamp AT TIME ZONE $2)
            AND r.created_at < (($4::date + 1)::timestamp AT TIME ZONE $2)
          GROUP BY 1, 2, 3)
       SELECT to_char(b.local_starts[agg.i], 'YYYY-MM-DD') AS period, agg.grp::text AS grp, agg.currency, agg.gross,
              agg.association_share, agg.platform_share, agg.breakage, agg.unlocks, agg.accepted_contacts, agg.refund_adjustments
         FROM agg, b`,
        [range.granularity, range.timeZone, range.from, range.to, ...params],
      );
    });
    // Ordered in toBuckets (a few hundred rows): an ORDER BY would count as a disabled sort node,
    // and PostgreSQL 18 would then prefer the sort-everything plan again.
    return toBuckets(rows);
  }
}

/** Ordered by period, group and currency (a few hundred rows at most). */
function toBuckets(rows: Record<string, string | null>[]): RevenueBucket[] {
  rows.sort((x, y) => compare(x.period, y.period) || compare(x.grp, y.grp) || compare(x.currency, y.currency));
  return rows.map((r) => ({
    period: r.period as string,
    group: r.grp,
    currency: r.currency as string,
    gross: toSafeInteger(r.gross as string),
    associationShare: toSafeInteger(r.association_share as string),
    platformShare: toSafeInteger(r.platform_share as string),
    breakage: toSafeInteger(r.breakage as string),
    unlocks: toSafeInteger(r.unlocks as string),
    acceptedContacts: toSafeInteger(r.accepted_contacts as string),
    refundAdjustments: toSafeInteger(r.refund_adjustments as string),
  }));
}

/** Nulls first, then by value (periods are YYYY-MM-DD, groups org ids, programs or years). */
function compare(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) - Number(b);
  return a < b ? -1 : 1;
}
