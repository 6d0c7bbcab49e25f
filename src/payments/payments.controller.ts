import { Body, Controller, Headers, HttpCode, Post, RawBodyRequest, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Authenticated, CurrentPrincipal, Public } from '../auth/auth.decorators';
import { RecruiterPrincipal } from '../auth/principal';
import { IdempotencyKey } from '../idempotency/idempotency-key.decorator';
import { CheckoutService } from './checkout.service';
import { CheckoutSessionResponseDto, CreateCheckoutSessionDto, WebhookAckDto } from './dto/create-checkout-session.dto';
import { StripeWebhookService } from './stripe-webhook.service';
import { RequestLimits } from '../common/request-input';
import { RateLimit } from '../rate-limit/rate-limit.decorators';
import { ApiProblems } from '../common/api-problems.decorator';

@ApiTags('wallet')
@Controller('v1/wallet/checkout-sessions')
export class CheckoutSessionsController {
  constructor(private readonly checkout: CheckoutService) {}

  @Post()
  @Authenticated({ kinds: ['recruiter'], scopes: ['credits:purchase'] })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CheckoutSessionResponseDto })
  @ApiOperation({
    summary: 'Buy credits (Stripe Checkout)',
    description:
      'Creates a Stripe Checkout session for a pack and returns its URL. Credits are added by the payment webhook once Stripe reports the payment, never by the success page (`credits.purchased` event).',
  })
  @ApiProblems('not_found', 'payments_not_configured', 'payment_provider_error')
  create(
    @CurrentPrincipal() principal: RecruiterPrincipal,
    @Body() dto: CreateCheckoutSessionDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ): Promise<CheckoutSessionResponseDto> {
    return this.checkout.create(principal, dto, idempotencyKey);
  }
}

@ApiTags('webhooks')
@Controller('v1/webhooks/stripe')
export class StripeWebhooksController {
  constructor(private readonly webhooks: StripeWebhookService) {}

  @Post()
  @Public()
  @HttpCode(200)
  // Stripe events nest deeper than the API's own bodies (a charge inside an event inside a list);
  // the signature is checked over the raw bytes, kept for this route only.
  @RequestLimits({ bodyLimit: 512 * 1024, maxDepth: 32, rawBody: true })
  // Stripe delivers in bursts from a few addresses: its own budget, apart from people's sign-ins.
  @RateLimit('webhook')
  @ApiHeader({ name: 'Stripe-Signature', required: true, description: 'Checked over the raw body; at most 300 s old.' })
  @ApiOkResponse({ type: WebhookAckDto })
  @ApiOperation({
    summary: 'Stripe webhook',
    description:
      'Receives Stripe events, verified over the raw body with `Stripe-Signature`; each event id has its effect once. For Stripe only.',
  })
  @ApiProblems('webhook_signature_invalid', 'webhook_event_invalid', 'payments_not_configured')
  receive(@Req() req: RawBodyRequest<FastifyRequest>, @Headers('stripe-signature') signature: string | undefined): Promise<WebhookAckDto> {
    return this.webhooks.receive(req.rawBody, signature);
  }
}
