import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { addressableAssociationId } from '../auth/ownership';
import { Principal, RecruiterPrincipal } from '../auth/principal';
import { PageQueryDto } from '../common/pagination';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyPageDto, CreatedApiKeyDto } from './dto/api-key-response.dto';
import { CreateApiKeyDto, RotateApiKeyDto } from './dto/create-api-key.dto';
import { KeyIdParam } from './dto/key-id.param';
import { ApiProblems } from '../common/api-problems.decorator';

@ApiTags('api-keys')
@Controller('v1')
export class ApiKeysController {
  constructor(private readonly service: ApiKeysService) {}

  @Post('associations/:id/api-keys')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['keys:manage'] })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  @ApiOperation({
    summary: 'Create an association API key',
    description:
      'Issues a `pas_asc_…` key for the association with the scopes asked for (none beyond those the caller holds). The full key is in the response once and never again; only a hash is stored.',
  })
  @ApiProblems('scope_escalation')
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
  @ApiOperation({
    summary: "List the association's API keys",
    description: 'Keys of the association, newest first, with their scopes, expiry, revocation and `lastUsedAt`. Never the secret.',
  })
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
  @ApiOperation({
    summary: 'Create a recruiter-org API key',
    description:
      "Issues a `pas_rec_…` key for the caller's org, e.g. one per HR system, with the scopes asked for (none beyond those the caller holds). The full key is in the response once and never again.",
  })
  @ApiProblems('scope_escalation')
  createForOrg(@CurrentPrincipal() principal: RecruiterPrincipal, @Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    return this.service.create(principal, { kind: 'rec', orgId: principal.orgId }, dto);
  }

  @Get('recruiter-orgs/me/api-keys')
  @Authenticated({ kinds: ['recruiter'], scopes: ['keys:manage'] })
  @ApiOkResponse({ type: ApiKeyPageDto })
  @ApiOperation({
    summary: "List the org's API keys",
    description: "Keys of the caller's org, newest first, with their scopes, expiry, revocation and `lastUsedAt`. Never the secret.",
  })
  listForOrg(@CurrentPrincipal() principal: RecruiterPrincipal, @Query() query: PageQueryDto): Promise<ApiKeyPageDto> {
    return this.service.list({ kind: 'rec', orgId: principal.orgId }, query);
  }

  @Delete('api-keys/:keyId')
  @HttpCode(204)
  @Authenticated({ kinds: ['admin', 'association', 'recruiter'], scopes: ['keys:manage'] })
  @ApiNoContentResponse({ description: 'Revoked (also when it already was).' })
  @ApiOperation({
    summary: 'Revoke an API key',
    description:
      "Revokes a key of the caller's association or org (any key for a platform admin) at once. Revoking an already revoked key succeeds.",
  })
  @ApiProblems('scope_escalation')
  revoke(@CurrentPrincipal() principal: Principal, @Param() params: KeyIdParam): Promise<void> {
    return this.service.revoke(principal, params.keyId);
  }

  @Post('api-keys/:keyId/rotate')
  @Authenticated({ kinds: ['admin', 'association', 'recruiter'], scopes: ['keys:manage'] })
  @ApiCreatedResponse({ type: CreatedApiKeyDto, description: 'The replacement key; the old one lapses after `graceSeconds`.' })
  @ApiOperation({
    summary: 'Rotate an API key',
    description:
      'Issues a replacement key with the same name and scopes; the old key keeps working for `graceSeconds`, so an integration can switch without downtime. The new key is shown once.',
  })
  @ApiProblems('api_key_revoked', 'scope_escalation')
  rotate(@CurrentPrincipal() principal: Principal, @Param() params: KeyIdParam, @Body() dto: RotateApiKeyDto): Promise<CreatedApiKeyDto> {
    return this.service.rotate(principal, params.keyId, dto.graceSeconds);
  }
}
