import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { RecruiterPrincipal } from '../auth/principal';
import { RateLimit } from '../rate-limit/rate-limit.decorators';
import { SearchQueryDto } from './dto/search-query.dto';
import { SearchResponseDto } from './dto/search-response.dto';
import { SearchService } from './search.service';
import { ApiProblems } from '../common/api-problems.decorator';

@ApiTags('search')
@Controller('v1')
export class SearchController {
  constructor(private readonly service: SearchService) {}

  @Get('search')
  @Authenticated({ kinds: ['recruiter'], scopes: ['search:read'] })
  @RateLimit('search')
  @ApiOkResponse({ type: SearchResponseDto })
  @ApiOperation({
    summary: 'Search alumni previews',
    description:
      'Anonymised previews of alumni who consented to be found, in associations this org may access, with facets and an estimated total. Free; results are re-checked against consent before they are returned.',
  })
  @ApiProblems('search_unavailable')
  search(@CurrentPrincipal() principal: RecruiterPrincipal, @Query() query: SearchQueryDto): Promise<SearchResponseDto> {
    return this.service.search(principal, query);
  }
}
