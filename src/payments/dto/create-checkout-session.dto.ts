import { ApiProperty } from '@nestjs/swagger';
import { IsUrl, IsUUID, MaxLength } from 'class-validator';

export class CreateCheckoutSessionDto {
  @ApiProperty({ format: 'uuid', example: '3c9d2e1f-7a6b-4c5d-8e9f-0a1b2c3d4e5f' })
  @IsUUID()
  packId: string;

  @ApiProperty({ example: 'https://ats.example.com/credits/success', maxLength: 2000 })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2000)
  successUrl: string;

  @ApiProperty({ example: 'https://ats.example.com/credits/cancel', maxLength: 2000 })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2000)
  cancelUrl: string;
}

export class CheckoutSessionResponseDto {
  @ApiProperty({ description: 'Stripe Checkout page to send the buyer to.', example: 'https://checkout.stripe.com/c/pay/cs_test_a1B2c3D4' })
  checkoutUrl: string;
  @ApiProperty({ example: 'cs_test_a1B2c3D4' }) sessionId: string;
  @ApiProperty({ format: 'uuid', description: 'The pending purchase; credits arrive when Stripe confirms payment.' })
  purchaseId: string;
}

export class WebhookAckDto {
  @ApiProperty() received: boolean;
  @ApiProperty({ description: 'True when this event id had already been received (no effect).' }) duplicate: boolean;
}
