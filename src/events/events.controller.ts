import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
  feed(@CurrentPrincipal() principal: Principal, @Query() query: EventFeedQueryDto): Promise<EventFeedDto> {
    return this.service.feed(principal, query);
  }
}
