import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { MailModule } from '../mail/mail.module';
import { MembersModule } from '../members/members.module';
import { WalletModule } from '../credits/wallet.module';
import { ContactMailsRepository } from './contact-mails.repository';
import { ContactMailsService } from './contact-mails.service';
import { ContactRequestsRepository } from './contact-requests.repository';
import { ContactRequestsController, MyContactRequestsController } from './contacts.controller';
import { ContactsService } from './contacts.service';

@Module({
  imports: [AccessModule, WalletModule, MailModule, MembersModule],
  controllers: [ContactRequestsController, MyContactRequestsController],
  providers: [ContactRequestsRepository, ContactsService, ContactMailsRepository, ContactMailsService],
  exports: [ContactsService],
})
export class ContactsModule {}
