import { Inject, Injectable } from '@nestjs/common';
import { VisibilityService } from '../access/visibility.service';
import { RecruiterPrincipal } from '../auth/principal';
import { SearchQueryDto } from './dto/search-query.dto';
import { SearchResponseDto } from './dto/search-response.dto';
import { SearchImpressions } from './search-impressions.service';
import { SEARCH_FILTER_PARAMS } from './dto/search-query.dto';
import { SEARCH_ENGINE, SearchEngine, SearchFilters, SearchQuery } from './search.port';

/** GET /v1/search: scope, engine, per-hit re-check with previews, impressions (buffered). */
@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly visibility: VisibilityService,
    private readonly impressions: SearchImpressions,
  ) {}

  async search(principal: RecruiterPrincipal, dto: SearchQueryDto): Promise<SearchResponseDto> {
    const orgId = principal.orgId;
    // Association policy and admin blocks are not in the index: they enter through the scope.
    const associationIds = await this.visibility.searchableAssociationIds(orgId);
    const result = await this.engine.search(toSearchQuery(dto), {
      orgId,
      associationIds,
      confirmedAfter: this.visibility.consentLapseCutoff(),
    });
    // Consent rule: every hit is re-checked against the database, so a withdrawal
    // or block the index has not seen yet (Meilisearch's outbox lag) never reaches the caller.
    // It is a prepared statement of its own, read after the search: inside the search statement
    // it was planned again on every request (more PostgreSQL CPU than the whole search of a rare
    // word); as its own statement it keeps one plan.
    const data = await this.visibility.visiblePreviews(
      orgId,
      result.hits.map((h) => h.alumnusId),
    );
    this.impressions.record(data.map((p) => p.alumnusId));
    return {
      data,
      facets: result.facets as Record<string, Record<string, number>>,
      estimatedTotal: result.estimatedTotal,
      totalCapped: result.totalCapped,
      nextCursor: result.nextCursor,
    };
  }
}

function toSearchQuery(dto: SearchQueryDto): SearchQuery {
  const params = dto as unknown as Record<string, unknown>;
  const filters = Object.fromEntries(SEARCH_FILTER_PARAMS.map((name) => [name, params[name]])) as SearchFilters;
  return {
    q: dto.q,
    filters: { ...filters, associationIds: dto.associationIds },
    sort: dto.sort,
    limit: dto.limit,
    cursor: dto.cursor,
    facets: dto.facets,
  };
}
