import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search projection (consented, non-identifying fields only), its word dictionary for typo
 * tolerance, and the outbox that feeds Meilisearch. No foreign key to `alumni`: that table is
 * created by the alumni feature; the projection is keyed by the alumnus id and maintained by it.
 */
export class CreateSearchTables1764400000000 implements MigrationInterface {
  name = 'CreateSearchTables1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    // unaccent() is STABLE (it reads a dictionary chosen by search_path); naming the dictionary
    // explicitly makes the result fixed, so it may be declared IMMUTABLE for a generated column.
    await q.query(`
      CREATE FUNCTION search_normalize(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, value)), '[^[:alnum:]]+', ' ', 'g')) $$`);
    // array_to_string and concat_ws are not immutable either; wrapped for the same reason.
    await q.query(`
      CREATE FUNCTION search_document_vector(
        headline text, skills text[], program text, industry text, degree_level text,
        seniority text, city text, country text, languages text[]
      ) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT
        setweight(to_tsvector('simple'::regconfig, coalesce(search_normalize(headline), '') || ' ' || coalesce(search_normalize(array_to_string(skills, ' ')), '')), 'A') ||
        setweight(to_tsvector('simple'::regconfig, coalesce(search_normalize(concat_ws(' ', program, industry, degree_level)), '')), 'B') ||
        setweight(to_tsvector('simple'::regconfig, coalesce(search_normalize(concat_ws(' ', seniority, city, country, array_to_string(languages, ' '))), '')), 'C')
      $$`);

    await q.query(`
      CREATE TABLE search_documents (
        alumnus_id uuid NOT NULL,
        association_id uuid NOT NULL,
        blocked_org_ids uuid[] NOT NULL DEFAULT '{}',
        headline text,
        industry text,
        seniority text,
        years_of_experience integer,
        city text,
        country text,
        skills text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        program text,
        degree_level text,
        graduation_year integer,
        open_to_work boolean NOT NULL DEFAULT false,
        last_confirmed_at timestamptz(3) NOT NULL,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        search_text tsvector GENERATED ALWAYS AS (
          search_document_vector(headline, skills, program, industry, degree_level, seniority, city, country, languages)
        ) STORED,
        CONSTRAINT pk_search_documents PRIMARY KEY (alumnus_id)
      )`);
    await q.query(`CREATE INDEX ix_search_documents_text ON search_documents USING gin (search_text)`);
    await q.query(`CREATE INDEX ix_search_documents_skills ON search_documents USING gin (skills)`);
    await q.query(`CREATE INDEX ix_search_documents_languages ON search_documents USING gin (languages)`);
    await q.query(`CREATE INDEX ix_search_documents_association ON search_documents (association_id)`);
    await q.query(`CREATE INDEX ix_search_documents_confirmed ON search_documents (last_confirmed_at, alumnus_id)`);
    await q.query(`CREATE INDEX ix_search_documents_graduation ON search_documents ((coalesce(graduation_year, 0)), alumnus_id)`);
    await q.query(`CREATE INDEX ix_search_documents_city ON search_documents (city)`);
    await q.query(`CREATE INDEX ix_search_documents_program ON search_documents (program)`);

    // Typo tolerance looks words up here (a few thousand rows), never trigram-scans documents.
    await q.query(`
      CREATE TABLE search_words (
        word text NOT NULL,
        CONSTRAINT pk_search_words PRIMARY KEY (word)
      )`);
    await q.query(`CREATE INDEX ix_search_words_trgm ON search_words USING gin (word gin_trgm_ops)`);
    // Written in the same transaction as the projection change; the worker sends the row's
    // current state (or its absence) to Meilisearch, so replays and reordering are harmless.
    await q.query(`
      CREATE TABLE search_outbox (
        id bigint GENERATED ALWAYS AS IDENTITY,
        alumnus_id uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        available_at timestamptz(3) NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        done_at timestamptz(3),
        CONSTRAINT pk_search_outbox PRIMARY KEY (id)
      )`);
    await q.query(`CREATE INDEX ix_search_outbox_pending ON search_outbox (available_at, id) WHERE done_at IS NULL`);
    await q.query(`CREATE INDEX ix_search_outbox_done ON search_outbox (done_at) WHERE done_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_outbox`);
    await q.query(`DROP FUNCTION IF EXISTS search_similar_words(text, integer)`);
    await q.query(`DROP TABLE search_words`);
    await q.query(`DROP TABLE search_documents`);
    await q.query(`DROP FUNCTION search_document_vector(text, text[], text, text, text, text, text, text, text[])`);
    await q.query(`DROP FUNCTION search_normalize(text)`);
    // The extensions stay: other features may rely on them.
  }
}
