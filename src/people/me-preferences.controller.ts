import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { CONSENT_TERMS, CURRENT_TERMS, TermsLocale, termsTextHash } from '../alumni/consent-terms';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { AlumnusPrincipal } from '../auth/principal';
import { NotFoundError } from '../common/domain-error';
import { MePreferencesRepository } from './me-preferences.repository';

export class NotificationPreferencesDto {
  @ApiProperty({ description: 'Mails about contact requests (received, about to expire).' })
  @IsOptional()
  @IsBoolean()
  contactRequests: boolean;
  @ApiProperty({ description: 'The reminder 30 days before consent lapses.' }) @IsOptional() @IsBoolean() reconfirmation: boolean;
  @ApiPropertyOptional({ enum: ['fr', 'en'], description: 'Language of the mails.' }) @IsOptional() @IsIn(['fr', 'en']) locale?: string;
}

export class ConsentTermsDto {
  @ApiProperty() version: string;
  @ApiProperty({ enum: ['fr', 'en'], description: 'Language of `text`; each language has its own version and hash.' }) locale: string;
  @ApiProperty() text: string;
  @ApiProperty({ description: 'SHA-256 of `text`, recorded with the consent.' }) textHash: string;
}

export class ConsentTermsQueryDto {
  @ApiPropertyOptional({ enum: ['fr', 'en'] }) @IsOptional() @IsIn(['fr', 'en']) locale?: string;
}

export class OrganisationQueryDto {
  @ApiProperty({ minLength: 2, maxLength: 100 }) @IsString() @Length(2, 100) q: string;
}

export class OrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() domain: string;
}

export class OrganisationListDto {
  @ApiProperty({ type: [OrganisationDto] }) data: OrganisationDto[];
}

/** Alumni self-service used by the portal pages: mail preferences, the consent text, organisations to block. */
@ApiTags('me')
@Controller('v1/me')
export class MePreferencesController {
  constructor(private readonly prefs: MePreferencesRepository) {}

  @Get('notification-preferences')
  @Authenticated({ kinds: ['alumnus'] })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  @ApiOperation({
    summary: 'Get my mail preferences',
    description: 'Which optional mails the alumnus receives, and in which language.',
  })
  async get(@CurrentPrincipal() me: AlumnusPrincipal): Promise<NotificationPreferencesDto> {
    const row = await this.prefs.get(me.alumnusId);
    if (!row) throw new NotFoundError('Alumnus');
    return { contactRequests: row.contact_requests, reconfirmation: row.reconfirmation, locale: row.locale };
  }

  @Put('notification-preferences')
  @Authenticated({ kinds: ['alumnus'] })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  @ApiOperation({
    summary: 'Set my mail preferences',
    description: 'Mutes or unmutes optional mails; sign-in links and invitations are always sent.',
  })
  async put(@CurrentPrincipal() me: AlumnusPrincipal, @Body() dto: NotificationPreferencesDto): Promise<NotificationPreferencesDto> {
    await this.prefs.set(me.alumnusId, dto);
    return this.get(me);
  }

  @Get('consent-terms')
  @Authenticated({ kinds: ['alumnus'] })
  @ApiOkResponse({ type: ConsentTermsDto })
  @ApiOperation({
    summary: 'Consent terms',
    description:
      'The consent text and version to show next to the consent switches, in French or English (English by default); each translation is a version of its own, whose hash is recorded with the consent.',
  })
  terms(@Query() query: ConsentTermsQueryDto): ConsentTermsDto {
    // A translation is a version of its own, so PUT /v1/me/consent records the hash of the text that was read.
    const version = CURRENT_TERMS[(query.locale ?? 'en') as TermsLocale];
    const { locale, text } = CONSENT_TERMS[version];
    return { version, locale, text, textHash: termsTextHash(version)! };
  }

  @Get('organisations')
  @Authenticated({ kinds: ['alumnus'] })
  @ApiOkResponse({ type: OrganisationListDto })
  @ApiOperation({
    summary: 'Find recruiter organisations',
    description: 'Recruiter organisations by name or email domain, to block them.',
  })
  async organisations(@Query() query: OrganisationQueryDto): Promise<OrganisationListDto> {
    return { data: await this.prefs.findOrganisations(query.q.trim()) };
  }
}
