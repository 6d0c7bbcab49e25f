import { Module } from '@nestjs/common';
import { AccessController } from './access.controller';
import { AccessService } from './access.service';
import { VisibilityService } from './visibility.service';

@Module({
  controllers: [AccessController],
  providers: [AccessService, VisibilityService],
  exports: [VisibilityService, AccessService],
})
export class AccessModule {}
