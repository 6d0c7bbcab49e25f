import { SEARCHABLE_FIELDS, SEARCHABLE_KEYS } from '../../src/access/searchable-fields';
import { PREVIEW_KEYS } from '../../src/alumni/profile-fields';
import { MEILI_FILTERABLE_ATTRIBUTES } from '../../src/search/meilisearch-filter';
import { MEILI_SETTINGS } from '../../src/search/meilisearch-search.adapter';
import { SEARCH_DOCUMENT_COLUMNS } from '../../src/search/search-projection.repository';
import { SEARCH_FACET_FIELDS, SEARCH_SORTS } from '../../src/search/search.port';
import { SEARCH_FILTER_PARAMS } from '../../src/search/dto/search-query.dto';

// What the table derives, pinned: a change here changes the index settings, the API or the SQL,
// so it must be deliberate (a new field adds its line to these lists).
describe('searchable fields table', () => {
  it('is exactly the profile fields a preview may show (every non-identity profile field)', () => {
    expect([...SEARCHABLE_KEYS].sort()).toEqual([...PREVIEW_KEYS].sort());
  });

  it('derives the Meilisearch settings', () => {
    // The order of searchableAttributes is a ranking rule: headline first, then skills, program…
    expect(MEILI_SETTINGS.searchableAttributes).toEqual([
      'headline',
      'skills',
      'program',
      'industry',
      'degreeLevel',
      'seniority',
      'city',
      'country',
      'languages',
    ]);
    expect([...MEILI_FILTERABLE_ATTRIBUTES].sort()).toEqual(
      [
        'associationId',
        'blockedOrgIds',
        'program',
        'degreeLevel',
        'graduationYear',
        'skills',
        'industry',
        'country',
        'city',
        'seniority',
        'languages',
        'openToWork',
        'lastConfirmedAt',
      ].sort(),
    );
    expect(MEILI_SETTINGS.sortableAttributes).toEqual(['graduationYear', 'lastConfirmedAt']);
    expect(MEILI_SETTINGS.displayedAttributes).toEqual(['id']);
  });

  it('derives the facets, sorts and filter parameters of the API', () => {
    expect([...SEARCH_FACET_FIELDS].sort()).toEqual(
      [
        'associationId',
        'program',
        'degreeLevel',
        'graduationYear',
        'skills',
        'industry',
        'country',
        'city',
        'seniority',
        'languages',
        'openToWork',
      ].sort(),
    );
    expect(SEARCH_SORTS).toEqual(['relevance', 'graduationYear', 'lastConfirmedAt']);
    expect([...SEARCH_FILTER_PARAMS].sort()).toEqual(
      [
        'programs',
        'degreeLevels',
        'graduationYearMin',
        'graduationYearMax',
        'skills',
        'industries',
        'countries',
        'cities',
        'seniorities',
        'languages',
        'openToWork',
      ].sort(),
    );
  });

  it('derives the search projection columns', () => {
    expect(SEARCH_DOCUMENT_COLUMNS).toEqual([
      'alumnus_id',
      'association_id',
      'blocked_org_ids',
      ...SEARCHABLE_FIELDS.map((f) => f.column),
      'last_confirmed_at',
    ]);
    expect(SEARCHABLE_FIELDS.map((f) => f.column)).toEqual([
      'headline',
      'industry',
      'seniority',
      'years_of_experience',
      'city',
      'country',
      'skills',
      'languages',
      'program',
      'degree_level',
      'graduation_year',
      'open_to_work',
    ]);
  });
});
