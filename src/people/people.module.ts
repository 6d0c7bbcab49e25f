import { Module } from '@nestjs/common';
import { AlumniModule } from '../alumni/alumni.module';
import { MailModule } from '../mail/mail.module';
import { MembersModule } from '../members/members.module';
import { MePreferencesController } from './me-preferences.controller';
import { MePreferencesRepository } from './me-preferences.repository';
import { PeopleAuthController } from './people-auth.controller';
import { PeopleAuthService } from './people-auth.service';
import { PeopleSessionsRepository } from './people-sessions.repository';

/** People in the web app: sign-in links, cookie sessions, members and the audit log. */
@Module({
  imports: [AlumniModule, MailModule, MembersModule],
  controllers: [PeopleAuthController, MePreferencesController],
  providers: [PeopleSessionsRepository, PeopleAuthService, MePreferencesRepository],
  exports: [PeopleAuthService],
})
export class PeopleModule {}
