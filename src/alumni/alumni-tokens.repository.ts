import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Locale, toLocale } from '../mail/templates';

/** Magic links and sessions; only SHA-256 hashes of the tokens are ever stored. */
@Injectable()
export class AlumniTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertMagicLink(manager: EntityManager, alumnusId: string, hash: Buffer, purpose: string, expiresAt: Date): Promise<void> {
    await manager.query(`INSERT INTO alumni_magic_links (alumnus_id, token_hash, purpose, expires_at) VALUES ($1, $2, $3, $4)`, [
      alumnusId,
      hash,
      purpose,
      expiresAt,
    ]);
  }

  /**
   * Consumes a link atomically: of two concurrent calls only one finds it unused. Returns the
   * alumnus id, or undefined when the link is unknown, used, expired or its alumnus erased.
   */
  async consumeMagicLink(manager: EntityManager, hash: Buffer): Promise<string | undefined> {
    // TypeORM answers an UPDATE with [rows, affectedCount].
    const [rows]: [{ alumnus_id: string }[], number] = await manager.query(
      `UPDATE alumni_magic_links l SET used_at = now()
         FROM alumni a
        WHERE l.token_hash = $1 AND l.used_at IS NULL AND l.expires_at > now()
          AND a.id = l.alumnus_id AND a.erased_at IS NULL
        RETURNING l.alumnus_id`,
      [hash],
    );
    return rows[0]?.alumnus_id;
  }

  async insertSession(manager: EntityManager, alumnusId: string, hash: Buffer, expiresAt: Date): Promise<void> {
    await manager.query(`INSERT INTO alumni_sessions (alumnus_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [
      alumnusId,
      hash,
      expiresAt,
    ]);
  }

  /** Hot path of every alumnus request: one indexed lookup. */
  async findLiveSession(hash: Buffer): Promise<{ id: string; alumnus_id: string; association_id: string } | undefined> {
    const rows = await this.dataSource.query(
      `SELECT s.id, s.alumnus_id, a.association_id
         FROM alumni_sessions s JOIN alumni a ON a.id = s.alumnus_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND a.erased_at IS NULL`,
      [hash],
    );
    return rows[0];
  }

  async revokeSession(sessionId: string, alumnusId: string): Promise<void> {
    await this.dataSource.query(`UPDATE alumni_sessions SET revoked_at = now() WHERE id = $1 AND alumnus_id = $2 AND revoked_at IS NULL`, [
      sessionId,
      alumnusId,
    ]);
  }

  /** Cookie sessions (people_sessions) of the web app, revoked by `DELETE /v1/me/session` too. */
  async revokeCookieSession(sessionId: string, alumnusId: string): Promise<void> {
    await this.dataSource.query(`UPDATE people_sessions SET revoked_at = now() WHERE id = $1 AND alumnus_id = $2 AND revoked_at IS NULL`, [
      sessionId,
      alumnusId,
    ]);
  }

  /** What a mail to this alumnus needs: their association's name and their language. */
  async mailContext(manager: EntityManager, alumnusId: string): Promise<{ associationName: string; locale: Locale }> {
    const [row] = await manager.query(
      `SELECT s.name, a.locale FROM alumni a JOIN associations s ON s.id = a.association_id WHERE a.id = $1`,
      [alumnusId],
    );
    return { associationName: row?.name ?? 'Passerelle', locale: toLocale(row?.locale) };
  }

  /** Drops magic links a day after they expired or were used, and sessions a day after they ended. */
  async purgeEnded(): Promise<{ links: number; sessions: number }> {
    const [, links] = await this.dataSource.query(
      `DELETE FROM alumni_magic_links WHERE coalesce(used_at, expires_at) < now() - interval '1 day'`,
    );
    const [, sessions] = await this.dataSource.query(
      `DELETE FROM alumni_sessions WHERE coalesce(revoked_at, expires_at) < now() - interval '1 day'`,
    );
    return { links, sessions };
  }
}
