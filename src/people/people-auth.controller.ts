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
import { ApiProblems } from '../common/api-problems.decorator';

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
  @ApiAcceptedResponse({ description: 'Always 202 `{}`, whether or not the address is known (no account enumeration).' })
  @ApiOperation({
    summary: 'Mail sign-in links',
    description:
      'Mails a sign-in link for each account (alumnus, association or org member) of the address. Always 202, so addresses cannot be enumerated.',
  })
  requestSignInLinks(@Body() dto: RequestSignInLinkDto): Record<string, never> {
    this.auth.requestSignInLinks(dto.email, dto.locale);
    return {};
  }

  @Post('sessions')
  @Public()
  @RateLimit('sign-in')
  @ApiCreatedResponse({ type: PeopleSessionResponseDto, description: 'Sets the `pas_session` cookie (HttpOnly, SameSite=Lax).' })
  @ApiOperation({
    summary: 'Open a web-app session',
    description:
      'Exchanges the single-use token of a sign-in link for a session cookie `pas_session` (HttpOnly, SameSite=Lax). Must come from this site.',
  })
  @ApiProblems('sign_in_link_invalid', 'cross_site_request')
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
  @ApiOkResponse({ type: PeopleSessionResponseDto })
  @ApiOperation({
    summary: 'The signed-in person',
    description: 'Who is signed in, as which account (alumnus, or association or org member with role and scopes).',
  })
  current(@CurrentPrincipal() principal: Principal): Promise<PeopleSessionResponseDto> {
    return this.auth.describe(principal);
  }

  @Get('sessions')
  @Authenticated(PEOPLE)
  @ApiOkResponse({ type: SessionListDto })
  @ApiOperation({
    summary: 'List my sessions',
    description: 'The live web-app sessions of the signed-in person.',
  })
  list(@CurrentPrincipal() principal: Principal): Promise<SessionListDto> {
    return this.auth.list(principal);
  }

  @Delete('session')
  @HttpCode(204)
  @Authenticated(PEOPLE)
  @ApiNoContentResponse({ description: 'The session is revoked at once and the cookie cleared.' })
  @ApiOperation({
    summary: 'Sign out',
    description: 'Revokes this session at once and clears the cookie.',
  })
  async signOut(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.revokeCurrent(principal);
    reply.header('set-cookie', clearSessionCookie(this.config.secureCookies));
  }

  @Delete('sessions')
  @HttpCode(204)
  @Authenticated(PEOPLE)
  @ApiNoContentResponse({ description: 'Every session of this person (each account sharing the address) is revoked.' })
  @ApiOperation({
    summary: 'Sign out everywhere',
    description: 'Revokes every session of this person, on every account sharing the address.',
  })
  async signOutEverywhere(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.revokeAll(principal);
    reply.header('set-cookie', clearSessionCookie(this.config.secureCookies));
  }
}
