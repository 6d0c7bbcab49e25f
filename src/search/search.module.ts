import { Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ReadinessRegistry } from '../health/readiness';
import { MeilisearchSearchAdapter } from './meilisearch-search.adapter';
import { PostgresSearchAdapter } from './postgres-search.adapter';
import { rawPool } from './search-projection.repository';
import { SearchOutboxWorker } from './search-outbox.worker';
import { SearchProjection } from './search-projection.service';
import { SEARCH_ENGINE, SEARCH_INDEXER, SearchEngine, SearchIndexer } from './search.port';

export const SEARCH_ADAPTER = Symbol('SEARCH_ADAPTER');

/** MEILI_URL set: Meilisearch (fed by the outbox); otherwise PostgreSQL full-text search. */
export function createSearchAdapter(config: AppConfig, dataSource: DataSource): SearchEngine & SearchIndexer {
  if (config.meiliUrl) {
    return new MeilisearchSearchAdapter({ host: config.meiliUrl.toString(), apiKey: config.meiliApiKey, recheckPool: rawPool(dataSource) });
  }
  return new PostgresSearchAdapter(rawPool(dataSource));
}

/**
 * With Meilisearch, every process runs an outbox worker (an advisory lock lets one batch run at a
 * time across processes) and /ready checks Meilisearch's health.
 */
@Injectable()
export class SearchLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('SearchOutboxWorker');
  private worker: SearchOutboxWorker | undefined;

  constructor(
    @Inject(SEARCH_ADAPTER) private readonly adapter: SearchEngine & SearchIndexer,
    @Inject(getDataSourceToken()) private readonly dataSource: DataSource,
    private readonly readiness: ReadinessRegistry,
  ) {}

  onApplicationBootstrap(): void {
    const adapter = this.adapter;
    if (!(adapter instanceof MeilisearchSearchAdapter)) return;
    this.readiness.register('search', () => adapter.health());
    this.worker = new SearchOutboxWorker(this.dataSource, adapter, {
      onError: (error) => this.logger.warn(`search index sync failed: ${error instanceof Error ? error.message : String(error)}`),
    });
    this.worker.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.worker?.stop();
  }
}

@Module({
  providers: [
    { provide: SEARCH_ADAPTER, useFactory: createSearchAdapter, inject: [AppConfig, getDataSourceToken()] },
    { provide: SEARCH_ENGINE, useExisting: SEARCH_ADAPTER },
    { provide: SEARCH_INDEXER, useExisting: SEARCH_ADAPTER },
    SearchLifecycle,
    SearchProjection,
  ],
  exports: [SEARCH_ENGINE, SEARCH_INDEXER, SearchProjection],
})
export class SearchModule {}
