import { TypeOrmModule } from '@nestjs/typeorm';
import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { MembersModule } from '../members/members.module';
import { RecruiterOrgsController } from './recruiter-orgs.controller';
import { RecruiterOrgsRepository } from './recruiter-orgs.repository';
import { RecruiterOrgsService } from './recruiter-orgs.service';
import { RecruiterOrgEntity } from './recruiter-org.entity';

@Module({
  imports: [TypeOrmModule.forFeature([RecruiterOrgEntity]), ApiKeysModule, MembersModule],
  controllers: [RecruiterOrgsController],
  providers: [RecruiterOrgsRepository, RecruiterOrgsService],
  exports: [RecruiterOrgsService],
})
export class RecruiterOrgsModule {}
