import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { PageQueryDto } from '../common/pagination';
import { AlumniImportService, IMPORT_COLUMNS } from './alumni-import.service';
import { AlumniService } from './alumni.service';
import { AlumnusPageDto, AlumnusResponseDto, ImportResultDto } from './dto/alumnus-response.dto';
import { ConsentEventDto } from './dto/consent.dto';
import { UpdateAlumnusDto } from './dto/update-profile.dto';
import { ApiProblems } from '../common/api-problems.decorator';
import { RequestLimits } from '../common/request-input';

/**
 * 50,000 rows of a full profile stay well below this per-route limit (about 40 MB of JSON). JSON
 * bodies reach the service unread and are checked, then imported, one element at a time; CSV
 * bodies are streamed (see AlumniImportService).
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
  @RequestLimits({ bodyLimit: IMPORT_JSON_BODY_LIMIT, streamJson: true })
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['alumni:write'] })
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({
    description: `A JSON array of alumni, or text/csv with a header row. Columns/fields: ${IMPORT_COLUMNS.join(', ')}. Up to 50,000 rows.`,
    schema: { type: 'array', items: { type: 'object' } },
  })
  @ApiOkResponse({ type: ImportResultDto })
  @ApiOperation({
    summary: 'Import alumni (JSON or CSV)',
    description:
      'Upserts alumni by `externalId` from a JSON array or `text/csv`. Bad rows never block good ones: they come back in `failed` with their errors. Imported consent needs a proof reference, else the alumnus starts with no consent. Emits `import.completed`.',
  })
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
  @ApiOperation({
    summary: "List the association's alumni",
    description: 'Alumni of the association with their current consent, newest first.',
  })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<AlumnusPageDto> {
    return this.service.list(principal, id, query);
  }

  @Get(':alumnusId')
  @Authenticated({ kinds: ['admin', 'association'], scopes: ['alumni:read'] })
  @ApiOkResponse({ type: AlumnusResponseDto })
  @ApiOperation({
    summary: 'Get an alumnus',
    description: 'One alumnus of the association with identity, professional fields and current consent.',
  })
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
  @ApiOperation({
    summary: 'Consent history of an alumnus',
    description:
      'Every consent event of the alumnus, oldest first: purposes, terms version and text hash, source and time (the proof of consent).',
  })
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
  @ApiOperation({
    summary: 'Update an alumnus',
    description:
      'Changes identity or professional fields of an alumnus of the association. Consent is not changed here: only the alumnus (or an import with proof) can.',
  })
  @ApiProblems('conflict')
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
  @ApiOperation({
    summary: 'Erase an alumnus',
    description:
      'Removes every personal field of the alumnus from the database and the search index; financial records stay without personal data. Orgs that unlocked the profile get `alumnus.erased`.',
  })
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
  @ApiOperation({
    summary: 'Invite an alumnus to consent',
    description: 'Mails the alumnus a magic link (valid 7 days) to review and give consent.',
  })
  invite(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('alumnusId', ParseUUIDPipe) alumnusId: string,
  ): Promise<void> {
    return this.service.invite(principal, id, alumnusId);
  }
}
