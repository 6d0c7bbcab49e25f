import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiHeader, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { RecruiterPrincipal } from '../auth/principal';
import { IdempotencyKey } from '../idempotency/idempotency-key.decorator';
import { PageQueryDto } from '../common/pagination';
import { RateLimit } from '../rate-limit/rate-limit.decorators';
import { UnlockPageDto, UnlockResponseDto } from './dto/unlock-response.dto';
import { FullProfileDto, ProfilePreviewDto } from '../access/profile-views';
import { ProfilesService } from './profiles.service';

@ApiTags('profiles')
@ApiExtraModels(ProfilePreviewDto, FullProfileDto)
@Controller('v1')
export class ProfilesController {
  constructor(private readonly service: ProfilesService) {}

  @Get('profiles/:alumnusId')
  @Authenticated({ kinds: ['recruiter'], scopes: ['search:read'] })
  @RateLimit('search')
  @ApiOkResponse({
    description: 'A preview, or the full profile when this org unlocked it and consent still allows (`level`).',
    schema: { oneOf: [{ $ref: getSchemaPath(ProfilePreviewDto) }, { $ref: getSchemaPath(FullProfileDto) }] },
  })
  get(
    @CurrentPrincipal() principal: RecruiterPrincipal,
    @Param('alumnusId', ParseUUIDPipe) alumnusId: string,
  ): Promise<ProfilePreviewDto | FullProfileDto> {
    return this.service.get(principal, alumnusId);
  }

  @Post('profiles/:alumnusId/unlock')
  @HttpCode(201)
  @Authenticated({ kinds: ['recruiter'], scopes: ['profiles:unlock'] })
  @RateLimit('unlock')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Replays the first response for the same key.' })
  @ApiCreatedResponse({ type: UnlockResponseDto, description: 'First unlock: credits charged.' })
  @ApiOkResponse({ type: UnlockResponseDto, description: 'Already unlocked by this org: nothing charged.' })
  async unlock(
    @CurrentPrincipal() principal: RecruiterPrincipal,
    @Param('alumnusId', ParseUUIDPipe) alumnusId: string,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UnlockResponseDto> {
    const outcome = await this.service.unlock(principal, alumnusId, idempotencyKey);
    reply.status(outcome.status);
    return outcome.body;
  }

  @Get('unlocks')
  @Authenticated({ kinds: ['recruiter'], scopes: ['profiles:unlock'] })
  @ApiOkResponse({ type: UnlockPageDto })
  listUnlocks(@CurrentPrincipal() principal: RecruiterPrincipal, @Query() query: PageQueryDto): Promise<UnlockPageDto> {
    return this.service.listUnlocks(principal, query);
  }
}
