import { Inject, Injectable } from '@nestjs/common';
import { VisibilityService } from '../access/visibility.service';
import { RecruiterPrincipal } from '../auth/principal';
import { toPreview } from '../profiles/profile-views';
import { SearchQueryDto } from './dto/search-query.dto';
import { SearchResponseDto } from './dto/search-response.dto';
import { SearchResultsRepository } from './search-results.repository';
import { SEARCH_ENGINE, SearchEngine, SearchQuery } from './search.port';

/** GET /v1/search: scope, engine, per-hit re-check, previews, impressions. */
@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly visibility: VisibilityService,
    private readonly results: SearchResultsRepository,
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
    const ids = result.hits.map((h) => h.alumnusId);
    // Consent rule (DESIGN §5.1): every hit is re-checked against the database, so a withdrawal
    // or block the index has not seen yet (Meilisearch's outbox lag) never reaches the caller.
    const seen = await this.visibility.forAlumni(orgId, ids);
    const visible = ids.filter((id) => seen.get(id)?.level !== 'none');
    const rows = new Map((await this.results.findPreviews(visible)).map((r) => [r.id, r]));
    const data = visible.filter((id) => rows.has(id)).map((id) => toPreview(rows.get(id)!, seen.get(id)!.contactable));
    await this.results.countImpressions(data.map((p) => p.alumnusId));
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
  return {
    q: dto.q,
    filters: {
      associationIds: dto.associationIds,
      programs: dto.programs,
      degreeLevels: dto.degreeLevels,
      graduationYearMin: dto.graduationYearMin,
      graduationYearMax: dto.graduationYearMax,
      skills: dto.skills,
      industries: dto.industries,
      countries: dto.countries,
      cities: dto.cities,
      seniorities: dto.seniorities,
      languages: dto.languages,
      openToWork: dto.openToWork,
    },
    sort: dto.sort,
    limit: dto.limit,
    cursor: dto.cursor,
    facets: dto.facets,
  };
}
