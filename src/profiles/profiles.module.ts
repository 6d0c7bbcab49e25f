import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { UnlocksModule } from '../credits/unlocks.module';
import { ProfilesController } from './profiles.controller';
import { ProfilesService } from './profiles.service';

@Module({
  imports: [AccessModule, UnlocksModule],
  controllers: [ProfilesController],
  providers: [ProfilesService],
  exports: [ProfilesService],
})
export class ProfilesModule {}
