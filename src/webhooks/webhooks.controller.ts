import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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

const MANAGE = { kinds: ['recruiter', 'association'], scopes: ['webhooks:manage'] } as const;

@ApiTags('webhooks')
@Controller('v1/webhook-endpoints')
export class WebhooksController {
  constructor(private readonly service: WebhooksService) {}

  @Post()
  @Authenticated(MANAGE)
  @ApiCreatedResponse({ type: WebhookEndpointCreatedDto })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateWebhookEndpointDto): Promise<WebhookEndpointCreatedDto> {
    return this.service.create(principal, dto);
  }

  @Get()
  @Authenticated(MANAGE)
  @ApiOkResponse({ type: WebhookEndpointPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQueryDto): Promise<Page<WebhookEndpointDto>> {
    return this.service.list(principal, query);
  }

  @Get(':id')
  @Authenticated(MANAGE)
  @ApiOkResponse({ type: WebhookEndpointDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<WebhookEndpointDto> {
    return this.service.get(principal, id);
  }

  @Patch(':id')
  @Authenticated(MANAGE)
  @ApiOkResponse({ type: WebhookEndpointDto })
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
  remove(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.service.remove(principal, id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @Authenticated(MANAGE)
  @ApiOkResponse({ type: WebhookSecretDto })
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
  test(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<WebhookAttemptDto> {
    return this.service.test(principal, id);
  }

  @Get(':id/attempts')
  @Authenticated(MANAGE)
  @ApiOkResponse({ type: WebhookAttemptPageDto })
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
  resend(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('deliveryId', ParseUUIDPipe) deliveryId: string,
  ): Promise<WebhookAttemptDto> {
    return this.service.resend(principal, id, deliveryId);
  }
}
