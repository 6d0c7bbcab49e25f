import { TypeOrmModule } from '@nestjs/typeorm';
import { Module } from '@nestjs/common';
import { CreditPacksController } from './credit-packs.controller';
import { CreditPacksRepository } from './credit-packs.repository';
import { CreditPacksService } from './credit-packs.service';
import { CreditPackEntity } from './credit-pack.entity';

@Module({
  imports: [TypeOrmModule.forFeature([CreditPackEntity])],
  controllers: [CreditPacksController],
  providers: [CreditPacksRepository, CreditPacksService],
  exports: [CreditPacksService],
})
export class CreditPacksModule {}
