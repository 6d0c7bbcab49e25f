import { Global, Module } from '@nestjs/common';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';

/** Global so that every feature can record its events in its own transactions. */
@Global()
@Module({ controllers: [EventsController], providers: [EventsRepository, EventsService], exports: [EventsService] })
export class EventsModule {}
