import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { UnlocksController } from './unlocks.controller';
import { UnlocksRepository } from './unlocks.repository';
import { UnlocksService } from './unlocks.service';

/** Unlocks: the org pays credits to open a profile. Profile reads use UnlocksService.read. */
@Module({
  imports: [AccessModule],
  controllers: [UnlocksController],
  providers: [UnlocksRepository, UnlocksService],
  exports: [UnlocksService],
})
export class UnlocksModule {}
