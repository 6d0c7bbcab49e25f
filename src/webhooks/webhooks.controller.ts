import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { Page, PageQueryDto } from '../common/pagination';
import {
  CreateWebhookEndpointDto,
  RotateWebhookSecretDto,
  UpdateWebhookEndpointDto,
  WebhookAttemptDto,
  WebhookAttemptPageDto,
  WebhookDeliveryDto,
  WebhookDeliveryPageDto,
  WebhookEndpointCreatedDto,
  WebhookEndpointDto,
  WebhookEndpointPageDto,
  WebhookSecretDto,
} from './dto/webhook-endpoint.dto';
import { WebhooksService } from './webhooks.service';
import { ApiProblems } from '../common/api-problems.decorator';

const MANAGE = { kinds: ['recruiter', 'association'], scopes: ['webhooks:manage'] } as const;

@ApiTags('webhooks')
@Controller('v1/webhook-endpoints')
export class WebhooksController {
  constructor(private readonly service: WebhooksService) {}

  @Post()
  @Authenticated(MANAGE)
  @ApiCreatedResponse({ type: WebhookEndpointCreatedDto })
  @ApiOperation({
    summary: 'Create a webhook endpoint',
    description:
      'Registers an https URL to receive the event types listed (see `x-webhooks`), signed per Standard Webhooks. The `whsec_…` secret is in the response once. The URL must resolve to a public address.',
  })
  @ApiProblems('webhook_url_refused')
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateWebhookEndpointDto): Promise<WebhookEndpointCreatedDto> {
    return this.service.create(principal, dto);
  }

  @Get()
  @Authenticated(MANAGE)
  @ApiOkResponse({ type: WebhookEndpointPageDto })
  @ApiOperation({
    summary: 'List webhook endpoints',
    description: "Endpoints of the caller's association or org, with their subscribed types and status.",
  })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQueryDto): Promise<Page<WebhookEndpointDto>> {
    return this.service.list(principal, query);
  }

  @Get(':id')
  @Authenticated(MANAGE)
  @ApiOkResponse({ type: WebhookEndpointDto })
  @ApiOperation({
    summary: 'Get a webhook endpoint',
    description: 'One endpoint: URL, event types, enabled flag, description, and why it was disabled if it was.',
  })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<WebhookEndpointDto> {
    return this.service.get(principal, id);
  }

  @Patch(':id')
  @Authenticated(MANAGE)
  @ApiOkResponse({ type: WebhookEndpointDto })
  @ApiOperation({
    summary: 'Update a webhook endpoint',
    description: 'Changes URL, event types, description or enabled flag. A new URL must resolve to a public address.',
  })
  @ApiProblems('webhook_url_refused')
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateWebhookEndpointDto,
  ): Promise<WebhookEndpointDto> {
    return this.service.update(principal, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated(MANAGE)
  @ApiNoContentResponse()
  @ApiOperation({
    summary: 'Delete a webhook endpoint',
    description: 'Deletes the endpoint; nothing more is delivered to it.',
  })
  remove(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.service.remove(principal, id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @Authenticated(MANAGE)
  @ApiOkResponse({ type: WebhookSecretDto })
  @ApiOperation({
    summary: 'Rotate the signing secret',
    description:
      'Issues a new `whsec_…` secret (shown once). The previous one keeps signing alongside it (two signatures per delivery) for 24 h by default, so receivers can switch without losing events.',
  })
  rotateSecret(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RotateWebhookSecretDto,
  ): Promise<WebhookSecretDto> {
    return this.service.rotateSecret(principal, id, dto?.previousSecretExpiresInSeconds);
  }

  @Post(':id/test')
  @HttpCode(200)
  @Authenticated(MANAGE)
  @ApiOkResponse({ type: WebhookAttemptDto })
  @ApiOperation({
    summary: 'Send a test ping',
    description:
      'Sends a signed `ping` event to the endpoint now and returns the logged attempt (status, latency, first bytes of the answer).',
  })
  @ApiProblems('webhook_url_refused')
  test(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<WebhookAttemptDto> {
    return this.service.test(principal, id);
  }

  @Get(':id/attempts')
  @Authenticated(MANAGE)
  @ApiOkResponse({ type: WebhookAttemptPageDto })
  @ApiOperation({
    summary: 'List delivery attempts',
    description: 'Every attempt to this endpoint, newest first: time, event, status, latency and the first bytes of the answer.',
  })
  attempts(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<WebhookAttemptDto>> {
    return this.service.attempts(principal, id, query);
  }

  @Get(':id/deliveries')
  @Authenticated(MANAGE)
  @ApiOkResponse({ type: WebhookDeliveryPageDto })
  @ApiOperation({
    summary: 'List deliveries',
    description: 'One delivery per event and endpoint, with its status (`pending`, `succeeded`, `failed`) and attempts, newest first.',
  })
  deliveries(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<WebhookDeliveryDto>> {
    return this.service.deliveries(principal, id, query);
  }

  @Post(':id/deliveries/:deliveryId/resend')
  @HttpCode(200)
  @Authenticated(MANAGE)
  @ApiOkResponse({ type: WebhookAttemptDto })
  @ApiOperation({
    summary: 'Resend a delivery',
    description: 'Sends the event again now, with the same `webhook-id`, and returns the logged attempt.',
  })
  @ApiProblems('webhook_url_refused')
  resend(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('deliveryId', ParseUUIDPipe) deliveryId: string,
  ): Promise<WebhookAttemptDto> {
    return this.service.resend(principal, id, deliveryId);
  }
}
