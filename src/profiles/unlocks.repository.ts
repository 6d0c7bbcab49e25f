import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AlumnusEntity } from '../alumni/alumnus.entity';
import { queryRows } from '../database/query';

export interface UnlockRow {
  id: string;
  orgId: string;
  alumnusId: string;
  associationId: string;
  creditsCharged: number;
  createdAt: Date;
}

export interface UnlockContext {
  alumnus: AlumnusEntity;
  /** The association's unlock price and share in force now. */
  pricing: { unlockPriceCredits: number; revenueShareBps: number };
  /** This org's unlock of the alumnus, if any. */
  existing: UnlockRow | null;
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
    const rows = await queryRows<UnlockRow>(
      manager,
      `INSERT INTO unlocks (org_id, alumnus_id, association_id, credits_charged) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT uq_unlocks_org_alumnus DO NOTHING
       RETURNING ${UNLOCK_COLUMNS}`,
      [row.orgId, row.alumnusId, row.associationId, row.creditsCharged],
      { prepare: 'unlock_insert' },
    );
    return rows[0] ?? null;
  }

  async findForOrg(orgId: string, alumnusId: string, manager: EntityManager = this.dataSource.manager): Promise<UnlockRow | null> {
    const rows = await queryRows<UnlockRow>(manager, `SELECT ${UNLOCK_COLUMNS} FROM unlocks WHERE org_id = $1 AND alumnus_id = $2`, [orgId, alumnusId], {
      prepare: 'unlock_find',
    });
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

  /**
   * What a profile read or an unlock needs after the visibility check, in one statement: the
   * alumnus (as an entity), the association's current pricing and the org's unlock if any. Null
   * when the alumnus does not exist.
   */
  async context(manager: EntityManager, orgId: string, alumnusId: string): Promise<UnlockContext | null> {
    const [row] = await queryRows<Record<string, unknown>>(
      manager,
      `SELECT ${this.alumnusColumns()},
              s.unlock_price_credits AS "_unlockPriceCredits", s.revenue_share_bps AS "_revenueShareBps",
              u.id AS "_unlockId", u.association_id AS "_unlockAssociationId",
              u.credits_charged AS "_unlockCreditsCharged", u.created_at AS "_unlockCreatedAt"
         FROM alumni a
         JOIN associations s ON s.id = a.association_id
         LEFT JOIN unlocks u ON u.org_id = $1 AND u.alumnus_id = a.id
        WHERE a.id = $2`,
      [orgId, alumnusId],
      { prepare: 'unlock_context' },
    );
    if (!row) return null;
    const alumnus = new AlumnusEntity();
    for (const property of this.alumnusProperties()) (alumnus as unknown as Record<string, unknown>)[property] = row[property];
    return {
      alumnus,
      pricing: { unlockPriceCredits: row._unlockPriceCredits as number, revenueShareBps: row._revenueShareBps as number },
      existing: row._unlockId
        ? {
            id: row._unlockId as string,
            orgId,
            alumnusId,
            associationId: row._unlockAssociationId as string,
            creditsCharged: row._unlockCreditsCharged as number,
            createdAt: row._unlockCreatedAt as Date,
          }
        : null,
    };
  }

  private columns?: { list: string; properties: string[] };

  /** The entity's columns as `a.db_name AS "propertyName"`, from TypeORM's metadata (read once). */
  private alumnusColumns(): string {
    return this.alumnusMetadata().list;
  }

  private alumnusProperties(): string[] {
    return this.alumnusMetadata().properties;
  }

  private alumnusMetadata(): { list: string; properties: string[] } {
    if (!this.columns) {
      const columns = this.dataSource.getMetadata(AlumnusEntity).columns;
      this.columns = {
        list: columns.map((c) => `a.${c.databaseName} AS "${c.propertyName}"`).join(', '),
        properties: columns.map((c) => c.propertyName),
      };
    }
    return this.columns;
  }
}
