import { Module } from '@nestjs/common';
import { AccessController } from './access.controller';
import { AccessRepository } from './access.repository';
import { AccessService } from './access.service';
import { AssociationDirectoryController } from './association-directory.controller';
import { VisibilityRepository } from './visibility.repository';
import { VisibilityService } from './visibility.service';

@Module({
  controllers: [AccessController, AssociationDirectoryController],
  providers: [AccessRepository, AccessService, VisibilityRepository, VisibilityService],
  exports: [VisibilityService, AccessService],
})
export class AccessModule {}
