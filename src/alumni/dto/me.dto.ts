import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length, Matches, MaxLength } from 'class-validator';
import { AlumnusResponseDto } from './alumnus-response.dto';
import { ConsentEventDto } from './consent.dto';

export class RequestMagicLinkDto {
  @ApiProperty({ example: 'alumni-essec' }) @IsString() @Length(2, 64) associationSlug: string;
  @ApiProperty({ example: 'camille.durand@example.org' }) @IsString() @MaxLength(254) email: string;
}

export class CreateSessionDto {
  @ApiProperty({ description: 'The `pas_mlk_…` token from the emailed link.' })
  @IsString()
  @Matches(/^pas_mlk_[A-Za-z0-9_-]{43}$/, { message: 'token must be a magic-link token (pas_mlk_…)' })
  token: string;
}

export class SessionResponseDto {
  @ApiProperty({ description: 'Bearer token `pas_ses_…` for the /v1/me routes, shown once.' }) sessionToken: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class AccessLogEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['preview_view', 'unlock', 'contact_request'] }) kind: string;
  @ApiProperty({ format: 'uuid' }) orgId: string;
  @ApiProperty({ description: 'Name of the recruiter organisation (GDPR Art. 15: the recipients are named).' }) orgName: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'For unlocks and accepted contact requests: what the association earned (minor units); null otherwise.',
  })
  associationEarnedMinor?: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) associationEarnedCurrency?: string | null;
}

export class AccessLogPageDto {
  @ApiProperty({ type: [AccessLogEntryDto] }) data: AccessLogEntryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class BlockedOrgDto {
  @ApiProperty({ format: 'uuid' }) orgId: string;
  @ApiProperty() orgName: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class BlockedOrgPageDto {
  @ApiProperty({ type: [BlockedOrgDto] }) data: BlockedOrgDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ExportDto {
  @ApiProperty({ format: 'date-time' }) exportedAt: string;
  @ApiProperty({ type: Object }) association: { id: string; name: string; slug: string };
  @ApiProperty({ type: AlumnusResponseDto }) profile: AlumnusResponseDto;
  @ApiProperty({ type: [ConsentEventDto] }) consentHistory: ConsentEventDto[];
  @ApiProperty({ type: [AccessLogEntryDto] }) accessLog: AccessLogEntryDto[];
  @ApiProperty({ type: [BlockedOrgDto] }) blockedOrgs: BlockedOrgDto[];
  @ApiProperty({ type: [Object] }) sessions: { id: string; createdAt: string; expiresAt: string; revokedAt: string | null }[];
  @ApiProperty({ type: [Object] }) magicLinks: { purpose: string; createdAt: string; expiresAt: string; usedAt: string | null }[];
  @ApiProperty({ type: [Object] }) mails: { kind: string; toAddress: string; subject: string; status: string; createdAt: string }[];
  @ApiProperty({ type: [Object], description: 'Contact requests recruiters sent to this alumnus, with their messages.' })
  contactRequests: {
    id: string;
    orgId: string;
    orgName: string;
    jobTitle: string;
    message: string;
    salaryMinMinor: number | null;
    salaryMaxMinor: number | null;
    currency: string | null;
    status: string;
    createdAt: string;
    expiresAt: string;
    decidedAt: string | null;
  }[];
}
