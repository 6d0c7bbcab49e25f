import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { WalletModule } from '../wallet/wallet.module';
import { ContactRequestsRepository } from './contact-requests.repository';
import { ContactRequestsController, MyContactRequestsController } from './contacts.controller';
import { ContactsService } from './contacts.service';

@Module({
  imports: [AccessModule, WalletModule],
  controllers: [ContactRequestsController, MyContactRequestsController],
  providers: [ContactRequestsRepository, ContactsService],
  exports: [ContactsService],
})
export class ContactsModule {}
