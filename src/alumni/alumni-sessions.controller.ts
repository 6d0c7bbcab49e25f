import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { PUBLIC_BODY_LIMITS, RequestLimits } from '../common/request-input';
import { RateLimit } from '../rate-limit/rate-limit.decorators';
import { AlumniAuthService } from './alumni-auth.service';
import { CreateSessionDto, RequestMagicLinkDto, SessionResponseDto } from './dto/me.dto';

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
  requestMagicLink(@Body() dto: RequestMagicLinkDto): void {
    this.auth.requestMagicLink(dto.associationSlug, dto.email);
  }

  @Post('sessions')
  @Public()
  @RequestLimits(PUBLIC_BODY_LIMITS)
  @RateLimit('sign-in')
  @ApiCreatedResponse({ type: SessionResponseDto })
  createSession(@Body() dto: CreateSessionDto): Promise<SessionResponseDto> {
    return this.auth.createSession(dto.token);
  }
}
