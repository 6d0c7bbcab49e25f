import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DomainError } from './domain-error';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `?limit=&cursor=` accepted by every list route. */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = DEFAULT_PAGE_SIZE;

  @ApiPropertyOptional({ description: "Opaque cursor from a previous page's `nextCursor`." })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** Keyset position: the sort key values of the last row of the previous page. */
export type CursorValue = string | number;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor made by `encodeCursor` and checks its shape, so a forged or stale cursor is a
 * 400 rather than a malformed SQL parameter.
 */
export function decodeCursor(cursor: string, shape: ReadonlyArray<'string' | 'number' | 'date' | 'uuid'>): CursorValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(values) || values.length !== shape.length) throw invalidCursor();
  shape.forEach((kind, i) => {
    const value = values[i];
    const ok =
      kind === 'number'
        ? Number.isSafeInteger(value)
        : typeof value === 'string' &&
          value.length <= 256 &&
          (kind !== 'date' || !Number.isNaN(Date.parse(value))) &&
          (kind !== 'uuid' || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value));
    if (!ok) throw invalidCursor();
  });
  return values as CursorValue[];
}

/**
 * Turns `limit + 1` fetched rows into a page: the extra row only says that another page exists.
 */
export function toPage<R, T>(rows: R[], limit: number, cursorOf: (row: R) => CursorValue[], map: (row: R) => T): Page<T> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  return {
    data: pageRows.map(map),
    nextCursor: hasMore ? encodeCursor(cursorOf(pageRows[pageRows.length - 1])) : null,
  };
}

/** The common keyset on `(created_at, id)`, oldest first. */
export function createdAtCursor(cursor: string | undefined): { createdAt: Date; id: string } | undefined {
  if (cursor === undefined) return undefined;
  const [createdAt, id] = decodeCursor(cursor, ['date', 'uuid']) as string[];
  return { createdAt: new Date(createdAt), id };
}

export function createdAtCursorOf(row: { createdAt: Date; id: string }): CursorValue[] {
  return [row.createdAt.toISOString(), row.id];
}

function invalidCursor(): DomainError {
  return new DomainError('invalid_cursor', 'The cursor is invalid or belongs to another listing', {
    errors: [{ field: 'cursor', message: 'invalid cursor' }],
  });
}
