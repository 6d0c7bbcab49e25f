import type { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { SearchDocument } from './search.port';

const COLUMNS = [
  'alumnus_id',
  'association_id',
  'blocked_org_ids',
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
  'last_confirmed_at',
] as const;

const CASTS: Record<(typeof COLUMNS)[number], string> = {
  alumnus_id: 'uuid',
  association_id: 'uuid',
  blocked_org_ids: 'uuid[]',
  headline: 'text',
  industry: 'text',
  seniority: 'text',
  years_of_experience: 'integer',
  city: 'text',
  country: 'text',
  skills: 'text[]',
  languages: 'text[]',
  program: 'text',
  degree_level: 'text',
  graduation_year: 'integer',
  open_to_work: 'boolean',
  last_confirmed_at: 'timestamptz',
};

export function documentValues(doc: SearchDocument): unknown[] {
  return [
    doc.alumnusId,
    doc.associationId,
    doc.blockedOrgIds,
    doc.headline,
    doc.industry,
    doc.seniority,
    doc.yearsOfExperience,
    doc.city,
    doc.country,
    doc.skills,
    doc.languages,
    doc.program,
    doc.degreeLevel,
    doc.graduationYear,
    doc.openToWork,
    doc.lastConfirmedAt,
  ];
}

export interface SearchDocumentRow {
  alumnus_id: string;
  association_id: string;
  blocked_org_ids: string[];
  headline: string | null;
  industry: string | null;
  seniority: string | null;
  years_of_experience: number | null;
  city: string | null;
  country: string | null;
  skills: string[];
  languages: string[];
  program: string | null;
  degree_level: string | null;
  graduation_year: number | null;
  open_to_work: boolean;
  last_confirmed_at: Date;
}

export function rowToDocument(row: SearchDocumentRow): SearchDocument {
  return {
    alumnusId: row.alumnus_id,
    associationId: row.association_id,
    blockedOrgIds: row.blocked_org_ids,
    headline: row.headline,
    industry: row.industry,
    seniority: row.seniority,
    yearsOfExperience: row.years_of_experience,
    city: row.city,
    country: row.country,
    skills: row.skills,
    languages: row.languages,
    program: row.program,
    degreeLevel: row.degree_level,
    graduationYear: row.graduation_year,
    openToWork: row.open_to_work,
    lastConfirmedAt: new Date(row.last_confirmed_at),
  };
}

const UPSERT_SQL = `
  WITH up AS (
    INSERT INTO search_documents (${COLUMNS.join(', ')})
    VALUES (${COLUMNS.map((c, i) => `$${i + 1}::${CASTS[c]}`).join(', ')})
    ON CONFLICT (alumnus_id) DO UPDATE SET
      ${COLUMNS.filter((c) => c !== 'alumnus_id')
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
 * The search projection in PostgreSQL. Both adapters keep it: PostgreSQL searches it, the
 * Meilisearch worker copies from it. Every write runs in the caller's transaction.
 */
export class SearchProjectionRepository {
  async upsert(manager: EntityManager, doc: SearchDocument): Promise<void> {
    await manager.query(UPSERT_SQL, documentValues(doc));
  }

  async remove(manager: EntityManager, alumnusId: string): Promise<void> {
    await manager.query(`DELETE FROM search_documents WHERE alumnus_id = $1`, [alumnusId]);
  }

  async enqueueOutbox(manager: EntityManager, alumnusId: string): Promise<void> {
    await manager.query(`INSERT INTO search_outbox (alumnus_id) VALUES ($1)`, [alumnusId]);
  }

  /**
   * Drops dictionary words no document contains any more (after erasures), so a removed
   * profile's words do not linger as typo suggestions.
   */
  async pruneDictionary(manager: EntityManager): Promise<number> {
    const result = await manager.query(
      `DELETE FROM search_words w
        WHERE NOT EXISTS (SELECT 1 FROM search_documents d WHERE d.search_text @@ to_tsquery('simple', quote_literal(w.word)))`,
    );
    return Array.isArray(result) ? Number(result[1] ?? 0) : 0;
  }

  async findByIds(pool: Pool, ids: string[]): Promise<SearchDocumentRow[]> {
    const { rows } = await pool.query<SearchDocumentRow>(
      `SELECT ${COLUMNS.join(', ')} FROM search_documents WHERE alumnus_id = ANY($1::uuid[])`,
      [ids],
    );
    return rows;
  }
}

/** The pg Pool behind TypeORM: hot read paths skip TypeORM's per-query overhead. */
export function rawPool(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}
