import { TypeOrmModule } from '@nestjs/typeorm';
import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { MailModule } from '../mail/mail.module';
import { SearchModule } from '../search/search.module';
import { SearchProjection } from '../search/search-projection.service';
import { AlumniAdminController } from './alumni-admin.controller';
import { AlumniAuthService } from './alumni-auth.service';
import { AlumniErasureService } from './alumni-erasure.service';
import { AlumniImportService } from './alumni-import.service';
import { AlumniSessionsController } from './alumni-sessions.controller';
import { AlumniTokensRepository } from './alumni-tokens.repository';
import { AlumniRepository } from './alumni.repository';
import { AlumniService } from './alumni.service';
import { MeController } from './me.controller';
import { MeService } from './me.service';
import { ReconfirmationService } from './reconfirmation.service';
import { AlumnusEntity } from './alumnus.entity';
import { ConsentEventEntity } from './consent-event.entity';

@Module({
  imports: [TypeOrmModule.forFeature([AlumnusEntity, ConsentEventEntity]), MailModule, SearchModule],
  controllers: [AlumniAdminController, AlumniSessionsController, MeController],
  providers: [
    AlumniRepository,
    AlumniTokensRepository,
    AlumniService,
    AlumniImportService,
    AlumniAuthService,
    AlumniErasureService,
    MeService,
    ReconfirmationService,
  ],
  exports: [AlumniImportService, AlumniErasureService, AlumniAuthService, ReconfirmationService],
})
export class AlumniModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly erasure: AlumniErasureService,
    private readonly search: SearchProjection,
  ) {}

  /** text/csv bodies reach the import route as the raw stream; the import service parses them as they arrive. */
  onModuleInit(): void {
    // Erasure rule: the hook runs inside the erasure transaction, so the document
    // and the personal fields disappear together.
    this.erasure.registerHook((manager, alumnusId) => this.search.erase(manager, alumnusId));
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (fastify && !fastify.hasContentTypeParser('text/csv')) {
      fastify.addContentTypeParser('text/csv', (_request, payload, done) => done(null, payload));
    }
  }
}
