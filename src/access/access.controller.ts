import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { Principal, RecruiterPrincipal } from '../auth/principal';
import { PageQueryDto } from '../common/pagination';
import { AccessService } from './access.service';
import {
  AccessRequestDto,
  AccessRequestPageDto,
  AccessRequestQueryDto,
  AssociationBlockDto,
  AssociationBlockPageDto,
  BlockOrgDto,
  CreateAccessRequestDto,
} from './dto/access.dto';
import { ApiProblems } from '../common/api-problems.decorator';

@ApiTags('access')
@Controller('v1/associations/:id')
export class AccessController {
  constructor(private readonly service: AccessService) {}

  @Post('access-requests')
  @Authenticated({ kinds: ['recruiter'], scopes: ['search:read'] })
  @ApiCreatedResponse({ type: AccessRequestDto })
  @ApiOperation({
    summary: 'Ask an association for access',
    description:
      "Asks for access to the association's alumni, which an association with the `approval` policy must grant (`open` ones admit every org without a request; `closed` ones refuse). The association gets an `access_request.created` event; asking again returns the same request.",
  })
  @ApiProblems('access_request_closed')
  request(
    @CurrentPrincipal() principal: RecruiterPrincipal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateAccessRequestDto,
  ): Promise<AccessRequestDto> {
    return this.service.requestAccess(principal, id, dto.message);
  }

  @Get('access-requests')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['access:manage'] })
  @ApiOkResponse({ type: AccessRequestPageDto })
  @ApiOperation({
    summary: 'List access requests',
    description: "Recruiter orgs' requests for access to the association, filterable by status.",
  })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: AccessRequestQueryDto,
  ): Promise<AccessRequestPageDto> {
    return this.service.listRequests(principal, id, query);
  }

  @Post('access-requests/:requestId/approve')
  @HttpCode(200)
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['access:manage'] })
  @ApiOkResponse({ type: AccessRequestDto })
  @ApiOperation({
    summary: 'Approve an access request',
    description: "Gives the org access to the association's alumni (search, unlock and contact).",
  })
  approve(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('requestId', ParseUUIDPipe) requestId: string,
  ): Promise<AccessRequestDto> {
    return this.service.decide(principal, id, requestId, 'approved');
  }

  @Post('access-requests/:requestId/reject')
  @HttpCode(200)
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['access:manage'] })
  @ApiOkResponse({ type: AccessRequestDto })
  @ApiOperation({
    summary: 'Reject an access request',
    description: "Refuses the org access; its searches no longer include the association's alumni.",
  })
  reject(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('requestId', ParseUUIDPipe) requestId: string,
  ): Promise<AccessRequestDto> {
    return this.service.decide(principal, id, requestId, 'rejected');
  }

  @Post('blocked-orgs')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['access:manage'] })
  @ApiCreatedResponse({ type: AssociationBlockDto })
  @ApiOperation({
    summary: 'Block a recruiter org',
    description: "The org sees none of the association's alumni from now on, whatever the access policy. Blocking twice is harmless.",
  })
  block(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: BlockOrgDto,
  ): Promise<AssociationBlockDto> {
    return this.service.blockOrg(principal, id, dto.orgId);
  }

  @Get('blocked-orgs')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['access:manage'] })
  @ApiOkResponse({ type: AssociationBlockPageDto })
  @ApiOperation({
    summary: 'List blocked orgs',
    description: 'Recruiter orgs the association blocked, newest first.',
  })
  listBlocked(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<AssociationBlockPageDto> {
    return this.service.listBlockedOrgs(principal, id, query);
  }

  @Delete('blocked-orgs/:orgId')
  @HttpCode(204)
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['access:manage'] })
  @ApiNoContentResponse()
  @ApiOperation({
    summary: 'Unblock a recruiter org',
    description: "Lifts the association's block; the access policy applies again.",
  })
  unblock(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('orgId', ParseUUIDPipe) orgId: string,
  ): Promise<void> {
    return this.service.unblockOrg(principal, id, orgId);
  }
}
