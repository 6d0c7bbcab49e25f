import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath, ApiOperation } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { RecruiterPrincipal } from '../auth/principal';
import { RateLimit } from '../rate-limit/rate-limit.decorators';
import { FullProfileDto, ProfilePreviewDto } from '../access/profile-views';
import { ProfilesService } from './profiles.service';
import { ApiProblems } from '../common/api-problems.decorator';

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
  @ApiOperation({
    summary: 'Get a profile',
    description:
      "The anonymised preview, or the full profile when this org unlocked it and consent still allows (`level`). Consent and blocks are re-checked on every read; each view is in the alumnus's access log.",
  })
  @ApiProblems('association_access_denied', 'consent_withdrawn')
  get(
    @CurrentPrincipal() principal: RecruiterPrincipal,
    @Param('alumnusId', ParseUUIDPipe) alumnusId: string,
  ): Promise<ProfilePreviewDto | FullProfileDto> {
    return this.service.get(principal, alumnusId);
  }
}
