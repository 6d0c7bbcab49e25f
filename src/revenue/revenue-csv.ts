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

/** The report as CSV: the same rows and numbers as the JSON, one header line, totals left out. */
export function revenueCsv(report: RevenueReportDto): string {
  const lines = [COLUMNS.join(',')];
  for (const row of report.rows) {
    lines.push(COLUMNS.map((c) => csvField((row as unknown as Record<string, unknown>)[c])).join(','));
  }
  return lines.join('\r\n') + '\r\n';
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

/** Answers `Accept: text/csv` with the CSV form of a RevenueReportDto, JSON otherwise. */
@Injectable()
export class RevenueFormatInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const accept = http.getRequest<FastifyRequest>().headers.accept ?? '';
    if (!/\btext\/csv\b/i.test(accept)) return next.handle();
    return next.handle().pipe(
      map((report: RevenueReportDto) => {
        http.getResponse<FastifyReply>().header('content-type', 'text/csv; charset=utf-8');
        return revenueCsv(report);
      }),
    );
  }
}
