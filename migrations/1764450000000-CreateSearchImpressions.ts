import { MigrationInterface, QueryRunner } from 'typeorm';

/** Search impressions per alumnus per day (the access log's search entries): one row per alumnus and UTC day. */
export class CreateSearchImpressions1764450000000 implements MigrationInterface {
  name = 'CreateSearchImpressions1764450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_impressions (
        alumnus_id uuid NOT NULL,
        day date NOT NULL,
        count integer NOT NULL DEFAULT 0,
        CONSTRAINT pk_search_impressions PRIMARY KEY (alumnus_id, day),
        CONSTRAINT fk_search_impressions_alumnus FOREIGN KEY (alumnus_id) REFERENCES alumni (id) ON DELETE CASCADE,
        CONSTRAINT ck_search_impressions_count CHECK (count >= 0)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_impressions`);
  }
}
