import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { PUBLIC_BODY_LIMITS, RequestLimits } from '../common/request-input';
import { RateLimit } from '../rate-limit/rate-limit.decorators';
import { AlumniAuthService } from './alumni-auth.service';
import { CreateSessionDto, RequestMagicLinkDto, SessionResponseDto } from './dto/me.dto';
import { ApiProblems } from '../common/api-problems.decorator';

@ApiTags('alumni')
@Controller('v1/alumni')
export class AlumniSessionsController {
  constructor(private readonly auth: AlumniAuthService) {}

  @Post('magic-links')
  @HttpCode(202)
  @Public()
  @RequestLimits(PUBLIC_BODY_LIMITS)
  @RateLimit('magic-link')
  @ApiAcceptedResponse({ description: 'Always 202, whether or not the address is known (no account enumeration).' })
  @ApiOperation({
    summary: 'Mail an alumnus a sign-in link',
    description:
      'Mails a single-use magic link if the address belongs to an alumnus of that association. Always 202, so addresses cannot be enumerated.',
  })
  requestMagicLink(@Body() dto: RequestMagicLinkDto): void {
    this.auth.requestMagicLink(dto.associationSlug, dto.email);
  }

  @Post('sessions')
  @Public()
  @RequestLimits(PUBLIC_BODY_LIMITS)
  @RateLimit('sign-in')
  @ApiCreatedResponse({ type: SessionResponseDto })
  @ApiOperation({
    summary: 'Exchange a magic link for a session',
    description: 'Consumes the single-use `pas_mlk_…` token from the mail and returns a session token `pas_ses_…` for the /v1/me routes.',
  })
  @ApiProblems('invalid_magic_link')
  createSession(@Body() dto: CreateSessionDto): Promise<SessionResponseDto> {
    return this.auth.createSession(dto.token);
  }
}
