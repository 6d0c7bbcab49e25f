import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { AlumnusPrincipal, RecruiterPrincipal } from '../auth/principal';
import { IdempotencyKey } from '../idempotency/idempotency-key.decorator';
import { PageQueryDto } from '../common/pagination';
import { ContactsService } from './contacts.service';
import {
  ContactRequestPageDto,
  CreateContactRequestResponseDto,
  MyContactRequestDto,
  MyContactRequestPageDto,
} from './dto/contact-request-response.dto';
import { CreateContactRequestDto } from './dto/create-contact-request.dto';

@ApiTags('contact-requests')
@Controller('v1')
export class ContactRequestsController {
  constructor(private readonly service: ContactsService) {}

  @Post('profiles/:alumnusId/contact-requests')
  @Authenticated({ kinds: ['recruiter'], scopes: ['contact:write'] })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Replays the first response for the same key and body.' })
  @ApiCreatedResponse({
    type: CreateContactRequestResponseDto,
    description:
      'Holds the association\'s contactPriceCredits. 402 insufficient_credits; 403 not_contactable (visible but no contact consent); ' +
      '404 not visible; 409 contact_request_open, contact_cap_reached or wallet_frozen.',
  })
  create(
    @CurrentPrincipal() principal: RecruiterPrincipal,
    @Param('alumnusId', ParseUUIDPipe) alumnusId: string,
    @Body() dto: CreateContactRequestDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ): Promise<CreateContactRequestResponseDto> {
    return this.service.send(principal, alumnusId, dto, idempotencyKey);
  }

  @Get('contact-requests')
  @Authenticated({ kinds: ['recruiter'], scopes: ['contact:write'] })
  @ApiOkResponse({ type: ContactRequestPageDto, description: 'The org\'s own requests, newest first.' })
  list(@CurrentPrincipal() principal: RecruiterPrincipal, @Query() query: PageQueryDto): Promise<ContactRequestPageDto> {
    return this.service.listForOrg(principal, query);
  }
}

@ApiTags('me')
@Controller('v1/me/contact-requests')
export class MyContactRequestsController {
  constructor(private readonly service: ContactsService) {}

  @Get()
  @Authenticated({ kinds: ['alumnus'] })
  @ApiOkResponse({ type: MyContactRequestPageDto })
  list(@CurrentPrincipal() me: AlumnusPrincipal, @Query() query: PageQueryDto): Promise<MyContactRequestPageDto> {
    return this.service.listForAlumnus(me, query);
  }

  @Post(':id/accept')
  @Authenticated({ kinds: ['alumnus'] })
  @HttpCode(200)
  @ApiOkResponse({ type: MyContactRequestDto, description: 'Shares your email with that org. Repeating it answers the same.' })
  accept(@CurrentPrincipal() me: AlumnusPrincipal, @Param('id', ParseUUIDPipe) id: string): Promise<MyContactRequestDto> {
    return this.service.accept(me, id);
  }

  @Post(':id/decline')
  @Authenticated({ kinds: ['alumnus'] })
  @HttpCode(200)
  @ApiOkResponse({ type: MyContactRequestDto })
  decline(@CurrentPrincipal() me: AlumnusPrincipal, @Param('id', ParseUUIDPipe) id: string): Promise<MyContactRequestDto> {
    return this.service.decline(me, id);
  }
}
