import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure clears an alumnus's `external_id` with the rest of the row, so the association's next
 * import of its roster used to create the person again under the same id. An erasure now records
 * the SHA-256 of that id per association (the association's own key for the person, kept only so
 * the erasure is honoured; no profile value), and imports refuse rows whose id is recorded.
 */
export class CreateErasedExternalIds1764900000000 implements MigrationInterface {
  name = 'CreateErasedExternalIds1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE erased_external_ids (
        association_id uuid NOT NULL,
        external_id_sha256 bytea NOT NULL,
        erased_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pk_erased_external_ids PRIMARY KEY (association_id, external_id_sha256),
        CONSTRAINT ck_erased_external_ids_digest CHECK (octet_length(external_id_sha256) = 32),
        CONSTRAINT fk_erased_external_ids_association FOREIGN KEY (association_id) REFERENCES associations (id) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE erased_external_ids`);
  }
}
