import { TypeOrmModule } from '@nestjs/typeorm';
import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { MembersModule } from '../members/members.module';
import { AssociationsController } from './associations.controller';
import { AssociationsRepository } from './associations.repository';
import { AssociationsService } from './associations.service';
import { AssociationEntity } from './association.entity';

@Module({
  imports: [TypeOrmModule.forFeature([AssociationEntity]), ApiKeysModule, MembersModule],
  controllers: [AssociationsController],
  providers: [AssociationsRepository, AssociationsService],
  exports: [AssociationsService],
})
export class AssociationsModule {}
