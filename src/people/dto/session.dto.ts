import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class RequestSignInLinkDto {
  @ApiProperty({ example: 'camille.durand@example.org' }) @IsString() @MaxLength(254) @IsEmail() email: string;
  @ApiPropertyOptional({ enum: ['fr', 'en'], description: 'Language of the mail; else the account’s own.' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  locale?: 'fr' | 'en';
}

export class CreatePeopleSessionDto {
  @ApiProperty({ description: 'The `pas_mlk_…` token from the fragment of the emailed link.' })
  @IsString()
  @Matches(/^pas_mlk_[A-Za-z0-9_-]{43}$/, { message: 'token must be a sign-in token (pas_mlk_…)' })
  token: string;
}

export class SessionAssociationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
}

export class SessionOrgDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class AlumnusSessionPrincipalDto {
  @ApiProperty({ enum: ['alumnus'] }) kind: 'alumnus';
  @ApiProperty({ format: 'uuid' }) alumnusId: string;
  @ApiProperty({ format: 'uuid' }) associationId: string;
  @ApiProperty() associationName: string;
}

export class MemberSessionPrincipalDto {
  @ApiProperty({ enum: ['member'] }) kind: 'member';
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ['owner', 'treasurer', 'alumni_manager', 'viewer', 'recruiter', 'billing'] }) role: string;
  @ApiProperty({ type: [String], description: 'The API-key scopes the role carries.' }) scopes: string[];
  @ApiPropertyOptional({ type: SessionAssociationDto }) association?: SessionAssociationDto;
  @ApiPropertyOptional({ type: SessionOrgDto }) org?: SessionOrgDto;
}

@ApiExtraModels(AlumnusSessionPrincipalDto, MemberSessionPrincipalDto)
export class PeopleSessionResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(AlumnusSessionPrincipalDto) }, { $ref: getSchemaPath(MemberSessionPrincipalDto) }],
    discriminator: {
      propertyName: 'kind',
      mapping: { alumnus: getSchemaPath(AlumnusSessionPrincipalDto), member: getSchemaPath(MemberSessionPrincipalDto) },
    },
  })
  principal: AlumnusSessionPrincipalDto | MemberSessionPrincipalDto;
}

export class SessionListItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) lastSeenAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: String, nullable: true }) userAgent: string | null;
  @ApiProperty({ description: 'The session making this request.' }) current: boolean;
}

export class SessionListDto {
  @ApiProperty({ type: [SessionListItemDto] }) data: SessionListItemDto[];
}
