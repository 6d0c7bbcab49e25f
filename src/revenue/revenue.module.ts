import { Module } from '@nestjs/common';
import { RevenueController } from './revenue.controller';
import { RevenueRepository } from './revenue.repository';
import { RevenueService } from './revenue.service';

@Module({
  controllers: [RevenueController],
  providers: [RevenueRepository, RevenueService],
  exports: [RevenueService],
})
export class RevenueModule {}
