import { Module } from '@nestjs/common';
import { AlumniModule } from '../alumni/alumni.module';
import { MailModule } from '../mail/mail.module';
import { MembersModule } from '../members/members.module';
import { PeopleAuthController } from './people-auth.controller';
import { PeopleAuthService } from './people-auth.service';
import { PeopleSessionsRepository } from './people-sessions.repository';

/** People in the web app: sign-in links, cookie sessions, members and the audit log. */
@Module({
  imports: [AlumniModule, MailModule, MembersModule],
  controllers: [PeopleAuthController],
  providers: [PeopleSessionsRepository, PeopleAuthService],
  exports: [PeopleAuthService],
})
export class PeopleModule {}
