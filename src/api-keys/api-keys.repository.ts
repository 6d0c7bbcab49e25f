import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ApiKeyKind } from '../auth/scopes';
import { ADVISORY_LOCKS } from '../database/advisory-locks';
import { ApiKeyEntity } from './api-key.entity';

export interface ApiKeyOwner {
  kind: ApiKeyKind;
  associationId?: string | null;
  orgId?: string | null;
}

export interface ApiKeyCredentialRow {
  id: string;
  kind: ApiKeyKind;
  associationId: string | null;
  orgId: string | null;
  scopes: string[];
  secretHash: Buffer;
  expiresAt: Date | null;
  revokedAt: Date | null;
  orgActive: boolean;
}

@Injectable()
export class ApiKeysRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Serialises the bootstrap of the admin key across processes until the transaction ends. */
  async lockAdminBootstrap(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCKS.adminKeyBootstrap]);
  }

  /**
   * Hot path of every authenticated request: one indexed lookup in raw SQL. The org status is
   * joined so a suspended org's keys stop working at once.
   */
  async findCredential(keyId: string): Promise<ApiKeyCredentialRow | undefined> {
    const rows: ApiKeyCredentialRow[] = await this.dataSource.query(
      `SELECT k.id, k.kind, k.association_id AS "associationId", k.org_id AS "orgId", k.scopes,
              k.secret_hash AS "secretHash", k.expires_at AS "expiresAt", k.revoked_at AS "revokedAt",
              coalesce(o.status = 'active', true) AS "orgActive"
         FROM api_keys k LEFT JOIN recruiter_orgs o ON o.id = k.org_id
        WHERE k.key_id = $1`,
      [keyId],
    );
    return rows[0];
  }

  /** Records use at most once a minute per key, to keep writes off the request path. */
  async touchLastUsed(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE api_keys SET last_used_at = now()
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '60 seconds')`,
      [id],
    );
  }

  async insert(manager: EntityManager, key: Partial<ApiKeyEntity>): Promise<ApiKeyEntity> {
    const repo = manager.getRepository(ApiKeyEntity);
    const saved = await repo.save(repo.create(key));
    return repo.findOneByOrFail({ id: saved.id });
  }

  async listForOwner(owner: ApiKeyOwner, limit: number, after?: { createdAt: Date; id: string }): Promise<ApiKeyEntity[]> {
    const qb = this.dataSource
      .getRepository(ApiKeyEntity)
      .createQueryBuilder('k')
      .where('k.kind = :kind', { kind: owner.kind })
      .orderBy('k.created_at', 'ASC')
      .addOrderBy('k.id', 'ASC')
      .take(limit + 1);
    if (owner.kind === 'asc') qb.andWhere('k.association_id = :associationId', { associationId: owner.associationId });
    if (owner.kind === 'rec') qb.andWhere('k.org_id = :orgId', { orgId: owner.orgId });
    if (after) qb.andWhere('(k.created_at, k.id) > (:createdAt, :id)', after);
    return qb.getMany();
  }

  /** Ownership is part of the WHERE clause: another tenant's key is simply not found. */
  async findOwned(keyId: string, owner: ApiKeyOwner | 'any', manager?: EntityManager): Promise<ApiKeyEntity | null> {
    const where: Record<string, unknown> = { keyId };
    if (owner !== 'any') {
      where.kind = owner.kind;
      if (owner.kind === 'asc') where.associationId = owner.associationId;
      if (owner.kind === 'rec') where.orgId = owner.orgId;
    }
    return (manager ?? this.dataSource.manager).getRepository(ApiKeyEntity).findOne({ where });
  }

  async revoke(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.getRepository(ApiKeyEntity).update({ id }, { revokedAt: at });
  }

  async shortenExpiry(manager: EntityManager, id: string, expiresAt: Date): Promise<void> {
    await manager.query(`UPDATE api_keys SET expires_at = LEAST(coalesce(expires_at, $2), $2) WHERE id = $1`, [id, expiresAt]);
  }

  async countAdminKeys(manager: EntityManager): Promise<number> {
    return manager.getRepository(ApiKeyEntity).count({ where: { kind: 'adm' } });
  }

  async upsertAdminKey(manager: EntityManager, keyId: string, secretHash: Buffer): Promise<'created' | 'updated' | 'unchanged'> {
    const existing: { secret_hash: Buffer; revoked_at: Date | null }[] = await manager.query(
      `SELECT secret_hash, revoked_at FROM api_keys WHERE key_id = $1`,
      [keyId],
    );
    if (existing.length === 0) {
      await manager.query(
        `INSERT INTO api_keys (key_id, kind, name, scopes, secret_hash) VALUES ($1, 'adm', 'bootstrap (ADMIN_API_KEY)', ARRAY['platform:admin'], $2)`,
        [keyId, secretHash],
      );
      return 'created';
    }
    if (existing[0].secret_hash.equals(secretHash)) return 'unchanged';
    await manager.query(`UPDATE api_keys SET secret_hash = $2 WHERE key_id = $1 AND kind = 'adm'`, [keyId, secretHash]);
    return 'updated';
  }
}
