import { Module } from '@nestjs/common';
import { PaymentsModule } from '../payments/payments.module';
import { ConnectOnboardingService } from './connect-onboarding.service';
import { PayoutsController } from './payouts.controller';
import { PayoutsRepository } from './payouts.repository';
import { PayoutsService } from './payouts.service';

@Module({
  imports: [PaymentsModule],
  controllers: [PayoutsController],
  providers: [PayoutsRepository, PayoutsService, ConnectOnboardingService],
  exports: [PayoutsService],
})
export class PayoutsModule {}
