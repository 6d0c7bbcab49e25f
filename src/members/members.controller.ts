import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { addressableAssociationId } from '../auth/ownership';
import { Principal, RecruiterPrincipal } from '../auth/principal';
import { PageQueryDto } from '../common/pagination';
import { AuditPageDto, InviteMemberDto, MemberDto, MemberPageDto, UpdateMemberDto } from './dto/member.dto';
import { MemberOwner } from './members.repository';
import { MembersService } from './members.service';
import { ApiProblems } from '../common/api-problems.decorator';

const association = (principal: Principal, id: string): MemberOwner => ({
  kind: 'association',
  associationId: addressableAssociationId(principal, id),
});
const org = (principal: RecruiterPrincipal): MemberOwner => ({ kind: 'recruiter', orgId: principal.orgId });

@ApiTags('members')
@Controller('v1')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get('associations/:id/members')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['members:manage'] })
  @ApiOkResponse({ type: MemberPageDto })
  @ApiOperation({
    summary: 'List association members',
    description: "The association's members, their roles and status.",
  })
  listForAssociation(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<MemberPageDto> {
    return this.members.list(association(p, id), query);
  }

  @Post('associations/:id/members')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['members:manage'] })
  @ApiCreatedResponse({ type: MemberDto })
  @ApiOperation({
    summary: 'Invite an association member',
    description: 'Mails a sign-in link valid 7 days. A member can be given only a role whose scopes the caller holds.',
  })
  @ApiProblems('member_exists', 'scope_escalation')
  inviteToAssociation(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: InviteMemberDto,
  ): Promise<MemberDto> {
    return this.members.invite(p, association(p, id), dto);
  }

  @Patch('associations/:id/members/:memberId')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['members:manage'] })
  @ApiOkResponse({ type: MemberDto })
  @ApiOperation({
    summary: "Change an association member's role",
    description: 'The last owner cannot be demoted; a caller cannot grant scopes it does not hold.',
  })
  @ApiProblems('last_owner', 'scope_escalation')
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
  @ApiNoContentResponse()
  @ApiOperation({
    summary: 'Remove an association member',
    description: 'The member is signed out at once. The last owner cannot be removed.',
  })
  @ApiProblems('last_owner', 'scope_escalation')
  removeFromAssociation(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
  ): Promise<void> {
    return this.members.remove(p, association(p, id), memberId);
  }

  @Get('associations/:id/audit-log')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['audit:read'] })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiOperation({
    summary: 'Association audit log',
    description: "Writes by the association's members and keys, newest first.",
  })
  auditForAssociation(
    @CurrentPrincipal() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<AuditPageDto> {
    return this.members.audit(association(p, id), query);
  }

  @Get('recruiter-orgs/me/members')
  @Authenticated({ kinds: ['recruiter'], scopes: ['members:manage'] })
  @ApiOkResponse({ type: MemberPageDto })
  @ApiOperation({
    summary: 'List org members',
    description: "The org's members, their roles and status.",
  })
  listForOrg(@CurrentPrincipal() p: RecruiterPrincipal, @Query() query: PageQueryDto): Promise<MemberPageDto> {
    return this.members.list(org(p), query);
  }

  @Post('recruiter-orgs/me/members')
  @Authenticated({ kinds: ['recruiter'], scopes: ['members:manage'] })
  @ApiCreatedResponse({ type: MemberDto })
  @ApiOperation({
    summary: 'Invite an org member',
    description: 'Mails a sign-in link valid 7 days. A member can be given only a role whose scopes the caller holds.',
  })
  @ApiProblems('member_exists', 'scope_escalation')
  inviteToOrg(@CurrentPrincipal() p: RecruiterPrincipal, @Body() dto: InviteMemberDto): Promise<MemberDto> {
    return this.members.invite(p, org(p), dto);
  }

  @Patch('recruiter-orgs/me/members/:memberId')
  @Authenticated({ kinds: ['recruiter'], scopes: ['members:manage'] })
  @ApiOkResponse({ type: MemberDto })
  @ApiOperation({
    summary: "Change an org member's role",
    description: 'The last owner cannot be demoted; a caller cannot grant scopes it does not hold.',
  })
  @ApiProblems('last_owner', 'scope_escalation')
  updateInOrg(
    @CurrentPrincipal() p: RecruiterPrincipal,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() dto: UpdateMemberDto,
  ): Promise<MemberDto> {
    return this.members.update(p, org(p), memberId, dto.role);
  }

  @Delete('recruiter-orgs/me/members/:memberId')
  @HttpCode(204)
  @Authenticated({ kinds: ['recruiter'], scopes: ['members:manage'] })
  @ApiNoContentResponse()
  @ApiOperation({
    summary: 'Remove an org member',
    description: 'The member is signed out at once. The last owner cannot be removed.',
  })
  @ApiProblems('last_owner', 'scope_escalation')
  removeFromOrg(@CurrentPrincipal() p: RecruiterPrincipal, @Param('memberId', ParseUUIDPipe) memberId: string): Promise<void> {
    return this.members.remove(p, org(p), memberId);
  }

  @Get('recruiter-orgs/me/audit-log')
  @Authenticated({ kinds: ['recruiter'], scopes: ['audit:read'] })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiOperation({
    summary: 'Org audit log',
    description: "Writes by the org's members and keys, newest first.",
  })
  auditForOrg(@CurrentPrincipal() p: RecruiterPrincipal, @Query() query: PageQueryDto): Promise<AuditPageDto> {
    return this.members.audit(org(p), query);
  }
}
