import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
  get(@CurrentPrincipal() me: AlumnusPrincipal): Promise<AlumnusResponseDto> {
    return this.service.get(me);
  }

  @Patch()
  @Authenticated({ kinds: ['alumnus'] })
  @ApiOkResponse({ type: AlumnusResponseDto })
  update(@CurrentPrincipal() me: AlumnusPrincipal, @Body() dto: UpdateMeDto): Promise<AlumnusResponseDto> {
    return this.service.update(me, dto);
  }

  @Put('consent')
  @Authenticated({ kinds: ['alumnus'] })
  @ApiOkResponse({ type: ConsentStateDto })
  putConsent(@CurrentPrincipal() me: AlumnusPrincipal, @Body() dto: PutConsentDto, @Req() request: FastifyRequest): Promise<ConsentStateDto> {
    return this.service.putConsent(me, dto, evidenceOf(request));
  }

  @Delete('consent')
  @Authenticated({ kinds: ['alumnus'] })
  @ApiOkResponse({ type: ConsentStateDto, description: 'Every purpose withdrawn in one event.' })
  withdrawConsent(@CurrentPrincipal() me: AlumnusPrincipal, @Req() request: FastifyRequest): Promise<ConsentStateDto> {
    return this.service.withdrawConsent(me, evidenceOf(request));
  }

  @Get('access-log')
  @Authenticated({ kinds: ['alumnus'] })
  @ApiOkResponse({ type: AccessLogPageDto })
  accessLog(@CurrentPrincipal() me: AlumnusPrincipal, @Query() query: PageQueryDto): Promise<AccessLogPageDto> {
    return this.service.accessLog(me, query);
  }

  @Get('blocked-orgs')
  @Authenticated({ kinds: ['alumnus'] })
  @ApiOkResponse({ type: BlockedOrgPageDto })
  blockedOrgs(@CurrentPrincipal() me: AlumnusPrincipal, @Query() query: PageQueryDto): Promise<BlockedOrgPageDto> {
    return this.service.blockedOrgs(me, query);
  }

  @Post('blocked-orgs/:orgId')
  @Authenticated({ kinds: ['alumnus'] })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The org no longer sees this alumnus anywhere.' })
  blockOrg(@CurrentPrincipal() me: AlumnusPrincipal, @Param('orgId', ParseUUIDPipe) orgId: string): Promise<void> {
    return this.service.blockOrg(me, orgId);
  }

  @Delete('blocked-orgs/:orgId')
  @Authenticated({ kinds: ['alumnus'] })
  @HttpCode(204)
  @ApiNoContentResponse()
  unblockOrg(@CurrentPrincipal() me: AlumnusPrincipal, @Param('orgId', ParseUUIDPipe) orgId: string): Promise<void> {
    return this.service.unblockOrg(me, orgId);
  }

  @Get('export')
  @Authenticated({ kinds: ['alumnus'] })
  @ApiOkResponse({ type: ExportDto })
  export(@CurrentPrincipal() me: AlumnusPrincipal): Promise<ExportDto> {
    return this.service.export(me);
  }

  @Delete('session')
  @Authenticated({ kinds: ['alumnus'] })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signs out: the calling session token stops working.' })
  signOut(@CurrentPrincipal() me: AlumnusPrincipal): Promise<void> {
    return this.auth.revokeSession(me);
  }

  @Delete()
  @Authenticated({ kinds: ['alumnus'] })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Erasure: every personal field removed; consent history kept without personal data.' })
  erase(@CurrentPrincipal() me: AlumnusPrincipal): Promise<void> {
    return this.service.erase(me);
  }
}
