import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PreviewSource } from '../profiles/profile-views';
import { rawPool } from './search-projection.repository';

/** Reads behind GET /v1/search; raw pg on this hot path (NOTES: TypeORM adds 0.15–0.5 ms a query). */
@Injectable()
export class SearchResultsRepository {
  private readonly pool: Pool;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.pool = rawPool(dataSource);
  }

  /** Only the preview columns are read: identity fields never leave the database on this path. */
  async findPreviews(alumnusIds: string[]): Promise<PreviewSource[]> {
    if (alumnusIds.length === 0) return [];
    const { rows } = await this.pool.query<PreviewSource>(
      `SELECT id, association_id AS "associationId", headline, industry, seniority,
              years_of_experience AS "yearsOfExperience", city, country, skills, languages, program,
              degree_level AS "degreeLevel", graduation_year AS "graduationYear", open_to_work AS "openToWork"
         FROM alumni WHERE id = ANY($1::uuid[]) AND erased_at IS NULL`,
      [alumnusIds],
    );
    return rows;
  }

  /**
   * One statement for all returned ids; taken in id order so that concurrent searches returning
   * overlapping pages lock the counters in the same order (no deadlock).
   */
  async countImpressions(alumnusIds: string[]): Promise<void> {
    if (alumnusIds.length === 0) return;
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // Impression counts are statistics, not consent or money: a crash may lose the last few
      // hundred milliseconds of them, and in exchange no search waits for a WAL flush.
      await client.query('SET LOCAL synchronous_commit TO off');
      await client.query(
        `INSERT INTO search_impressions (alumnus_id, day, count)
         SELECT id, (now() AT TIME ZONE 'UTC')::date, 1 FROM unnest($1::uuid[]) AS id ORDER BY id
         ON CONFLICT ON CONSTRAINT pk_search_impressions DO UPDATE SET count = search_impressions.count + 1`,
        [alumnusIds],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
