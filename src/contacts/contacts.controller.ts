import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
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
import { ApiProblems } from '../common/api-problems.decorator';

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
      "Holds the association's contactPriceCredits. 402 insufficient_credits; 403 not_contactable (visible but no contact consent); " +
      '404 not visible; 409 contact_request_open, contact_cap_reached or wallet_frozen.',
  })
  @ApiOperation({
    summary: 'Send a contact request',
    description:
      "Sends a job proposal to an alumnus who accepts contact requests. The association's contact price in credits is held at once; it is consumed if the alumnus accepts (their email is then shared with the org) and returned if they decline or do not answer within 14 days. One open request per org and alumnus.",
  })
  @ApiProblems('not_contactable', 'contact_request_open', 'contact_cap_reached', 'insufficient_credits', 'wallet_frozen', 'hold_exists')
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
  @ApiOkResponse({ type: ContactRequestPageDto, description: "The org's own requests, newest first." })
  @ApiOperation({
    summary: "List the org's contact requests",
    description: "The org's own contact requests and their status, newest first; the alumnus's email appears once a request is accepted.",
  })
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
  @ApiOperation({
    summary: 'List my contact requests',
    description: 'Contact requests received by the alumnus, newest first.',
  })
  list(@CurrentPrincipal() me: AlumnusPrincipal, @Query() query: PageQueryDto): Promise<MyContactRequestPageDto> {
    return this.service.listForAlumnus(me, query);
  }

  @Post(':id/accept')
  @Authenticated({ kinds: ['alumnus'] })
  @HttpCode(200)
  @ApiOkResponse({ type: MyContactRequestDto, description: 'Shares your email with that org. Repeating it answers the same.' })
  @ApiOperation({
    summary: 'Accept a contact request',
    description:
      "Shares the alumnus's email with that org; its held credits are consumed. Re-checks contact consent and blocks. Accepting again answers the same.",
  })
  @ApiProblems('not_contactable', 'contact_request_not_open', 'hold_not_open')
  accept(@CurrentPrincipal() me: AlumnusPrincipal, @Param('id', ParseUUIDPipe) id: string): Promise<MyContactRequestDto> {
    return this.service.accept(me, id);
  }

  @Post(':id/decline')
  @Authenticated({ kinds: ['alumnus'] })
  @HttpCode(200)
  @ApiOkResponse({ type: MyContactRequestDto })
  @ApiOperation({
    summary: 'Decline a contact request',
    description: "Declines the request; the org's held credits return to its wallet.",
  })
  @ApiProblems('contact_request_not_open', 'hold_not_open')
  decline(@CurrentPrincipal() me: AlumnusPrincipal, @Param('id', ParseUUIDPipe) id: string): Promise<MyContactRequestDto> {
    return this.service.decline(me, id);
  }
}
