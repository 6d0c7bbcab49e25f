import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class RevenueQueryDto {
  @ApiProperty({ example: '2026-01-01', description: 'First day included (YYYY-MM-DD, in the association\'s time zone).' })
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from: string;

  @ApiProperty({ example: '2026-12-31', description: 'Last day included; at most 400 days after `from`.' })
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to: string;

  @ApiPropertyOptional({ enum: ['day', 'week', 'month'], default: 'month' })
  @IsOptional()
  @IsIn(['day', 'week', 'month'])
  granularity: 'day' | 'week' | 'month' = 'month';
}

export class AssociationRevenueQueryDto extends RevenueQueryDto {
  @ApiPropertyOptional({ enum: ['org', 'program', 'graduationYear'] })
  @IsOptional()
  @IsIn(['org', 'program', 'graduationYear'])
  groupBy?: 'org' | 'program' | 'graduationYear';
}

export class RevenueRowDto {
  @ApiProperty({ example: '2026-03-01', description: 'First local day of the bucket.' }) period: string;
  @ApiProperty({ type: String, nullable: true, description: 'Org id, program or graduation year; null without groupBy or when unknown.' })
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
  @ApiPropertyOptional({ description: 'Platform report only: value of credits that expired unused.' }) breakage?: number;
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

export class RevenueReportDto {
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) associationId: string | null;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty() timeZone: string;
  @ApiProperty({ enum: ['day', 'week', 'month'] }) granularity: string;
  @ApiProperty({ type: String, nullable: true }) groupBy: string | null;
  @ApiProperty({ type: [RevenueRowDto], description: 'Buckets without revenue are omitted.' }) rows: RevenueRowDto[];
  @ApiProperty({ type: [RevenueTotalDto], description: 'One total per currency.' }) totals: RevenueTotalDto[];
}
