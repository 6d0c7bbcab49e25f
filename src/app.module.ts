import { DynamicModule, Module, Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { AssociationsModule } from './associations/associations.module';
import { AuthModule } from './auth/auth.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { HealthModule } from './health/health.module';
import { RecruiterOrgsModule } from './recruiter-orgs/recruiter-orgs.module';
import { SearchModule } from './search/search.module';

@Module({})
export class AppModule {
  /** `config.databaseUrl` must be resolved (embedded server started) before the module is built. */
  static forRoot(config: AppConfig, extraImports: Array<Type | DynamicModule> = []): DynamicModule {
    if (!config.databaseUrl) throw new Error('AppModule needs a resolved databaseUrl');
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl, config.dbPoolSize)),
        AuthModule,
        HealthModule,
        ApiKeysModule,
        AssociationsModule,
        RecruiterOrgsModule,
        SearchModule,
        ...extraImports,
      ],
    };
  }
}
