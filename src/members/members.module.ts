import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { MailModule } from '../mail/mail.module';
import { AuditLogInterceptor } from './audit-log.interceptor';
import { MembersController } from './members.controller';
import { MembersRepository } from './members.repository';
import { MembersService } from './members.service';

/** Members of associations and recruiter orgs, their invitations, and the audit log of writes. */
@Module({
  imports: [MailModule],
  controllers: [MembersController],
  providers: [MembersRepository, MembersService, { provide: APP_INTERCEPTOR, useClass: AuditLogInterceptor }],
  exports: [MembersService, MembersRepository],
})
export class MembersModule {}
