import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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

@ApiTags('access')
@Controller('v1/associations/:id')
export class AccessController {
  constructor(private readonly service: AccessService) {}

  @Post('access-requests')
  @Authenticated({ kinds: ['recruiter'], scopes: ['search:read'] })
  @ApiCreatedResponse({ type: AccessRequestDto })
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
  unblock(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('orgId', ParseUUIDPipe) orgId: string,
  ): Promise<void> {
    return this.service.unblockOrg(principal, id, orgId);
  }
}
