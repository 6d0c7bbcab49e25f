import type { Pool } from 'pg';
import { EntityManager } from 'typeorm';
import { SEARCHABLE_FIELDS, SearchableColumn, SearchableColumnValues, SearchableType } from '../access/searchable-fields';
import { SearchDocument } from './search.port';

/** The search_documents columns a SearchDocumentRow holds: scope, the searchable fields, consent time. */
export const SEARCH_DOCUMENT_COLUMNS = [
  'alumnus_id',
  'association_id',
  'blocked_org_ids',
  ...SEARCHABLE_FIELDS.map((f) => f.column),
  'last_confirmed_at',
] as const;
type DocumentColumn = (typeof SEARCH_DOCUMENT_COLUMNS)[number];

const SQL_TYPES: Record<SearchableType, string> = { text: 'text', 'text[]': 'text[]', integer: 'integer', boolean: 'boolean' };

const CASTS = {
  alumnus_id: 'uuid',
  association_id: 'uuid',
  blocked_org_ids: 'uuid[]',
  ...Object.fromEntries(SEARCHABLE_FIELDS.map((f) => [f.column, SQL_TYPES[f.type]])),
  last_confirmed_at: 'timestamptz',
} as Record<DocumentColumn, string>;

export function documentValues(doc: SearchDocument): unknown[] {
  return [doc.alumnusId, doc.associationId, doc.blockedOrgIds, ...SEARCHABLE_FIELDS.map((f) => doc[f.key]), doc.lastConfirmedAt];
}

export interface SearchDocumentRow extends SearchableColumnValues {
  alumnus_id: string;
  association_id: string;
  blocked_org_ids: string[];
  last_confirmed_at: Date;
}

export function documentFromRow(row: SearchDocumentRow): SearchDocument {
  const doc: Record<string, unknown> = { alumnusId: row.alumnus_id, associationId: row.association_id, blockedOrgIds: row.blocked_org_ids };
  for (const f of SEARCHABLE_FIELDS) doc[f.key] = row[f.column];
  doc.lastConfirmedAt = new Date(row.last_confirmed_at);
  return doc as unknown as SearchDocument;
}

const UPSERT_SQL = `
  WITH up AS (
    INSERT INTO search_documents (${SEARCH_DOCUMENT_COLUMNS.join(', ')})
    VALUES (${SEARCH_DOCUMENT_COLUMNS.map((c, i) => `$${i + 1}::${CASTS[c]}`).join(', ')})
    ON CONFLICT (alumnus_id) DO UPDATE SET
      ${SEARCH_DOCUMENT_COLUMNS.filter((c) => c !== 'alumnus_id')
        .map((c) => `${c} = EXCLUDED.${c}`)
        .join(', ')},
      updated_at = now()
    RETURNING search_text
  )
  -- Sorted so that concurrent upserts take the dictionary's row locks in one order (no deadlock).
  INSERT INTO search_words (word)
  SELECT DISTINCT w FROM up, unnest(tsvector_to_array(up.search_text)) AS w
  ORDER BY w
  ON CONFLICT (word) DO NOTHING`;

/**
 * One statement for a batch of documents: existing documents are updated only where a field
 * differs, missing ones are inserted, and the dictionary gets the words of what was written.
 * Not a plain INSERT … ON CONFLICT DO UPDATE: that computes the generated `search_text` (the
 * unaccent/tsvector functions, most of the cost of writing a document) for the
 * proposed row and again for the updated one, and rewrites identical documents with their nine
 * index entries. Every writer of a document holds its alumni row lock (`refresh` takes it, an
 * import's upsert holds it, erasure locks the row), so no other transaction inserts or deletes
 * these documents between the UPDATE and the INSERT; the ON CONFLICT only keeps the insert safe
 * for a caller that breaks that rule.
 */
const UPSERT_MANY_SQL = `
  WITH src AS (
    SELECT * FROM json_to_recordset($1::json)
      AS r(${SEARCH_DOCUMENT_COLUMNS.map((c) => `${c} ${CASTS[c]}`).join(', ')})
  ), changed AS (
    UPDATE search_documents d SET
      ${SEARCH_DOCUMENT_COLUMNS.filter((c) => c !== 'alumnus_id')
        .map((c) => `${c} = s.${c}`)
        .join(', ')},
      updated_at = now()
      FROM src s
     WHERE d.alumnus_id = s.alumnus_id
       AND (${SEARCH_DOCUMENT_COLUMNS.filter((c) => c !== 'alumnus_id')
         .map((c) => `d.${c}`)
         .join(', ')}) IS DISTINCT FROM (${SEARCH_DOCUMENT_COLUMNS.filter((c) => c !== 'alumnus_id')
         .map((c) => `s.${c}`)
         .join(', ')})
    RETURNING d.search_text
  ), added AS (
    INSERT INTO search_documents (${SEARCH_DOCUMENT_COLUMNS.join(', ')})
    SELECT ${SEARCH_DOCUMENT_COLUMNS.join(', ')} FROM src s
     WHERE NOT EXISTS (SELECT 1 FROM search_documents d WHERE d.alumnus_id = s.alumnus_id)
    ON CONFLICT (alumnus_id) DO UPDATE SET
      ${SEARCH_DOCUMENT_COLUMNS.filter((c) => c !== 'alumnus_id')
        .map((c) => `${c} = EXCLUDED.${c}`)
        .join(', ')},
      updated_at = now()
    RETURNING search_text
  ), written AS (
    SELECT search_text FROM changed UNION ALL SELECT search_text FROM added
  )
  -- Sorted so that concurrent upserts take the dictionary's row locks in one order (no deadlock).
  INSERT INTO search_words (word)
  SELECT DISTINCT w FROM written, unnest(tsvector_to_array(written.search_text)) AS w
  ORDER BY w
  ON CONFLICT (word) DO NOTHING`;

function documentRecord(doc: SearchDocument): Record<string, unknown> {
  const values = documentValues(doc);
  return Object.fromEntries(
    SEARCH_DOCUMENT_COLUMNS.map((c, i) => [c, values[i] instanceof Date ? (values[i] as Date).toISOString() : values[i]]),
  );
}

/** An alumni row as the mapper reads it; list and flag columns may be null on old rows. */
export type IndexableProfileRow = { [C in SearchableColumn]: SearchableColumnValues[C] | null } & {
  id: string;
  association_id: string;
  erased: boolean;
  consent_searchable: boolean;
  consent_given_at: Date | null;
  last_confirmed_at: Date | null;
  consent_reference_at: Date | null;
  blocked_org_ids: string[];
};

const PROFILE_COLUMNS = SEARCHABLE_FIELDS.map((f) => `a.${f.column}`).join(', ');

/**
 * The search projection in PostgreSQL. Both adapters keep it: PostgreSQL searches it, the
 * Meilisearch worker copies from it. Every write runs in the caller's transaction.
 */
export class SearchProjectionRepository {
  async upsert(manager: EntityManager, doc: SearchDocument): Promise<void> {
    await manager.query(UPSERT_SQL, documentValues(doc));
  }

  /** One statement for a whole batch (imports write thousands of documents per transaction). */
  async upsertMany(manager: EntityManager, docs: SearchDocument[]): Promise<void> {
    if (docs.length === 0) return;
    await manager.query(UPSERT_MANY_SQL, [JSON.stringify(docs.map(documentRecord))]);
  }

  async remove(manager: EntityManager, alumnusId: string): Promise<void> {
    await manager.query(`DELETE FROM search_documents WHERE alumnus_id = $1`, [alumnusId]);
  }

  async removeMany(manager: EntityManager, alumnusIds: string[]): Promise<void> {
    if (alumnusIds.length === 0) return;
    await manager.query(`DELETE FROM search_documents WHERE alumnus_id = ANY($1::uuid[])`, [alumnusIds]);
  }

  async enqueueOutbox(manager: EntityManager, alumnusId: string): Promise<void> {
    await manager.query(`INSERT INTO search_outbox (alumnus_id) VALUES ($1)`, [alumnusId]);
  }

  async enqueueOutboxMany(manager: EntityManager, alumnusIds: string[]): Promise<void> {
    if (alumnusIds.length === 0) return;
    await manager.query(`INSERT INTO search_outbox (alumnus_id) SELECT unnest($1::uuid[])`, [alumnusIds]);
  }

  /**
   * The alumni rows (erased ones included) with what the mapper needs, and their alumnus-level
   * org blocks, in one statement. `consent_reference_at` is the later of the consent time and the
   * last confirmation: the time the 24-month lapse counts from. `lock` takes the alumni rows FOR
   * UPDATE (in id order), so two transactions changing one alumnus refresh its document one
   * after the other, each from the latest committed row, and the last writer's view is complete.
   */
  readProfiles(manager: EntityManager, alumnusIds: string[], lock: boolean): Promise<IndexableProfileRow[]> {
    return manager.query(
      `SELECT a.id, a.association_id, a.erased_at IS NOT NULL AS erased,
              ${PROFILE_COLUMNS},
              a.consent_searchable, a.consent_given_at, a.last_confirmed_at,
              greatest(a.consent_given_at, a.last_confirmed_at) AS consent_reference_at,
              coalesce((SELECT array_agg(b.org_id ORDER BY b.org_id) FROM alumnus_blocked_orgs b WHERE b.alumnus_id = a.id),
                       '{}'::uuid[])::text[] AS blocked_org_ids
         FROM alumni a
        WHERE a.id = ANY($1::uuid[])
        ${lock ? 'ORDER BY a.id FOR UPDATE OF a' : ''}`,
      [alumnusIds],
    );
  }

  async deleteImpressions(manager: EntityManager, alumnusId: string): Promise<void> {
    await manager.query(`DELETE FROM search_impressions WHERE alumnus_id = $1`, [alumnusId]);
  }

  /** Documents whose consent reference is older than `lapseMonths` (the lapse job removes them). */
  async lapsedDocumentIds(manager: EntityManager, lapseMonths: number, limit: number): Promise<string[]> {
    const rows: { alumnus_id: string }[] = await manager.query(
      `SELECT alumnus_id FROM search_documents
        WHERE last_confirmed_at < now() - make_interval(months => $1)
        ORDER BY last_confirmed_at LIMIT $2`,
      [lapseMonths, limit],
    );
    return rows.map((r) => r.alumnus_id);
  }

  /**
   * Drops dictionary words no document contains any more (after erasures), so a removed
   * profile's words do not linger as typo suggestions.
   */
  async pruneDictionary(manager: EntityManager, words?: string[]): Promise<number> {
    const result = await manager.query(
      `DELETE FROM search_words w
        WHERE ($1::text[] IS NULL OR w.word = ANY($1::text[]))
          AND NOT EXISTS (SELECT 1 FROM search_documents d WHERE d.search_text @@ to_tsquery('simple', quote_literal(w.word)))`,
      [words ?? null],
    );
    return Array.isArray(result) ? Number(result[1] ?? 0) : 0;
  }

  /** The dictionary words of one document (read before it is removed). */
  async documentWords(manager: EntityManager, alumnusId: string): Promise<string[]> {
    const rows: { words: string[] | null }[] = await manager.query(
      `SELECT tsvector_to_array(search_text) AS words FROM search_documents WHERE alumnus_id = $1`,
      [alumnusId],
    );
    return rows[0]?.words ?? [];
  }

  async findByIds(pool: Pool, ids: string[]): Promise<SearchDocumentRow[]> {
    const { rows } = await pool.query<SearchDocumentRow>(
      `SELECT ${SEARCH_DOCUMENT_COLUMNS.join(', ')} FROM search_documents WHERE alumnus_id = ANY($1::uuid[])`,
      [ids],
    );
    return rows;
  }
}

export { rawPool } from '../database/raw-pool';
