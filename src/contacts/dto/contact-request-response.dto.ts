import { ApiProperty } from '@nestjs/swagger';
import { ContactRequestRow } from '../contact-requests.repository';

const STATUSES = ['open', 'accepted', 'declined', 'expired'];

class ContactRequestBaseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() jobTitle: string;
  @ApiProperty() message: string;
  @ApiProperty({ type: Number, nullable: true }) salaryMinMinor: number | null;
  @ApiProperty({ type: Number, nullable: true }) salaryMaxMinor: number | null;
  @ApiProperty({ type: String, nullable: true }) currency: string | null;
  @ApiProperty({ enum: STATUSES }) status: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) decidedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

function base(row: ContactRequestRow): ContactRequestBaseDto {
  return {
    id: row.id,
    jobTitle: row.jobTitle,
    message: row.message,
    salaryMinMinor: row.salaryMinMinor,
    salaryMaxMinor: row.salaryMaxMinor,
    currency: row.currency,
    status: row.status,
    expiresAt: row.expiresAt.toISOString(),
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The recruiter org's view. */
export class ContactRequestResponseDto extends ContactRequestBaseDto {
  @ApiProperty({ format: 'uuid' }) alumnusId: string;
  @ApiProperty({ format: 'uuid' }) associationId: string;
  @ApiProperty({ description: 'Credits held at send; consumed on accept, returned on decline or expiry.' }) credits: number;
  @ApiProperty({ type: String, nullable: true, description: 'Shared with this org only once the alumnus accepted.' })
  alumnusEmail: string | null;

  static from(row: ContactRequestRow): ContactRequestResponseDto {
    return {
      ...base(row),
      alumnusId: row.alumnusId,
      associationId: row.associationId,
      credits: row.credits,
      alumnusEmail: row.status === 'accepted' ? (row.alumnusEmail ?? null) : null,
    };
  }
}

export class ContactRequestPageDto {
  @ApiProperty({ type: [ContactRequestResponseDto] }) data: ContactRequestResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class CreateContactRequestResponseDto {
  @ApiProperty({ type: ContactRequestResponseDto }) contactRequest: ContactRequestResponseDto;
  @ApiProperty() creditsHeld: number;
  @ApiProperty({ description: 'Available credits after the hold.' }) balance: number;
  @ApiProperty() heldCredits: number;
}

/** The alumnus's view: who asked, never the org's wallet. */
export class MyContactRequestDto extends ContactRequestBaseDto {
  @ApiProperty({ format: 'uuid' }) orgId: string;
  @ApiProperty() orgName: string;

  static from(row: ContactRequestRow): MyContactRequestDto {
    return { ...base(row), orgId: row.orgId, orgName: row.orgName ?? '' };
  }
}

export class MyContactRequestPageDto {
  @ApiProperty({ type: [MyContactRequestDto] }) data: MyContactRequestDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
