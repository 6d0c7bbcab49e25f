import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { WalletModule } from '../wallet/wallet.module';
import { ProfilesController } from './profiles.controller';
import { ProfilesService } from './profiles.service';
import { UnlocksRepository } from './unlocks.repository';

@Module({
  imports: [AccessModule, WalletModule],
  controllers: [ProfilesController],
  providers: [UnlocksRepository, ProfilesService],
  exports: [ProfilesService],
})
export class ProfilesModule {}
