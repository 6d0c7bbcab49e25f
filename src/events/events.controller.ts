import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { EventFeedDto, EventFeedQueryDto } from './dto/event.dto';
import { EventsService } from './events.service';

@ApiTags('events')
@Controller('v1/events')
export class EventsController {
  constructor(private readonly service: EventsService) {}

  @Get()
  @Authenticated({ kinds: ['recruiter', 'association'], scopes: ['events:read'] })
  @ApiOkResponse({ type: EventFeedDto })
  @ApiOperation({
    summary: 'Read the event feed',
    description:
      'The same events the webhooks deliver to this association or org, in commit order, kept 30 days. Start without a cursor, then pass `nextCursor` to catch up without gaps or repeats; filter with `types`. Payload schemas per type are under `x-webhooks`.',
  })
  feed(@CurrentPrincipal() principal: Principal, @Query() query: EventFeedQueryDto): Promise<EventFeedDto> {
    return this.service.feed(principal, query);
  }
}
