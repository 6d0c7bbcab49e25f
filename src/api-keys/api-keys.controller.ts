import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { addressableAssociationId } from '../auth/ownership';
import { Principal, RecruiterPrincipal } from '../auth/principal';
import { PageQueryDto } from '../common/pagination';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyPageDto, CreatedApiKeyDto } from './dto/api-key-response.dto';
import { CreateApiKeyDto, RotateApiKeyDto } from './dto/create-api-key.dto';
import { KeyIdParam } from './dto/key-id.param';

@ApiTags('api-keys')
@Controller('v1')
export class ApiKeysController {
  constructor(private readonly service: ApiKeysService) {}

  @Post('associations/:id/api-keys')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['keys:manage'] })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  createForAssociation(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateApiKeyDto,
  ): Promise<CreatedApiKeyDto> {
    return this.service.create(principal, { kind: 'asc', associationId: addressableAssociationId(principal, id) }, dto);
  }

  @Get('associations/:id/api-keys')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['keys:manage'] })
  @ApiOkResponse({ type: ApiKeyPageDto })
  listForAssociation(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<ApiKeyPageDto> {
    return this.service.list({ kind: 'asc', associationId: addressableAssociationId(principal, id) }, query);
  }

  @Post('recruiter-orgs/me/api-keys')
  @Authenticated({ kinds: ['recruiter'], scopes: ['keys:manage'] })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  createForOrg(@CurrentPrincipal() principal: RecruiterPrincipal, @Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    return this.service.create(principal, { kind: 'rec', orgId: principal.orgId }, dto);
  }

  @Get('recruiter-orgs/me/api-keys')
  @Authenticated({ kinds: ['recruiter'], scopes: ['keys:manage'] })
  @ApiOkResponse({ type: ApiKeyPageDto })
  listForOrg(@CurrentPrincipal() principal: RecruiterPrincipal, @Query() query: PageQueryDto): Promise<ApiKeyPageDto> {
    return this.service.list({ kind: 'rec', orgId: principal.orgId }, query);
  }

  @Delete('api-keys/:keyId')
  @HttpCode(204)
  @Authenticated({ kinds: ['admin', 'association', 'recruiter'], scopes: ['keys:manage'] })
  @ApiNoContentResponse({ description: 'Revoked (also when it already was).' })
  revoke(@CurrentPrincipal() principal: Principal, @Param() params: KeyIdParam): Promise<void> {
    return this.service.revoke(principal, params.keyId);
  }

  @Post('api-keys/:keyId/rotate')
  @Authenticated({ kinds: ['admin', 'association', 'recruiter'], scopes: ['keys:manage'] })
  @ApiCreatedResponse({ type: CreatedApiKeyDto, description: 'The replacement key; the old one lapses after `graceSeconds`.' })
  rotate(
    @CurrentPrincipal() principal: Principal,
    @Param() params: KeyIdParam,
    @Body() dto: RotateApiKeyDto,
  ): Promise<CreatedApiKeyDto> {
    return this.service.rotate(principal, params.keyId, dto.graceSeconds);
  }
}
