import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { AssociationsController } from './associations.controller';
import { AssociationsRepository } from './associations.repository';
import { AssociationsService } from './associations.service';

@Module({
  imports: [ApiKeysModule],
  controllers: [AssociationsController],
  providers: [AssociationsRepository, AssociationsService],
  exports: [AssociationsService],
})
export class AssociationsModule {}
