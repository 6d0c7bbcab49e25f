import { Module } from '@nestjs/common';
import { CreditPacksController } from './credit-packs.controller';
import { CreditPacksRepository } from './credit-packs.repository';
import { CreditPacksService } from './credit-packs.service';

@Module({
  controllers: [CreditPacksController],
  providers: [CreditPacksRepository, CreditPacksService],
  exports: [CreditPacksService],
})
export class CreditPacksModule {}
