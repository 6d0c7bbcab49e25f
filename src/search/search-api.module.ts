import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { SearchImpressions } from './search-impressions.service';
import { SearchResultsRepository } from './search-results.repository';
import { SearchController } from './search.controller';
import { SearchModule } from './search.module';
import { SearchService } from './search.service';

/** The recruiter-facing route; kept apart from SearchModule so the adapters carry no HTTP or access dependencies. */
@Module({
  imports: [SearchModule, AccessModule],
  controllers: [SearchController],
  providers: [SearchResultsRepository, SearchImpressions, SearchService],
  exports: [SearchImpressions],
})
export class SearchApiModule {}
