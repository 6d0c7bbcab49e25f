import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SEARCHABLE_FIELDS } from '../access/searchable-fields';
import { SearchableProfileInput, toSearchDocument } from './search-document.mapper';
import { IndexableProfileRow, SearchProjectionRepository } from './search-projection.repository';
import { SEARCH_INDEXER, SearchDocument, SearchIndexer } from './search.port';

/**
 * Keeps the search index equal to the alumni rows. The alumni feature calls `refresh` inside the
 * transaction of every change to profile fields, consent, alumnus-level blocks or erasure, so the
 * document and the row commit (or roll back) together. Association policy and blocks are not in
 * documents: the search scope applies them at query time.
 */
@Injectable()
export class SearchProjection {
  private readonly projection = new SearchProjectionRepository();

  constructor(@Inject(SEARCH_INDEXER) private readonly indexer: SearchIndexer) {}

  /**
   * Reads the rows in one query and writes every upsert, then every removal, in one statement
   * each. `lock: false` only for callers that already hold the rows' locks (an import batch has
   * just inserted or updated every row it refreshes).
   */
  async refresh(manager: EntityManager, alumnusIds: readonly string[], options: { lock?: boolean; now?: Date } = {}): Promise<void> {
    const ids = [...new Set(alumnusIds)];
    if (ids.length === 0) return;
    const now = options.now ?? new Date();
    const rows = await this.projection.readProfiles(manager, ids, options.lock !== false);
    const upserts: SearchDocument[] = [];
    const found = new Set<string>();
    for (const row of rows) {
      found.add(row.id);
      // Consent rule: the pure mapper returns null without searchable consent, for
      // a lapsed consent and for an erased row; null removes the document.
      const doc = toSearchDocument(toInput(row), now);
      if (doc) upserts.push(doc);
    }
    const kept = new Set(upserts.map((d) => d.alumnusId));
    const removals = ids.filter((id) => !kept.has(id) || !found.has(id));
    await this.indexer.upsertDocuments(manager, upserts);
    await this.indexer.removeDocuments(manager, removals);
  }

  /** Erasure: the document goes, and so do typo-dictionary words only it held. */
  async erase(manager: EntityManager, alumnusId: string): Promise<void> {
    const words = await this.projection.documentWords(manager, alumnusId);
    await this.indexer.removeDocuments(manager, [alumnusId]);
    await this.projection.deleteImpressions(manager, alumnusId);
    // Only the erased document's words can have lost their last document.
    if (this.indexer.pruneDictionary && words.length > 0) await this.indexer.pruneDictionary(manager, words);
  }

  /**
   * Re-evaluates up to `limit` documents whose consent reference is older than `lapseMonths`;
   * the mapper removes the lapsed ones. Going through `refresh` (row locks, current rows) means a
   * reconfirmation committed meanwhile keeps its document. Returns how many were re-evaluated.
   */
  async removeLapsed(manager: EntityManager, lapseMonths: number, limit = 1000): Promise<number> {
    const ids = await this.projection.lapsedDocumentIds(manager, lapseMonths, limit);
    await this.refresh(manager, ids);
    return ids.length;
  }
}

function toInput(row: IndexableProfileRow): SearchableProfileInput {
  const fields = Object.fromEntries(SEARCHABLE_FIELDS.map((f) => [f.key, row[f.column]]));
  return {
    ...fields,
    id: row.id,
    associationId: row.association_id,
    // The document's lastConfirmedAt is the lapse reference, so the query-time lapse filter and
    // the lapse job read it directly (see SearchScope.confirmedAfter).
    lastConfirmedAt: row.consent_reference_at ? new Date(row.consent_reference_at) : (undefined as unknown as Date),
    consent: { searchable: row.consent_searchable },
    consentGivenAt: row.consent_given_at ? new Date(row.consent_given_at) : null,
    blockedOrgIds: row.blocked_org_ids,
    erased: row.erased,
  };
}
