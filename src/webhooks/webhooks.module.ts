import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { MembersModule } from '../members/members.module';
import { WebhookDeliveryWorker } from './webhook-delivery.worker';
import { WebhookSender } from './webhook-sender';
import { WebhooksController } from './webhooks.controller';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

@Module({
  imports: [MailModule, MembersModule],
  controllers: [WebhooksController],
  providers: [WebhooksRepository, WebhooksService, WebhookSender, WebhookDeliveryWorker],
  exports: [WebhookDeliveryWorker],
})
export class WebhooksModule {}
