import { ApiProperty } from '@nestjs/swagger';
import { profileFromRow } from '../profile-fields';
import { ConsentStateDto } from './consent.dto';

export class AlumnusResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) associationId: string;
  @ApiProperty({ type: String, nullable: true }) externalId: string | null;
  @ApiProperty({ type: String, nullable: true }) firstName: string | null;
  @ApiProperty({ type: String, nullable: true }) lastName: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: String, nullable: true }) linkedinUrl: string | null;
  @ApiProperty({ type: String, nullable: true }) currentCompany: string | null;
  @ApiProperty({ type: String, nullable: true }) headline: string | null;
  @ApiProperty({ type: String, nullable: true }) industry: string | null;
  @ApiProperty({ type: String, nullable: true }) seniority: string | null;
  @ApiProperty({ type: Number, nullable: true }) yearsOfExperience: number | null;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty({ type: String, nullable: true }) country: string | null;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ type: [String] }) languages: string[];
  @ApiProperty({ type: String, nullable: true }) program: string | null;
  @ApiProperty({ type: String, nullable: true }) degreeLevel: string | null;
  @ApiProperty({ type: Number, nullable: true }) graduationYear: number | null;
  @ApiProperty({ type: String, nullable: true }) bio: string | null;
  @ApiProperty() openToWork: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastConfirmedAt: string | null;
  @ApiProperty({ type: ConsentStateDto }) consent: ConsentStateDto;
  @ApiProperty({ type: Number, nullable: true, description: 'Monthly cap on contact requests set by the alumnus; null: no cap.' })
  maxContactRequestsPerMonth: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  /** From a row of AlumniRepository's profile SELECT (snake_case columns plus consent_* extras). */
  static fromRow(row: Record<string, any>): AlumnusResponseDto {
    return {
      id: row.id,
      associationId: row.association_id,
      externalId: row.external_id,
      ...profileFromRow(row),
      lastConfirmedAt: iso(row.last_confirmed_at),
      consent: {
        searchable: row.consent_searchable,
        unlockable: row.consent_unlockable,
        contactable: row.consent_contactable,
        source: row.consent_source ?? null,
        termsVersion: row.consent_terms_version ?? null,
        givenAt: iso(row.consent_given_at),
        lapsed: row.consent_lapsed === true,
      },
      maxContactRequestsPerMonth: row.max_contact_requests_per_month ?? null,
      createdAt: iso(row.created_at)!,
      updatedAt: iso(row.updated_at)!,
    };
  }
}

export class AlumnusPageDto {
  @ApiProperty({ type: [AlumnusResponseDto] }) data: AlumnusResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ImportFailureDto {
  @ApiProperty({ description: '1-based position of the row in the array, or data row number in the CSV (header excluded).' })
  row: number;
  @ApiProperty({ type: String, nullable: true }) externalId: string | null;
  @ApiProperty({ type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } })
  errors: { field: string; message: string }[];
}

export class ImportResultDto {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() unchanged: number;
  @ApiProperty({ type: [ImportFailureDto] }) failed: ImportFailureDto[];
}

export function iso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}
