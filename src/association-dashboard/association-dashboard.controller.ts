import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { AssociationDashboardService } from './association-dashboard.service';
import {
  ConsentHealthDto,
  ConsentSegmentPageDto,
  ConsentSegmentQueryDto,
  InvitationsResultDto,
  RecruiterOrgActivityListDto,
  RecruiterOrgsQueryDto,
  SendInvitationsDto,
} from './dto/consent-health.dto';

@ApiTags('association dashboard')
@Controller('v1/associations/:id')
export class AssociationDashboardController {
  constructor(private readonly service: AssociationDashboardService) {}

  @Get('consent-health')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['alumni:read'] })
  @ApiOkResponse({ type: ConsentHealthDto })
  @ApiOperation({
    summary: 'Consent health',
    description: 'How many alumni are searchable, unlockable, contactable, lapsing, or never answered an invitation.',
  })
  consentHealth(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ConsentHealthDto> {
    return this.service.consentHealth(principal, id);
  }

  @Get('consent-health/alumni')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['alumni:read'] })
  @ApiOkResponse({ type: ConsentSegmentPageDto })
  @ApiOperation({
    summary: 'Alumni of a consent-health figure',
    description: 'The alumni behind one consent-health figure, to select for invitations.',
  })
  consentSegment(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ConsentSegmentQueryDto,
  ): Promise<ConsentSegmentPageDto> {
    return this.service.consentSegment(principal, id, query);
  }

  @Post('alumni/invitations')
  @HttpCode(202)
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['alumni:write'] })
  @ApiAcceptedResponse({ type: InvitationsResultDto })
  @ApiOperation({
    summary: 'Invite a selection of alumni',
    description: 'Invites (again) up to 100 alumni to give or renew their consent; answers which were queued and which skipped, and why.',
  })
  invite(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SendInvitationsDto,
  ): Promise<InvitationsResultDto> {
    return this.service.invite(principal, id, dto);
  }

  @Get('recruiter-orgs')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['access:manage'] })
  @ApiOkResponse({ type: RecruiterOrgActivityListDto })
  @ApiOperation({
    summary: 'Recruiter org activity',
    description: 'Recruiter orgs and how many alumni each unlocked or contacted; search by name or email domain to block one.',
  })
  recruiterOrgs(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: RecruiterOrgsQueryDto,
  ): Promise<RecruiterOrgActivityListDto> {
    return this.service.recruiterOrgs(principal, id, query);
  }
}
