import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { addressableAssociationId } from '../auth/ownership';
import { Principal, RecruiterPrincipal } from '../auth/principal';
import { PageQueryDto } from '../common/pagination';
import { AuditPageDto, InviteMemberDto, MemberDto, MemberPageDto, UpdateMemberDto } from './dto/member.dto';
import { MemberOwner } from './members.repository';
import { MembersService } from './members.service';

const association = (principal: Principal, id: string): MemberOwner => ({ kind: 'association', associationId: addressableAssociationId(principal, id) });
const org = (principal: RecruiterPrincipal): MemberOwner => ({ kind: 'recruiter', orgId: principal.orgId });

@ApiTags('members')
@Controller('v1')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get('associations/:id/members')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['members:manage'] })
  @ApiOperation({ summary: "List the association's members" })
  @ApiOkResponse({ type: MemberPageDto })
  listForAssociation(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: PageQueryDto): Promise<MemberPageDto> {
    return this.members.list(association(p, id), query);
  }

  @Post('associations/:id/members')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['members:manage'] })
  @ApiOperation({ summary: 'Invite a member of the association (mails a 7-day link)' })
  @ApiCreatedResponse({ type: MemberDto })
  inviteToAssociation(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() dto: InviteMemberDto): Promise<MemberDto> {
    return this.members.invite(p, association(p, id), dto);
  }

  @Patch('associations/:id/members/:memberId')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['members:manage'] })
  @ApiOperation({ summary: "Change an association member's role" })
  @ApiOkResponse({ type: MemberDto })
  updateInAssociation(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() dto: UpdateMemberDto,
  ): Promise<MemberDto> {
    return this.members.update(p, association(p, id), memberId, dto.role);
  }

  @Delete('associations/:id/members/:memberId')
  @HttpCode(204)
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['members:manage'] })
  @ApiOperation({ summary: 'Remove an association member (signed out at once)' })
  @ApiNoContentResponse()
  removeFromAssociation(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Param('memberId', ParseUUIDPipe) memberId: string): Promise<void> {
    return this.members.remove(p, association(p, id), memberId);
  }

  @Get('associations/:id/audit-log')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['audit:read'] })
  @ApiOperation({ summary: "The association's audit log (writes by members and keys), newest first" })
  @ApiOkResponse({ type: AuditPageDto })
  auditForAssociation(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: PageQueryDto): Promise<AuditPageDto> {
    return this.members.audit(association(p, id), query);
  }

  @Get('recruiter-orgs/me/members')
  @Authenticated({ kinds: ['recruiter'], scopes: ['members:manage'] })
  @ApiOperation({ summary: "List the org's members" })
  @ApiOkResponse({ type: MemberPageDto })
  listForOrg(@CurrentPrincipal() p: RecruiterPrincipal, @Query() query: PageQueryDto): Promise<MemberPageDto> {
    return this.members.list(org(p), query);
  }

  @Post('recruiter-orgs/me/members')
  @Authenticated({ kinds: ['recruiter'], scopes: ['members:manage'] })
  @ApiOperation({ summary: 'Invite a member of the org (mails a 7-day link)' })
  @ApiCreatedResponse({ type: MemberDto })
  inviteToOrg(@CurrentPrincipal() p: RecruiterPrincipal, @Body() dto: InviteMemberDto): Promise<MemberDto> {
    return this.members.invite(p, org(p), dto);
  }

  @Patch('recruiter-orgs/me/members/:memberId')
  @Authenticated({ kinds: ['recruiter'], scopes: ['members:manage'] })
  @ApiOperation({ summary: "Change an org member's role" })
  @ApiOkResponse({ type: MemberDto })
  updateInOrg(@CurrentPrincipal() p: RecruiterPrincipal, @Param('memberId', ParseUUIDPipe) memberId: string, @Body() dto: UpdateMemberDto): Promise<MemberDto> {
    return this.members.update(p, org(p), memberId, dto.role);
  }

  @Delete('recruiter-orgs/me/members/:memberId')
  @HttpCode(204)
  @Authenticated({ kinds: ['recruiter'], scopes: ['members:manage'] })
  @ApiOperation({ summary: 'Remove an org member (signed out at once)' })
  @ApiNoContentResponse()
  removeFromOrg(@CurrentPrincipal() p: RecruiterPrincipal, @Param('memberId', ParseUUIDPipe) memberId: string): Promise<void> {
    return this.members.remove(p, org(p), memberId);
  }

  @Get('recruiter-orgs/me/audit-log')
  @Authenticated({ kinds: ['recruiter'], scopes: ['audit:read'] })
  @ApiOperation({ summary: "The org's audit log (writes by members and keys), newest first" })
  @ApiOkResponse({ type: AuditPageDto })
  auditForOrg(@CurrentPrincipal() p: RecruiterPrincipal, @Query() query: PageQueryDto): Promise<AuditPageDto> {
    return this.members.audit(org(p), query);
  }
}
