import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../common/pagination';
import { EVENT_TYPES } from '../event-catalog';
import type { EventRow } from '../events.repository';

export class EventFeedQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = DEFAULT_PAGE_SIZE;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page; omit to start at the oldest event kept (30 days).' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;

  @ApiPropertyOptional({
    description: `Comma-separated event types to return (all when omitted). One of: ${EVENT_TYPES.join(', ')}.`,
    example: 'alumnus.consent_withdrawn,alumnus.erased',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  types?: string;
}

export class EventDto {
  @ApiProperty({ format: 'uuid', description: 'Also the `webhook-id` header of its deliveries: deduplicate on it.' }) id: string;
  @ApiProperty({ enum: EVENT_TYPES }) type: string;
  @ApiProperty({ description: 'Version of the payload schema.', example: '2026-12-05' }) apiVersion: string;
  @ApiProperty({ format: 'date-time', description: 'When the change happened.' }) timestamp: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Per type, see the `webhooks` section of this document.' })
  data: Record<string, unknown>;
}

export class EventFeedDto {
  @ApiProperty({ type: [EventDto] }) data: EventDto[];
  @ApiProperty({ description: 'Where to resume; returned even when the feed has nothing more yet.' }) nextCursor: string;
  @ApiProperty({ description: 'Whether more events can be read at once with `nextCursor`.' }) hasMore: boolean;
}

export function toEventDto(row: EventRow): EventDto {
  return { id: row.id, type: row.type, apiVersion: row.api_version, timestamp: row.created_at.toISOString(), data: row.data };
}
