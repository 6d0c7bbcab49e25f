import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticated, CurrentPrincipal, Public } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { RateLimit } from '../rate-limit/rate-limit.decorators';
import { CreatePeopleSessionDto, PeopleSessionResponseDto, RequestSignInLinkDto, SessionListDto } from './dto/session.dto';
import { PeopleAuthService } from './people-auth.service';

const PEOPLE = { kinds: ['alumnus', 'association', 'recruiter'] } as const;

@ApiTags('auth')
@Controller('v1/auth')
export class PeopleAuthController {
  constructor(
    private readonly auth: PeopleAuthService,
    private readonly config: AppConfig,
  ) {}

  @Post('sign-in-links')
  @HttpCode(202)
  @Public()
  @RateLimit('magic-link')
  @ApiOperation({ summary: 'Mail a sign-in link for each account of an address' })
  @ApiAcceptedResponse({ description: 'Always 202 `{}`, whether or not the address is known (no account enumeration).' })
  requestSignInLinks(@Body() dto: RequestSignInLinkDto): Record<string, never> {
    this.auth.requestSignInLinks(dto.email, dto.locale);
    return {};
  }

  @Post('sessions')
  @Public()
  @RateLimit('sign-in')
  @ApiOperation({ summary: 'Exchange a sign-in token for a session cookie' })
  @ApiCreatedResponse({ type: PeopleSessionResponseDto, description: 'Sets the `pas_session` cookie (HttpOnly, SameSite=Lax).' })
  async createSession(
    @Body() dto: CreatePeopleSessionDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PeopleSessionResponseDto> {
    // A page of another site must not sign the browser in to an account of its choosing.
    const origin = request.headers.origin;
    if (typeof origin === 'string' && origin !== this.config.publicOrigin) {
      throw new DomainError('cross_site_request', 'Sign-in must come from this site');
    }
    const userAgent = request.headers['user-agent'];
    const created = await this.auth.createSession(dto.token, typeof userAgent === 'string' ? userAgent : undefined);
    reply.header('set-cookie', setSessionCookie(created.secret, created.maxAgeSeconds, this.config.secureCookies));
    reply.header('cache-control', 'no-store');
    return created.session;
  }

  @Get('session')
  @Authenticated(PEOPLE)
  @ApiOperation({ summary: 'The signed-in person' })
  @ApiOkResponse({ type: PeopleSessionResponseDto })
  current(@CurrentPrincipal() principal: Principal): Promise<PeopleSessionResponseDto> {
    return this.auth.describe(principal);
  }

  @Get('sessions')
  @Authenticated(PEOPLE)
  @ApiOperation({ summary: 'The live sessions of the signed-in person' })
  @ApiOkResponse({ type: SessionListDto })
  list(@CurrentPrincipal() principal: Principal): Promise<SessionListDto> {
    return this.auth.list(principal);
  }

  @Delete('session')
  @HttpCode(204)
  @Authenticated(PEOPLE)
  @ApiOperation({ summary: 'Sign out' })
  @ApiNoContentResponse({ description: 'The session is revoked at once and the cookie cleared.' })
  async signOut(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.revokeCurrent(principal);
    reply.header('set-cookie', clearSessionCookie(this.config.secureCookies));
  }

  @Delete('sessions')
  @HttpCode(204)
  @Authenticated(PEOPLE)
  @ApiOperation({ summary: 'Sign out everywhere' })
  @ApiNoContentResponse({ description: 'Every session of this person (each account sharing the address) is revoked.' })
  async signOutEverywhere(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.revokeAll(principal);
    reply.header('set-cookie', clearSessionCookie(this.config.secureCookies));
  }
}
