import { Module } from '@nestjs/common';
import { LotExpiryScheduler } from './lot-expiry.scheduler';
import { CreditGrantsController, WalletController } from './wallet.controller';
import { WalletHttpService } from './wallet-http.service';
import { WalletRepository } from './wallet.repository';
import { WalletService } from './wallet.service';

@Module({
  controllers: [WalletController, CreditGrantsController],
  providers: [WalletRepository, WalletService, WalletHttpService, LotExpiryScheduler],
  exports: [WalletService],
})
export class WalletModule {}
