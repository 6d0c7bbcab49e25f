import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { PROFILE_FIELDS, ProfileKey } from './profile-fields';

export type AlumnusRow = Record<string, any> & { id: string; association_id: string };

export interface ConsentEventInput {
  searchable: boolean;
  unlockable: boolean;
  contactable: boolean;
  termsVersion: string | null;
  textHash: string | null;
  source: 'self_service' | 'association_import' | 'erasure';
  givenAt: Date;
  evidence?: { ip?: string | null; userAgent?: string | null; proofReference?: string | null };
}

const COLUMN_OF: Record<string, string> = Object.fromEntries([
  ...PROFILE_FIELDS.map((f) => [f.key, f.column]),
  ['externalId', 'external_id'],
]);

@Injectable()
export class AlumniRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** The profile SELECT shared by every read: the row plus the current consent's event and lapse state. */
  private profileSelect(where: string): string {
    return `SELECT a.*, e.source AS consent_source, e.terms_version AS consent_terms_version,
                   (greatest(a.consent_given_at, a.last_confirmed_at) < now() - make_interval(months => $1)) AS consent_lapsed
              FROM alumni a
              LEFT JOIN LATERAL (SELECT source, terms_version FROM consent_events
                                  WHERE alumnus_id = a.id ORDER BY id DESC LIMIT 1) e ON true
             WHERE a.erased_at IS NULL AND ${where}`;
  }

  /** Ownership is in the WHERE clause: another association's alumnus is simply not found. */
  async findInAssociation(associationId: string, alumnusId: string, manager?: EntityManager): Promise<AlumnusRow | undefined> {
    const rows = await (manager ?? this.dataSource.manager).query(this.profileSelect('a.id = $2 AND a.association_id = $3'), [
      this.config.consentLapseMonths,
      alumnusId,
      associationId,
    ]);
    return rows[0];
  }

  async findById(alumnusId: string, manager?: EntityManager): Promise<AlumnusRow | undefined> {
    const rows = await (manager ?? this.dataSource.manager).query(this.profileSelect('a.id = $2'), [
      this.config.consentLapseMonths,
      alumnusId,
    ]);
    return rows[0];
  }

  listInAssociation(associationId: string, limit: number, after?: { createdAt: Date; id: string }): Promise<AlumnusRow[]> {
    const params: unknown[] = [this.config.consentLapseMonths, associationId, limit + 1];
    let where = 'a.association_id = $2';
    if (after) {
      params.push(after.createdAt, after.id);
      where += ' AND (a.created_at, a.id) > ($4, $5)';
    }
    return this.dataSource.query(`${this.profileSelect(where)} ORDER BY a.created_at, a.id LIMIT $3`, params);
  }

  /** Live alumni of the association with this address (normally one). */
  async findByAssociationSlugAndEmail(slug: string, email: string): Promise<{ id: string; email: string; first_name: string | null }[]> {
    return this.dataSource.query(
      `SELECT a.id, a.email, a.first_name FROM alumni a JOIN associations s ON s.id = a.association_id
        WHERE s.slug = $1 AND lower(a.email) = lower($2) AND a.erased_at IS NULL
        ORDER BY a.created_at LIMIT 5`,
      [slug, email],
    );
  }

  async updateProfile(
    manager: EntityManager,
    alumnusId: string,
    values: Partial<Record<ProfileKey | 'externalId', unknown>>,
    options: { confirm?: boolean; clearImportHash?: boolean } = {},
  ): Promise<void> {
    const sets: string[] = [];
    const params: unknown[] = [alumnusId];
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined || !COLUMN_OF[key]) continue;
      params.push(value);
      sets.push(`${COLUMN_OF[key]} = $${params.length}`);
    }
    if (options.confirm) sets.push('last_confirmed_at = now()');
    if (options.clearImportHash) sets.push('import_hash = NULL');
    if (sets.length === 0) return;
    await manager.query(`UPDATE alumni SET ${sets.join(', ')}, updated_at = now() WHERE id = $1 AND erased_at IS NULL`, params);
  }

  async setContactCap(manager: EntityManager, alumnusId: string, cap: number | null): Promise<void> {
    await manager.query(`UPDATE alumni SET max_contact_requests_per_month = $2, updated_at = now() WHERE id = $1 AND erased_at IS NULL`, [
      alumnusId,
      cap,
    ]);
  }

  async confirm(manager: EntityManager, alumnusId: string): Promise<void> {
    await manager.query(`UPDATE alumni SET last_confirmed_at = now(), updated_at = now() WHERE id = $1`, [alumnusId]);
  }

  /** Serialises consent changes of one alumnus (the row lock orders concurrent events). */
  async lock(manager: EntityManager, alumnusId: string): Promise<AlumnusRow | undefined> {
    const rows = await manager.query(`SELECT * FROM alumni WHERE id = $1 AND erased_at IS NULL FOR UPDATE`, [alumnusId]);
    return rows[0];
  }

  /**
   * Appends a consent event (the log refuses updates and deletes) and its evidence. The trigger
   * `tg_consent_events_apply` copies the event into the alumnus's current-consent columns.
   */
  async appendConsentEvent(manager: EntityManager, alumnusId: string, event: ConsentEventInput): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO consent_events (alumnus_id, searchable, unlockable, contactable, terms_version, text_hash, source, given_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [alumnusId, event.searchable, event.unlockable, event.contactable, event.termsVersion, event.textHash, event.source, event.givenAt],
    );
    const evidence = event.evidence;
    if (evidence && (evidence.ip || evidence.userAgent || evidence.proofReference)) {
      await manager.query(
        `INSERT INTO consent_evidence (consent_event_id, alumnus_id, ip, user_agent, proof_reference) VALUES ($1, $2, $3, $4, $5)`,
        [row.id, alumnusId, evidence.ip ?? null, evidence.userAgent ?? null, evidence.proofReference ?? null],
      );
    }
    return String(row.id);
  }

  consentHistory(alumnusId: string): Promise<Record<string, any>[]> {
    return this.dataSource.query(
      `SELECT e.id::text AS id, e.searchable, e.unlockable, e.contactable, e.terms_version, e.text_hash, e.source,
              e.given_at, e.recorded_at, v.ip, v.user_agent, v.proof_reference
         FROM consent_events e LEFT JOIN consent_evidence v ON v.consent_event_id = e.id
        WHERE e.alumnus_id = $1 ORDER BY e.id`,
      [alumnusId],
    );
  }

  /** Newest first. */
  accessLogPage(alumnusId: string, limit: number, before?: { createdAt: Date; id: string }): Promise<Record<string, any>[]> {
    const params: unknown[] = [alumnusId, limit + 1];
    if (before) params.push(before.createdAt, before.id);
    return this.dataSource.query(
      `SELECT l.id, l.kind, l.org_id, o.name AS org_name, l.created_at,
              (SELECT sum(r.association_share_minor) FROM revenue_entries r
                WHERE l.reference IS NOT NULL AND r.reference = l.reference AND r.association_id = a.association_id
                  AND r.org_id = l.org_id) AS association_earned_minor,
              (SELECT min(r.currency) FROM revenue_entries r
                WHERE l.reference IS NOT NULL AND r.reference = l.reference AND r.association_id = a.association_id
                  AND r.org_id = l.org_id) AS association_earned_currency
         FROM access_log_entries l JOIN recruiter_orgs o ON o.id = l.org_id JOIN alumni a ON a.id = l.alumnus_id
        WHERE l.alumnus_id = $1 ${before ? 'AND (l.created_at, l.id) < ($3, $4)' : ''}
        ORDER BY l.created_at DESC, l.id DESC LIMIT $2`,
      params,
    );
  }

  blockedOrgsPage(alumnusId: string, limit: number, after?: { createdAt: Date; id: string }): Promise<Record<string, any>[]> {
    const params: unknown[] = [alumnusId, limit + 1];
    if (after) params.push(after.createdAt, after.id);
    return this.dataSource.query(
      `SELECT b.org_id, o.name AS org_name, b.created_at
         FROM alumnus_blocked_orgs b JOIN recruiter_orgs o ON o.id = b.org_id
        WHERE b.alumnus_id = $1 ${after ? 'AND (b.created_at, b.org_id) > ($3, $4)' : ''}
        ORDER BY b.created_at, b.org_id LIMIT $2`,
      params,
    );
  }

  /** Idempotent; throws a foreign-key violation for an unknown org. */
  async blockOrg(manager: EntityManager, alumnusId: string, orgId: string): Promise<void> {
    await manager.query(`INSERT INTO alumnus_blocked_orgs (alumnus_id, org_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [alumnusId, orgId]);
  }

  async unblockOrg(manager: EntityManager, alumnusId: string, orgId: string): Promise<boolean> {
    const [, count] = await manager.query(`DELETE FROM alumnus_blocked_orgs WHERE alumnus_id = $1 AND org_id = $2`, [alumnusId, orgId]);
    return count > 0;
  }

  /** Every row held about the alumnus outside `alumni` and the consent log, for the GDPR export. */
  async exportRelated(alumnusId: string, associationId: string) {
    const q = (sql: string, params: unknown[] = [alumnusId]) => this.dataSource.query(sql, params);
    const [association] = await q(`SELECT id, name, slug FROM associations WHERE id = $1`, [associationId]);
    return {
      association: association as { id: string; name: string; slug: string },
      accessLog: await q(
        `SELECT l.id, l.kind, l.org_id, o.name AS org_name, l.created_at
           FROM access_log_entries l JOIN recruiter_orgs o ON o.id = l.org_id WHERE l.alumnus_id = $1 ORDER BY l.created_at, l.id`,
      ),
      blockedOrgs: await q(
        `SELECT b.org_id, o.name AS org_name, b.created_at FROM alumnus_blocked_orgs b JOIN recruiter_orgs o ON o.id = b.org_id
          WHERE b.alumnus_id = $1 ORDER BY b.created_at`,
      ),
      sessions: await q(`SELECT id, created_at, expires_at, revoked_at FROM alumni_sessions WHERE alumnus_id = $1 ORDER BY created_at`),
      magicLinks: await q(
        `SELECT purpose, created_at, expires_at, used_at FROM alumni_magic_links WHERE alumnus_id = $1 ORDER BY created_at`,
      ),
      mails: await q(`SELECT kind, to_address, subject, status, created_at FROM mail_outbox WHERE alumnus_id = $1 ORDER BY created_at`),
      contactRequests: await q(
        `SELECT c.id, c.org_id, o.name AS org_name, c.job_title, c.message, c.salary_min_minor, c.salary_max_minor, c.currency,
                c.status, c.created_at, c.expires_at, c.decided_at
           FROM contact_requests c JOIN recruiter_orgs o ON o.id = c.org_id WHERE c.alumnus_id = $1 ORDER BY c.created_at, c.id`,
      ),
    };
  }

  /** Locks a live (not erased) alumnus, in this association when given. */
  async lockLive(
    manager: EntityManager,
    alumnusId: string,
    associationId?: string,
  ): Promise<{ id: string; email: string | null } | undefined> {
    const rows = await manager.query(
      `SELECT id, email FROM alumni WHERE id = $1 AND erased_at IS NULL ${associationId ? 'AND association_id = $2' : ''} FOR UPDATE`,
      associationId ? [alumnusId, associationId] : [alumnusId],
    );
    return rows[0];
  }

  /**
   * Removes every personal value held about a locked alumnus (see AlumniErasureService). The
   * erasure event goes first: the trigger clears the consent cache, which the CHECK on erased rows requires.
   */
  async erasePersonalData(manager: EntityManager, alumnusId: string, email: string | null): Promise<void> {
    await manager.query(
      `INSERT INTO consent_events (alumnus_id, searchable, unlockable, contactable, source, given_at)
       VALUES ($1, false, false, false, 'erasure', now())`,
      [alumnusId],
    );
    await manager.query(`DELETE FROM consent_evidence WHERE alumnus_id = $1`, [alumnusId]);
    // The association's id for the person, kept as a digest so that its next import does not bring them back.
    await manager.query(
      `INSERT INTO erased_external_ids (association_id, external_id_sha256)
       SELECT association_id, sha256(convert_to(external_id, 'UTF8')) FROM alumni WHERE id = $1 AND external_id IS NOT NULL
       ON CONFLICT DO NOTHING`,
      [alumnusId],
    );
    const cleared = PROFILE_FIELDS.map((f) => {
      const empty = f.kind.type === 'list' ? `'{}'` : f.kind.type === 'bool' ? 'false' : 'NULL';
      return `${f.column} = ${empty}`;
    });
    await manager.query(
      `UPDATE alumni SET ${cleared.join(', ')}, external_id = NULL, import_hash = NULL, last_confirmed_at = NULL,
              reconfirmation_sent_at = NULL, erased_at = now(), updated_at = now()
        WHERE id = $1`,
      [alumnusId],
    );
    await manager.query(`UPDATE alumni_sessions SET revoked_at = now() WHERE alumnus_id = $1 AND revoked_at IS NULL`, [alumnusId]);
    await manager.query(`DELETE FROM alumni_magic_links WHERE alumnus_id = $1`, [alumnusId]);
    await manager.query(`DELETE FROM mail_outbox WHERE alumnus_id = $1 OR ($2::text IS NOT NULL AND lower(to_address) = lower($2))`, [
      alumnusId,
      email,
    ]);
    await manager.query(`DELETE FROM alumnus_blocked_orgs WHERE alumnus_id = $1`, [alumnusId]);
    await manager.query(`DELETE FROM access_log_entries WHERE alumnus_id = $1`, [alumnusId]);
  }

  /**
   * Alumni whose searchable consent lapses within `noticeDays` (or already lapsed) and who have not
   * been reminded since their latest confirmation; locked, skipping rows another worker holds.
   * Alumni who muted reconfirmation mails are skipped (their consent simply lapses).
   */
  lockDueForReconfirmation(
    manager: EntityManager,
    lapseMonths: number,
    noticeDays: number,
    limit: number,
  ): Promise<{ id: string; email: string; lapses_at: Date }[]> {
    return manager.query(
      `SELECT id, email, greatest(consent_given_at, last_confirmed_at) + make_interval(months => $1) AS lapses_at FROM alumni
        WHERE erased_at IS NULL AND consent_searchable AND email IS NOT NULL AND notify_reconfirmation
          AND greatest(consent_given_at, last_confirmed_at) < now() - make_interval(months => $1, days => -($2::int))
          AND (reconfirmation_sent_at IS NULL OR reconfirmation_sent_at < greatest(consent_given_at, last_confirmed_at))
        ORDER BY consent_given_at LIMIT $3
        FOR UPDATE SKIP LOCKED`,
      [lapseMonths, noticeDays, limit],
    );
  }

  async markReconfirmationSent(manager: EntityManager, alumnusId: string): Promise<void> {
    await manager.query(`UPDATE alumni SET reconfirmation_sent_at = now() WHERE id = $1`, [alumnusId]);
  }

  /**
   * An association has IMPORT_WRITERS import lanes; a batch transaction holds one for its
   * duration, so at most that many import batches write into one association at a time, and
   * batches of concurrent imports queue for a lane.
   */
  async lockForImport(manager: EntityManager, associationId: string, lane: number): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('alumni-import:' || $1 || ':' || $2))`, [associationId, lane]);
  }

  /**
   * Every import lane of the association (lanes 0 … lanes-1, in order): an erasure holds them
   * before it locks the alumni row, so no import batch writes into the association between the
   * erasure's check of its ids and its commit (an upsert waiting for the row being erased would
   * otherwise insert the person again once the erasure cleared `external_id`).
   */
  async lockAllImportLanes(manager: EntityManager, associationId: string, lanes: number): Promise<void> {
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtext('alumni-import:' || $1 || ':' || lane)) FROM generate_series(0, $2 - 1) AS lane ORDER BY lane`,
      [associationId, lanes],
    );
  }

  /** The association of a live or erased alumnus, or undefined. */
  async associationOf(manager: EntityManager, alumnusId: string): Promise<string | undefined> {
    const rows: { association_id: string }[] = await manager.query(`SELECT association_id FROM alumni WHERE id = $1`, [alumnusId]);
    return rows[0]?.association_id;
  }

  /** Which of these external ids belong to alumni erased from the association. */
  async erasedExternalIds(manager: EntityManager, associationId: string, externalIds: string[]): Promise<Set<string>> {
    const rows: { external_id: string }[] = await manager.query(
      `SELECT x.external_id FROM unnest($2::text[]) AS x(external_id)
        WHERE EXISTS (SELECT 1 FROM erased_external_ids e
                       WHERE e.association_id = $1 AND e.external_id_sha256 = sha256(convert_to(x.external_id, 'UTF8')))`,
      [associationId, externalIds],
    );
    return new Set(rows.map((row) => row.external_id));
  }

  /**
   * One probe of `uq_alumni_external_id` per id. Written as a LATERAL … LIMIT 1 rather than
   * `external_id = ANY($2)`: during a first import the statistics still describe a small or empty
   * association, and the planner then read the whole association through
   * `ix_alumni_association_created` for every batch (a cost growing with the table); the lateral
   * form can only be answered by the unique index.
   */
  async importHashes(manager: EntityManager, associationId: string, externalIds: string[]): Promise<Map<string, string | null>> {
    const rows: { external_id: string; import_hash: string | null }[] = await manager.query(
      `SELECT a.external_id, a.import_hash
         FROM unnest($2::text[]) AS x(external_id)
        CROSS JOIN LATERAL (SELECT external_id, import_hash FROM alumni
                             WHERE association_id = $1 AND external_id = x.external_id LIMIT 1) a`,
      [associationId, externalIds],
    );
    return new Map(rows.map((row) => [row.external_id, row.import_hash]));
  }

  /**
   * One INSERT … ON CONFLICT for a batch of imported rows (snake_case keys: the profile columns,
   * `external_id`, `import_hash` and the consent cache). A new alumnus is inserted with the consent
   * cache of the event the caller appends next in the same transaction, so the cache equals the
   * latest event at commit and the trigger has nothing to rewrite. Existing rows keep their cache:
   * only a newer event may change it. Returns the rows written (unchanged ones are not).
   * The rows travel as `json`, not `jsonb`: a batch is read once, so building the jsonb tree
   * would only cost time.
   */
  upsertImported(
    manager: EntityManager,
    associationId: string,
    rows: Record<string, unknown>[],
  ): Promise<{ id: string; external_id: string; inserted: boolean }[]> {
    const columns = RECORD_COLUMNS.map((c) => c.column);
    return manager.query(
      `INSERT INTO alumni (association_id, external_id, import_hash, ${columns.join(', ')}, ${CACHE_COLUMNS.join(', ')})
       SELECT $1, r.external_id, r.import_hash, ${[...columns, ...CACHE_COLUMNS].map((c) => `r.${c}`).join(', ')}
         FROM json_to_recordset($2::json)
              AS r(external_id text, import_hash text, ${RECORD_COLUMNS.map((c) => `${c.column} ${c.type}`).join(', ')},
                   consent_searchable boolean, consent_unlockable boolean, consent_contactable boolean, consent_given_at timestamptz)
       ON CONFLICT ON CONSTRAINT uq_alumni_external_id DO UPDATE
          SET import_hash = EXCLUDED.import_hash, updated_at = now(),
              ${columns.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
        WHERE alumni.import_hash IS DISTINCT FROM EXCLUDED.import_hash
       RETURNING id, external_id, (xmax = 0) AS inserted`,
      [associationId, JSON.stringify(rows)],
    );
  }

  /**
   * Appends `association_import` consent events with their proof reference as evidence, and
   * returns the alumni whose current consent (the three purposes) they changed.
   * Consent invariant: an imported proof only counts if it is newer than the current consent
   * (or the alumnus was created by this import), so an old proof re-imported never overrides a
   * later self-service withdrawal. Callers pass only rows their upsert just wrote, whose row locks
   * they hold; a concurrent self-service change (which locks the row FOR UPDATE) has either
   * committed before this statement's snapshot or waits for the import's transaction.
   */
  async appendImportedConsents(manager: EntityManager, consents: Record<string, unknown>[]): Promise<ImportedConsentChange[]> {
    // Every sub-statement reads the snapshot taken before the statement, so `a` holds the consent
    // as it was before these events (the trigger that applies them runs at the statement's end).
    // A new alumnus already carries its imported consent from the upsert: no change to report.
    return manager.query(
      `WITH ev AS (
         SELECT * FROM json_to_recordset($1::json) AS e(alumnus_id uuid, created boolean, searchable boolean,
                unlockable boolean, contactable boolean, terms_version text, text_hash text, given_at timestamptz, proof text)
       ), ins AS (
         INSERT INTO consent_events (alumnus_id, searchable, unlockable, contactable, terms_version, text_hash, source, given_at)
         SELECT ev.alumnus_id, ev.searchable, ev.unlockable, ev.contactable, ev.terms_version, ev.text_hash,
                'association_import', ev.given_at
           FROM ev JOIN alumni a ON a.id = ev.alumnus_id
          WHERE ev.created OR a.consent_given_at IS NULL OR ev.given_at > a.consent_given_at
         RETURNING id, alumnus_id, searchable, unlockable, contactable
       ), evidence AS (
         INSERT INTO consent_evidence (consent_event_id, alumnus_id, proof_reference)
         SELECT ins.id, ins.alumnus_id, ev.proof FROM ins JOIN ev ON ev.alumnus_id = ins.alumnus_id
       )
       SELECT ins.alumnus_id, a.consent_unlockable AS was_unlockable, ins.searchable, ins.unlockable, ins.contactable
         FROM ins JOIN alumni a ON a.id = ins.alumnus_id
        WHERE (a.consent_searchable, a.consent_unlockable, a.consent_contactable)
              IS DISTINCT FROM (ins.searchable, ins.unlockable, ins.contactable)
        ORDER BY ins.alumnus_id`,
      [JSON.stringify(consents)],
    );
  }
}

/** An alumnus whose current consent an import changed. */
export interface ImportedConsentChange {
  alumnus_id: string;
  was_unlockable: boolean;
  searchable: boolean;
  unlockable: boolean;
  contactable: boolean;
}

const RECORD_COLUMNS = PROFILE_FIELDS.map((f) => {
  const type = { string: 'text', enum: 'text', int: 'integer', bool: 'boolean', list: 'text[]' }[f.kind.type];
  return { column: f.column, type };
});
const CACHE_COLUMNS = ['consent_searchable', 'consent_unlockable', 'consent_contactable', 'consent_given_at'];
