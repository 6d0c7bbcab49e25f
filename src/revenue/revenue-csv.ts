import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, Observable } from 'rxjs';
import { RevenueReportDto } from './dto/revenue.dto';

const COLUMNS = [
  'period',
  'group',
  'groupLabel',
  'currency',
  'gross',
  'associationShare',
  'platformShare',
  'unlocks',
  'acceptedContacts',
  'refundAdjustments',
  'breakage',
] as const;

/**
 * The report as CSV: the same rows and numbers as the JSON (money in minor units), one header
 * line, totals left out. Every cell is filled: an ungrouped report's group is `all`, a group the
 * revenue row did not know (an alumnus without program or year) is `unknown`, the label repeats
 * the group unless it is an org (its name), and breakage is 0 on an association's report.
 */
export function revenueCsv(report: RevenueReportDto): string {
  const lines = [COLUMNS.join(',')];
  for (const row of report.rows) {
    const group = row.group ?? (report.groupBy ? 'unknown' : 'all');
    const filled: Record<string, unknown> = { ...row, group, groupLabel: row.groupLabel || group, breakage: row.breakage ?? 0 };
    lines.push(COLUMNS.map((c) => csvField(filled[c])).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

/** `revenue-<association slug or platform>-<from>_<to>-<granularity>[-by-<group>].csv` */
export function revenueCsvFilename(report: RevenueReportDto): string {
  const owner = (report.associationSlug ?? 'platform').replace(/[^a-z0-9-]/gi, '-');
  return `revenue-${owner}-${report.from}_${report.to}-${report.granularity}${report.groupBy ? `-by-${report.groupBy}` : ''}.csv`;
}

function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  // Quote when needed, and neutralise spreadsheet formulas in free text (org names, programs).
  const safe = typeof value === 'string' && isFormulaLike(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * OWASP's CSV-injection rule: a spreadsheet strips leading blanks before deciding that a cell is
 * a formula, so the test applies to the value with leading spaces, tabs and no-break spaces
 * removed, and a cell starting with a tab or carriage return is neutralised too.
 */
export function isFormulaLike(text: string): boolean {
  return /^[\t\r]/.test(text) || /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(text.replace(/^[\s\u00A0\u2000-\u200B\u3000\uFEFF]+/, ''));
}

/**
 * Answers `Accept: text/csv` (or `?format=csv`, for a plain download link) with the CSV form of a
 * RevenueReportDto, JSON otherwise.
 */
@Injectable()
export class RevenueFormatInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest<{ Querystring: { format?: string } }>>();
    const accept = request.headers.accept ?? '';
    if (!/\btext\/csv\b/i.test(accept) && request.query?.format !== 'csv') return next.handle();
    return next.handle().pipe(
      map((report: RevenueReportDto) => {
        http
          .getResponse<FastifyReply>()
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${revenueCsvFilename(report)}"`);
        return revenueCsv(report);
      }),
    );
  }
}
