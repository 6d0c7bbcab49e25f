import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ASSOCIATION_ROLES, RECRUITER_ROLES } from '../../auth/member-roles';

const ALL_ROLES = [...new Set([...ASSOCIATION_ROLES, ...RECRUITER_ROLES])];

export class InviteMemberDto {
  @ApiProperty({ example: 'treasurer@alumni.example' }) @IsString() @MaxLength(254) @IsEmail() email: string;
  @ApiProperty({
    enum: ALL_ROLES,
    description: 'Association: owner, treasurer, alumni_manager, viewer. Recruiter org: owner, recruiter, billing.',
  })
  @IsIn(ALL_ROLES)
  role: string;
  @ApiPropertyOptional({ enum: ['fr', 'en'], default: 'fr', description: 'Language of the invitation and later mails.' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  locale?: 'fr' | 'en';
}

export class UpdateMemberDto {
  @ApiProperty({ enum: ALL_ROLES }) @IsIn(ALL_ROLES) role: string;
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ALL_ROLES }) role: string;
  @ApiProperty({ type: [String], description: 'The API-key scopes this role carries.' }) scopes: string[];
  @ApiProperty({ enum: ['fr', 'en'] }) locale: string;
  @ApiProperty({ type: String, nullable: true, description: 'Who invited them (member or key label).' }) invitedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'First sign-in; null while the invitation is pending.' })
  joinedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MemberPageDto {
  @ApiProperty({ type: [MemberDto] }) data: MemberDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class AuditActorDto {
  @ApiProperty({ enum: ['member', 'api_key'] }) kind: 'member' | 'api_key';
  @ApiProperty({ description: 'Member id or API key id.' }) id: string;
  @ApiProperty({ description: 'Member email or key label.' }) label: string;
}

export class AuditEntryDto {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: AuditActorDto }) actor: AuditActorDto;
  @ApiProperty({ example: 'PATCH /v1/associations/:id' }) action: string;
  @ApiProperty({ type: String, nullable: true, example: '/v1/associations/6f1c…' }) target: string | null;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) data: AuditEntryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
