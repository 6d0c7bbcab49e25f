import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PROFILE_FIELDS } from './profile-fields';

/** Lets other features (unlocks, contact requests, search index) erase their share in the same transaction. */
export type ErasureHook = (manager: EntityManager, alumnusId: string) => Promise<void>;

/**
 * GDPR erasure (DESIGN.md §5 rule 6). The alumni row stays as an anonymous tombstone so the
 * consent log (which holds no personal data) and financial records keep their foreign keys;
 * every personal column is cleared, the personal consent evidence is deleted, sessions are
 * revoked and magic links, queued mails, blocks and access-log entries are deleted.
 */
@Injectable()
export class AlumniErasureService {
  private readonly hooks: ErasureHook[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  registerHook(hook: ErasureHook): void {
    this.hooks.push(hook);
  }

  /** Returns false when there is no live alumnus with this id (in this association, when given). */
  async erase(alumnusId: string, associationId?: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string; email: string | null }[] = await manager.query(
        `SELECT id, email FROM alumni WHERE id = $1 AND erased_at IS NULL ${associationId ? 'AND association_id = $2' : ''} FOR UPDATE`,
        associationId ? [alumnusId, associationId] : [alumnusId],
      );
      if (rows.length === 0) return false;
      const email = rows[0].email;
      // The erasure itself is a consent event: everything withdrawn, no evidence kept.
      await manager.query(
        `INSERT INTO consent_events (alumnus_id, searchable, unlockable, contactable, source, given_at)
         VALUES ($1, false, false, false, 'erasure', now())`,
        [alumnusId],
      );
      await manager.query(`DELETE FROM consent_evidence WHERE alumnus_id = $1`, [alumnusId]);
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
      for (const hook of this.hooks) await hook(manager, alumnusId);
      return true;
    });
  }
}
