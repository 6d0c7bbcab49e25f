import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class RevenueQueryDto {
  @ApiPropertyOptional({
    example: '2026-01-01',
    description:
      "First day included (YYYY-MM-DD, in the association's time zone). Give both `from` and `to`, or neither: the default period is the current month and the 12 before it, up to today.",
  })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Last day included; at most 400 days after `from`.' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ enum: ['day', 'week', 'month'], default: 'month' })
  @IsOptional()
  @IsIn(['day', 'week', 'month'])
  granularity: 'day' | 'week' | 'month' = 'month';

  @ApiPropertyOptional({ enum: ['json', 'csv'], description: '`csv` answers CSV like `Accept: text/csv` (for a plain download link).' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export class AssociationRevenueQueryDto extends RevenueQueryDto {
  @ApiPropertyOptional({
    enum: ['org', 'program', 'graduationYear', 'source'],
    description: '`source` splits each bucket by what earned it: `unlock` or `contact` (an accepted contact request).',
  })
  @IsOptional()
  @IsIn(['org', 'program', 'graduationYear', 'source'])
  groupBy?: 'org' | 'program' | 'graduationYear' | 'source';

  @ApiPropertyOptional({
    enum: ['previous', 'none'],
    default: 'previous',
    description:
      '`previous`: also total the period just before, of the same length (whole months when `from` is a first of month). Ignored by the CSV.',
  })
  @IsOptional()
  @IsIn(['previous', 'none'])
  compare: 'previous' | 'none' = 'previous';
}

export class RevenueRowDto {
  @ApiProperty({ example: '2026-03-01', description: 'First local day of the bucket.' }) period: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Org id, program, graduation year or source (`unlock`, `contact`); null without groupBy or when unknown.',
  })
  group: string | null;
  @ApiPropertyOptional({ description: 'The org name when grouping by org.' }) groupLabel?: string;
  @ApiProperty({ example: 'eur' }) currency: string;
  @ApiProperty({ description: 'Minor units.' }) gross: number;
  @ApiProperty() associationShare: number;
  @ApiProperty() platformShare: number;
  @ApiProperty() unlocks: number;
  @ApiProperty() acceptedContacts: number;
  @ApiProperty({ description: 'Platform-borne refund losses (always 0 on an association report: spent credits stay recognised).' })
  refundAdjustments: number;
  @ApiPropertyOptional({ description: 'Value of credits that expired unused: platform revenue, so always 0 on an association report.' })
  breakage?: number;
}

export class RevenueTotalDto {
  @ApiProperty() currency: string;
  @ApiProperty() gross: number;
  @ApiProperty() associationShare: number;
  @ApiProperty() platformShare: number;
  @ApiProperty() unlocks: number;
  @ApiProperty() acceptedContacts: number;
  @ApiProperty() refundAdjustments: number;
  @ApiPropertyOptional() breakage?: number;
}

export class RevenueComparisonDto {
  @ApiProperty({ example: '2025-01-01' }) from: string;
  @ApiProperty({ example: '2025-12-31' }) to: string;
  @ApiProperty({ type: () => [RevenueTotalDto], description: 'One total per currency over the previous period.' })
  totals: RevenueTotalDto[];
}

export class RevenueReportDto {
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) associationId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Names the CSV download (Content-Disposition).' }) associationSlug:
    string | null;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty() timeZone: string;
  @ApiProperty({ enum: ['day', 'week', 'month'] }) granularity: string;
  @ApiProperty({ type: String, nullable: true }) groupBy: string | null;
  @ApiProperty({ type: [RevenueRowDto], description: 'Buckets without revenue are omitted.' }) rows: RevenueRowDto[];
  @ApiProperty({ type: [RevenueTotalDto], description: 'One total per currency.' }) totals: RevenueTotalDto[];
  @ApiPropertyOptional({ type: RevenueComparisonDto, nullable: true, description: 'With `compare=previous` (the default).' })
  comparison?: RevenueComparisonDto | null;
}
