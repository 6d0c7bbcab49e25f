import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { RecruiterPrincipal } from '../auth/principal';
import { IdempotencyKey } from '../idempotency/idempotency-key.decorator';
import { PageQueryDto } from '../common/pagination';
import { RateLimit } from '../rate-limit/rate-limit.decorators';
import { UnlockPageDto, UnlockResponseDto } from './dto/unlock-response.dto';
import { UnlocksService } from './unlocks.service';
import { ApiProblems } from '../common/api-problems.decorator';

// Under the profiles tag, beside GET /v1/profiles/{alumnusId}: an unlock opens a profile, paid in credits.
@ApiTags('profiles')
@Controller('v1')
export class UnlocksController {
  constructor(private readonly service: UnlocksService) {}

  @Post('profiles/:alumnusId/unlock')
  @HttpCode(201)
  @Authenticated({ kinds: ['recruiter'], scopes: ['profiles:unlock'] })
  @RateLimit('unlock')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Replays the first response for the same key.' })
  @ApiCreatedResponse({ type: UnlockResponseDto, description: 'First unlock: credits charged.' })
  @ApiOkResponse({ type: UnlockResponseDto, description: 'Already unlocked by this org: nothing charged.' })
  @ApiOperation({
    summary: 'Unlock a full profile',
    description:
      "Charges the association's unlock price in credits (201) and returns the full profile: identity and professional fields, never email or phone. Unlocks are org-wide and once: repeating answers 200 with nothing charged. Consent, access policy and blocks are checked at the time of the unlock.",
  })
  @ApiProblems('association_access_denied', 'not_unlockable', 'consent_withdrawn', 'insufficient_credits', 'wallet_frozen', 'conflict')
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
  @ApiOperation({
    summary: "List the org's unlocks",
    description: 'Profiles the org unlocked, newest first, with the credits charged.',
  })
  listUnlocks(@CurrentPrincipal() principal: RecruiterPrincipal, @Query() query: PageQueryDto): Promise<UnlockPageDto> {
    return this.service.listUnlocks(principal, query);
  }
}
