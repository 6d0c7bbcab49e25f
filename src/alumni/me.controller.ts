import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { AlumnusPrincipal } from '../auth/principal';
import { PageQueryDto } from '../common/pagination';
import { AlumniAuthService } from './alumni-auth.service';
import { AlumnusResponseDto } from './dto/alumnus-response.dto';
import { ConsentStateDto, PutConsentDto } from './dto/consent.dto';
import { AccessLogPageDto, BlockedOrgPageDto, ExportDto } from './dto/me.dto';
import { UpdateMeDto } from './dto/update-profile.dto';
import { Evidence, MeService } from './me.service';
import { ApiProblems } from '../common/api-problems.decorator';

function evidenceOf(request: FastifyRequest): Evidence {
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 500) : null };
}

@ApiTags('me')
@Controller('v1/me')
export class MeController {
  constructor(
    private readonly service: MeService,
    private readonly auth: AlumniAuthService,
  ) {}

  @Get()
  @Authenticated({ kinds: ['alumnus'] })
  @ApiOkResponse({ type: AlumnusResponseDto })
  @ApiOperation({
    summary: 'Get my profile',
    description: "The signed-in alumnus's own profile and current consent.",
  })
  get(@CurrentPrincipal() me: AlumnusPrincipal): Promise<AlumnusResponseDto> {
    return this.service.get(me);
  }

  @Patch()
  @Authenticated({ kinds: ['alumnus'] })
  @ApiOkResponse({ type: AlumnusResponseDto })
  @ApiOperation({
    summary: 'Update my profile',
    description: "Changes the alumnus's own identity and professional fields; the search index follows.",
  })
  update(@CurrentPrincipal() me: AlumnusPrincipal, @Body() dto: UpdateMeDto): Promise<AlumnusResponseDto> {
    return this.service.update(me, dto);
  }

  @Put('consent')
  @Authenticated({ kinds: ['alumnus'] })
  @ApiOkResponse({ type: ConsentStateDto })
  @ApiOperation({
    summary: 'Set my consent',
    description:
      'Records a new consent event (searchable, unlockable, contactable) against the terms version shown, with evidence. Unlockable and contactable need searchable. Withdrawing unlockable notifies every org that unlocked the profile.',
  })
  @ApiProblems('consent_requires_searchable', 'unknown_terms_version')
  putConsent(
    @CurrentPrincipal() me: AlumnusPrincipal,
    @Body() dto: PutConsentDto,
    @Req() request: FastifyRequest,
  ): Promise<ConsentStateDto> {
    return this.service.putConsent(me, dto, evidenceOf(request));
  }

  @Delete('consent')
  @Authenticated({ kinds: ['alumnus'] })
  @ApiOkResponse({ type: ConsentStateDto, description: 'Every purpose withdrawn in one event.' })
  @ApiOperation({
    summary: 'Withdraw all consent',
    description:
      'Withdraws every purpose in one event: the alumnus leaves search at once, and every org that unlocked the profile gets `alumnus.consent_withdrawn` telling it to delete the data.',
  })
  withdrawConsent(@CurrentPrincipal() me: AlumnusPrincipal, @Req() request: FastifyRequest): Promise<ConsentStateDto> {
    return this.service.withdrawConsent(me, evidenceOf(request));
  }

  @Get('access-log')
  @Authenticated({ kinds: ['alumnus'] })
  @ApiOkResponse({ type: AccessLogPageDto })
  @ApiOperation({
    summary: 'Who viewed me',
    description: 'Every preview view, unlock and contact request about the alumnus, naming the recruiter org, newest first.',
  })
  accessLog(@CurrentPrincipal() me: AlumnusPrincipal, @Query() query: PageQueryDto): Promise<AccessLogPageDto> {
    return this.service.accessLog(me, query);
  }

  @Get('blocked-orgs')
  @Authenticated({ kinds: ['alumnus'] })
  @ApiOkResponse({ type: BlockedOrgPageDto })
  @ApiOperation({
    summary: 'List my blocked orgs',
    description: 'Recruiter orgs the alumnus blocked.',
  })
  blockedOrgs(@CurrentPrincipal() me: AlumnusPrincipal, @Query() query: PageQueryDto): Promise<BlockedOrgPageDto> {
    return this.service.blockedOrgs(me, query);
  }

  @Post('blocked-orgs/:orgId')
  @Authenticated({ kinds: ['alumnus'] })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The org no longer sees this alumnus anywhere.' })
  @ApiOperation({
    summary: 'Block an org',
    description: 'The org never sees this alumnus again in search, previews, unlocks or contact requests.',
  })
  blockOrg(@CurrentPrincipal() me: AlumnusPrincipal, @Param('orgId', ParseUUIDPipe) orgId: string): Promise<void> {
    return this.service.blockOrg(me, orgId);
  }

  @Delete('blocked-orgs/:orgId')
  @Authenticated({ kinds: ['alumnus'] })
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiOperation({
    summary: 'Unblock an org',
    description: "Lifts the alumnus's block on the org.",
  })
  unblockOrg(@CurrentPrincipal() me: AlumnusPrincipal, @Param('orgId', ParseUUIDPipe) orgId: string): Promise<void> {
    return this.service.unblockOrg(me, orgId);
  }

  @Get('export')
  @Authenticated({ kinds: ['alumnus'] })
  @ApiOkResponse({ type: ExportDto })
  @ApiOperation({
    summary: 'Export my data',
    description:
      'Everything Passerelle holds about the alumnus, as JSON (GDPR Art. 15 and 20): profile, consent history, access log, blocked orgs, sessions, mails and contact requests.',
  })
  export(@CurrentPrincipal() me: AlumnusPrincipal): Promise<ExportDto> {
    return this.service.export(me);
  }

  @Delete('session')
  @Authenticated({ kinds: ['alumnus'] })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signs out: the calling session token stops working.' })
  @ApiOperation({
    summary: 'Sign out this session',
    description: 'Revokes the calling session token.',
  })
  signOut(@CurrentPrincipal() me: AlumnusPrincipal): Promise<void> {
    return this.auth.revokeSession(me);
  }

  @Delete()
  @Authenticated({ kinds: ['alumnus'] })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Erasure: every personal field removed; consent history kept without personal data.' })
  @ApiOperation({
    summary: 'Erase my data',
    description:
      'Erases every personal field of the alumnus and signs them out; orgs that unlocked the profile get `alumnus.erased`. Cannot be undone.',
  })
  erase(@CurrentPrincipal() me: AlumnusPrincipal): Promise<void> {
    return this.service.erase(me);
  }
}
