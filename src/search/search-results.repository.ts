import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { rawPool } from '../database/raw-pool';

export interface ImpressionCount {
  alumnusId: string;
  /** UTC day, YYYY-MM-DD. */
  day: string;
  count: number;
}

/** Writes behind GET /v1/search; raw pg, since TypeORM's per-query bookkeeping costs more than these statements. */
@Injectable()
export class SearchResultsRepository {
  private readonly pool: Pool;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.pool = rawPool(dataSource);
  }

  /**
   * One statement for a whole buffer of counts, in key order so that two processes flushing
   * overlapping counters lock them in the same order (no deadlock). An alumnus erased since the
   * search is skipped: erasure deletes its impressions, a late flush must not bring them back.
   * FOR KEY SHARE makes that hold against an erasure in flight (it locks the alumnus row FOR
   * UPDATE first): either the flush waits and then sees `erased_at`, or the erasure waits and
   * deletes what the flush wrote. Ordinary profile updates do not conflict with it.
   */
  async addImpressions(counts: readonly ImpressionCount[]): Promise<void> {
    if (counts.length === 0) return;
    await this.pool.query(
      `INSERT INTO search_impressions (alumnus_id, day, count)
       SELECT x.id, x.day, x.n
         FROM unnest($1::uuid[], $2::date[], $3::integer[]) AS x(id, day, n)
         JOIN alumni a ON a.id = x.id AND a.erased_at IS NULL
        ORDER BY x.id, x.day
          FOR KEY SHARE OF a
       ON CONFLICT ON CONSTRAINT pk_search_impressions DO UPDATE SET count = search_impressions.count + EXCLUDED.count`,
      [counts.map((c) => c.alumnusId), counts.map((c) => c.day), counts.map((c) => c.count)],
    );
  }
}
