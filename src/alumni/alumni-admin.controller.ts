import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { PageQueryDto } from '../common/pagination';
import { AlumniImportService, IMPORT_COLUMNS } from './alumni-import.service';
import { AlumniService } from './alumni.service';
import { AlumnusPageDto, AlumnusResponseDto, ImportResultDto } from './dto/alumnus-response.dto';
import { ConsentEventDto } from './dto/consent.dto';
import { UpdateAlumnusDto } from './dto/update-profile.dto';

/**
 * JSON imports are parsed whole by Fastify: 50,000 rows of a full profile stay well below this
 * per-route limit (about 20 MB). CSV bodies are streamed and never buffered (see AlumniImportService).
 */
export const IMPORT_JSON_BODY_LIMIT = 64 * 1_048_576;

@ApiTags('alumni')
@Controller('v1/associations/:id/alumni')
export class AlumniAdminController {
  constructor(
    private readonly service: AlumniService,
    private readonly imports: AlumniImportService,
  ) {}

  @Post('import')
  @HttpCode(200)
  @RouteConfig({ bodyLimit: IMPORT_JSON_BODY_LIMIT })
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['alumni:write'] })
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({
    description: `A JSON array of alumni, or text/csv with a header row. Columns/fields: ${IMPORT_COLUMNS.join(', ')}. Up to 50,000 rows.`,
    schema: { type: 'array', items: { type: 'object' } },
  })
  @ApiOkResponse({ type: ImportResultDto })
  import(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
  ): Promise<ImportResultDto> {
    return this.imports.import(principal, id, body, contentType);
  }

  @Get()
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['alumni:read'] })
  @ApiOkResponse({ type: AlumnusPageDto })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: PageQueryDto): Promise<AlumnusPageDto> {
    return this.service.list(principal, id, query);
  }

  @Get(':alumnusId')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['alumni:read'] })
  @ApiOkResponse({ type: AlumnusResponseDto })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('alumnusId', ParseUUIDPipe) alumnusId: string,
  ): Promise<AlumnusResponseDto> {
    return this.service.get(principal, id, alumnusId);
  }

  @Get(':alumnusId/consent-events')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['alumni:read'] })
  @ApiOkResponse({ type: [ConsentEventDto] })
  consentHistory(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('alumnusId', ParseUUIDPipe) alumnusId: string,
  ): Promise<ConsentEventDto[]> {
    return this.service.consentHistory(principal, id, alumnusId);
  }

  @Patch(':alumnusId')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['alumni:write'] })
  @ApiOkResponse({ type: AlumnusResponseDto })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('alumnusId', ParseUUIDPipe) alumnusId: string,
    @Body() dto: UpdateAlumnusDto,
  ): Promise<AlumnusResponseDto> {
    return this.service.update(principal, id, alumnusId, dto);
  }

  @Delete(':alumnusId')
  @HttpCode(204)
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['alumni:write'] })
  @ApiNoContentResponse({ description: 'Erased: personal data removed, consent history kept without it.' })
  erase(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('alumnusId', ParseUUIDPipe) alumnusId: string,
  ): Promise<void> {
    return this.service.erase(principal, id, alumnusId);
  }

  @Post(':alumnusId/invitations')
  @HttpCode(202)
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['alumni:write'] })
  @ApiAcceptedResponse({ description: 'A consent invitation (magic link valid 7 days) is queued for the alumnus.' })
  invite(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('alumnusId', ParseUUIDPipe) alumnusId: string,
  ): Promise<void> {
    return this.service.invite(principal, id, alumnusId);
  }
}
