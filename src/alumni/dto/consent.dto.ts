import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsString, Length } from 'class-validator';

export class PutConsentDto {
  @ApiProperty({ description: 'An anonymised preview may appear in recruiter searches.', example: true }) @IsBoolean() searchable: boolean;
  @ApiProperty({ description: 'Recruiters may unlock the full profile (requires searchable).', example: true })
  @IsBoolean()
  unlockable: boolean;
  @ApiProperty({ description: 'Recruiters may send contact requests (requires searchable).', example: false })
  @IsBoolean()
  contactable: boolean;
  @ApiProperty({ example: '2026-01', description: 'Version of the consent text shown to the alumnus.' })
  @IsString()
  @Length(1, 40)
  termsVersion: string;
}

export class ConsentStateDto {
  @ApiProperty() searchable: boolean;
  @ApiProperty() unlockable: boolean;
  @ApiProperty() contactable: boolean;
  @ApiProperty({ type: String, nullable: true, enum: ['self_service', 'association_import', 'erasure'] }) source: string | null;
  @ApiProperty({ type: String, nullable: true }) termsVersion: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) givenAt: string | null;
  @ApiProperty({ description: 'True when the consent is older than the lapse period and no longer counts.' }) lapsed: boolean;
}

export class ConsentEventDto {
  @ApiProperty() id: string;
  @ApiProperty() searchable: boolean;
  @ApiProperty() unlockable: boolean;
  @ApiProperty() contactable: boolean;
  @ApiProperty({ type: String, nullable: true }) termsVersion: string | null;
  @ApiProperty({ type: String, nullable: true }) textHash: string | null;
  @ApiProperty() source: string;
  @ApiProperty({ format: 'date-time' }) givenAt: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) ip?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) userAgent?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) proofReference?: string | null;
}
