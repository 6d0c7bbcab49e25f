import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AlumnusEntity } from '../alumni/alumnus.entity';

export interface UnlockRow {
  id: string;
  orgId: string;
  alumnusId: string;
  associationId: string;
  creditsCharged: number;
  createdAt: Date;
}

const UNLOCK_COLUMNS = `id, org_id AS "orgId", alumnus_id AS "alumnusId", association_id AS "associationId",
  credits_charged AS "creditsCharged", created_at AS "createdAt"`;

@Injectable()
export class UnlocksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Inserts the unlock unless this org already has one for the alumnus. A concurrent insert of the
   * same pair waits on the unique index and then gets null: the caller reads the winner's row.
   */
  async insertIfAbsent(
    manager: EntityManager,
    row: { orgId: string; alumnusId: string; associationId: string; creditsCharged: number },
  ): Promise<UnlockRow | null> {
    const rows: UnlockRow[] = await manager.query(
      `INSERT INTO unlocks (org_id, alumnus_id, association_id, credits_charged) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT uq_unlocks_org_alumnus DO NOTHING
       RETURNING ${UNLOCK_COLUMNS}`,
      [row.orgId, row.alumnusId, row.associationId, row.creditsCharged],
    );
    return rows[0] ?? null;
  }

  async findForOrg(orgId: string, alumnusId: string, manager: EntityManager = this.dataSource.manager): Promise<UnlockRow | null> {
    const rows: UnlockRow[] = await manager.query(
      `SELECT ${UNLOCK_COLUMNS} FROM unlocks WHERE org_id = $1 AND alumnus_id = $2`,
      [orgId, alumnusId],
    );
    return rows[0] ?? null;
  }

  listForOrg(orgId: string, limit: number, after?: { createdAt: Date; id: string }): Promise<UnlockRow[]> {
    return this.dataSource.query(
      `SELECT ${UNLOCK_COLUMNS} FROM unlocks
        WHERE org_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) > ($2, $3::uuid))
        ORDER BY created_at, id LIMIT $4`,
      [orgId, after?.createdAt ?? null, after?.id ?? null, limit + 1],
    );
  }

  /** The unlock price and share in force now, read in the spending transaction. */
  async pricing(manager: EntityManager, associationId: string): Promise<{ unlockPriceCredits: number; revenueShareBps: number }> {
    const [row] = await manager.query(
      `SELECT unlock_price_credits AS "unlockPriceCredits", revenue_share_bps AS "revenueShareBps" FROM associations WHERE id = $1`,
      [associationId],
    );
    return row;
  }

  findAlumnus(alumnusId: string, manager: EntityManager = this.dataSource.manager): Promise<AlumnusEntity | null> {
    return manager.getRepository(AlumnusEntity).findOneBy({ id: alumnusId });
  }
}
