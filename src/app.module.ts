import { DynamicModule, Module, Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from './access/access.module';
import { AlumniModule } from './alumni/alumni.module';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { AssociationDashboardModule } from './association-dashboard/association-dashboard.module';
import { AssociationsModule } from './associations/associations.module';
import { AuthModule } from './auth/auth.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { ContactsModule } from './contacts/contacts.module';
import { CreditPacksModule } from './credit-packs/credit-packs.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { EventsModule } from './events/events.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { PaymentsModule } from './payments/payments.module';
import { PeopleModule } from './people/people.module';
import { ProfilesModule } from './profiles/profiles.module';
import { UnlocksModule } from './credits/unlocks.module';
import { PayoutsModule } from './payouts/payouts.module';
import { RecruiterOrgsModule } from './recruiter-orgs/recruiter-orgs.module';
import { RevenueModule } from './revenue/revenue.module';
import { WalletModule } from './credits/wallet.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { SearchModule } from './search/search.module';
import { SearchApiModule } from './search/search-api.module';

@Module({})
export class AppModule {
  /** `config.databaseUrl` must be resolved (embedded server started) before the module is built. */
  static forRoot(config: AppConfig, extraImports: Array<Type | DynamicModule> = []): DynamicModule {
    if (!config.databaseUrl) throw new Error('AppModule needs a resolved databaseUrl');
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl, config.dbPoolSize), autoLoadEntities: true }),
        AuthModule,
        RateLimitModule,
        MetricsModule,
        HealthModule,
        ApiKeysModule,
        AssociationsModule,
        AssociationDashboardModule,
        RecruiterOrgsModule,
        JobsModule,
        EventsModule,
        MailModule,
        AccessModule,
        AlumniModule,
        PeopleModule,
        IdempotencyModule,
        CreditPacksModule,
        WalletModule,
        PaymentsModule,
        ProfilesModule,
        UnlocksModule,
        SearchModule,
        SearchApiModule,
        ContactsModule,
        RevenueModule,
        PayoutsModule,
        WebhooksModule,
        ...extraImports,
      ],
    };
  }
}
