import { Module } from '@nestjs/common';
import { CreditPacksModule } from '../credit-packs/credit-packs.module';
import { WalletModule } from '../credits/wallet.module';
import { CheckoutService } from './checkout.service';
import { ConnectAccountsRepository } from './connect-accounts.repository';
import { CheckoutSessionsController, StripeWebhooksController } from './payments.controller';
import { PurchasesRepository } from './purchases.repository';
import { StripeClient } from './stripe-client';
import { StripeWebhookService } from './stripe-webhook.service';

@Module({
  imports: [WalletModule, CreditPacksModule],
  controllers: [CheckoutSessionsController, StripeWebhooksController],
  providers: [StripeClient, PurchasesRepository, ConnectAccountsRepository, CheckoutService, StripeWebhookService],
  exports: [StripeClient],
})
export class PaymentsModule {}
