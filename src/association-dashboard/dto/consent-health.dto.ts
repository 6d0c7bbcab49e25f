import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';

export const CONSENT_SEGMENTS = ['never_answered', 'never_invited', 'lapsing', 'lapsed'] as const;
export type ConsentSegment = (typeof CONSENT_SEGMENTS)[number];

/** At most this many alumni per invitation request: the selection on one page of the dashboard. */
export const MAX_INVITATIONS_PER_REQUEST = 100;

export class ConsentHealthDto {
  @ApiProperty({ description: 'Alumni of the association (erased ones excluded).' }) total: number;
  @ApiProperty({ description: 'Found in search: searchable consent, not lapsed.' }) searchable: number;
  @ApiProperty({ description: 'Full profile can be bought: unlockable consent, not lapsed.' }) unlockable: number;
  @ApiProperty({ description: 'Accept contact requests: contactable consent, not lapsed.' }) contactable: number;
  @ApiProperty({ description: 'Consent that lapses within the next 30 days unless reconfirmed.' }) lapsingIn30Days: number;
  @ApiProperty({ description: 'Consent older than the lapse period, never reconfirmed: hidden from recruiters.' }) lapsed: number;
  @ApiProperty({ description: 'Invited at least once and never answered themselves (no self-service consent event).' })
  neverAnswered: number;
  @ApiProperty({ description: 'Never invited and never answered.' }) neverInvited: number;
  @ApiProperty({ description: 'Without an email address: cannot be invited.' }) withoutEmail: number;
  @ApiProperty({ example: 24, description: 'Months after which consent lapses without reconfirmation.' }) lapseMonths: number;
}

export class ConsentSegmentQueryDto extends PageQueryDto {
  @ApiProperty({ enum: CONSENT_SEGMENTS, description: 'Which alumni of the health figures to list.' })
  @IsIn(CONSENT_SEGMENTS)
  segment: ConsentSegment;
}

export class ConsentSegmentAlumnusDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) externalId: string | null;
  @ApiProperty({ type: String, nullable: true }) firstName: string | null;
  @ApiProperty({ type: String, nullable: true }) lastName: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'The latest invitation sent.' }) lastInvitedAt:
    string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When the consent lapses (or lapsed).' })
  consentLapsesAt: string | null;
}

export class ConsentSegmentPageDto {
  @ApiProperty({ type: [ConsentSegmentAlumnusDto] }) data: ConsentSegmentAlumnusDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class SendInvitationsDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: MAX_INVITATIONS_PER_REQUEST,
    description: 'Alumni to invite (again).',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_INVITATIONS_PER_REQUEST)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  alumnusIds: string[];
}

export class InvitationSkipDto {
  @ApiProperty({ format: 'uuid' }) alumnusId: string;
  @ApiProperty({ enum: ['not_found', 'no_email'] }) reason: 'not_found' | 'no_email';
}

export class InvitationsResultDto {
  @ApiProperty({ description: 'Invitations queued (one mail each, a fresh 7-day link).' }) queued: number;
  @ApiProperty({ type: [InvitationSkipDto] }) skipped: InvitationSkipDto[];
}

export class RecruiterOrgsQueryDto {
  @ApiPropertyOptional({
    maxLength: 100,
    description:
      "Part of the org's name or email domain. Without it: the orgs that have dealt with this association (unlocks, contact requests, access requests, blocks).",
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 50;
}

export class RecruiterOrgActivityDto {
  @ApiProperty({ format: 'uuid' }) orgId: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'acme.example' }) emailDomain: string;
  @ApiProperty({ description: 'Blocked by the association: sees none of its alumni.' }) blocked: boolean;
  @ApiProperty({ type: String, nullable: true, enum: ['pending', 'approved', 'rejected'], description: 'Its access request, if any.' })
  accessRequest: 'pending' | 'approved' | 'rejected' | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) accessRequestId: string | null;
  @ApiProperty({ description: 'Alumni of this association whose full profile the org unlocked.' }) unlockedAlumni: number;
  @ApiProperty({ description: 'Alumni the org sent a contact request to.' }) contactedAlumni: number;
  @ApiProperty({ description: 'Contact requests accepted by the alumnus.' }) acceptedContacts: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastActivityAt: string | null;
}

export class RecruiterOrgActivityListDto {
  @ApiProperty({ type: [RecruiterOrgActivityDto], description: 'Most unlocks first, then most contacts, then by name.' })
  data: RecruiterOrgActivityDto[];
}
