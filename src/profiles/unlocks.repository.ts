import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AlumnusEntity } from '../alumni/alumnus.entity';
import { queryRows } from '../database/query';
import { toSafeInteger } from '../database/transformers';
import type { SpendOutcomeCode } from '../wallet/wallet.repository';

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

/** unlock_profile's outcomes: its spend uses a fresh key, so it never replays. */
export type UnlockChargeOutcome = 'exists' | Exclude<SpendOutcomeCode, 'replayed'>;

const UNLOCK_COLUMNS = `id, org_id AS "orgId", alumnus_id AS "alumnusId", association_id AS "associationId",
  credits_charged AS "creditsCharged", created_at AS "createdAt"`;

@Injectable()
export class UnlocksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Inserts the org's unlock of the alumnus and charges it, in one round trip (the database's
   * unlock_profile function): `exists` with the winner's row when the org already had one (a
   * concurrent insert of the same pair waits on the unique index), `spent` with the new row and
   * the balance after the charge, or the wallet's refusal with no unlock row left behind.
   */
  async insertAndCharge(
    manager: EntityManager,
    charge: { orgId: string; alumnusId: string; associationId: string; price: number; revenueShareBps: number; program: string | null; graduationYear: number | null },
  ): Promise<{ outcome: UnlockChargeOutcome; unlock: UnlockRow; balance: number }> {
    const [row] = await queryRows<Record<string, unknown>>(
      manager,
      `SELECT outcome, unlock_id, unlock_association_id, unlock_credits, unlock_created_at, wallet_balance
         FROM unlock_profile($1, $2, $3, $4, $5, $6, $7)`,
      [charge.orgId, charge.alumnusId, charge.associationId, charge.price, charge.revenueShareBps, charge.program, charge.graduationYear],
      { prepare: 'unlock_profile' },
    );
    return {
      outcome: row.outcome as UnlockChargeOutcome,
      unlock: {
        id: row.unlock_id as string,
        orgId: charge.orgId,
        alumnusId: charge.alumnusId,
        associationId: row.unlock_association_id as string,
        creditsCharged: row.unlock_credits as number,
        createdAt: row.unlock_created_at as Date,
      },
      balance: toSafeInteger((row.wallet_balance as string | null) ?? '0'),
    };
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
   * What a profile read or an unlock needs besides the visibility facts, as columns the
   * visibility read adds to its own statement (VisibilityService.forAlumnusWith): the alumnus
   * (as an entity), the association's current pricing and the org's unlock if any. `$1` there is
   * the org id.
   */
  contextRead(): { columns: string; name: string } {
    return {
      columns: `${this.alumnusColumns()},
              s.unlock_price_credits AS "_unlockPriceCredits", s.revenue_share_bps AS "_revenueShareBps",
              (SELECT json_build_object('id', u.id, 'associationId', u.association_id, 'creditsCharged', u.credits_charged,
                                        'createdAt', u.created_at)
                 FROM unlocks u WHERE u.org_id = $1 AND u.alumnus_id = a.id) AS "_unlock"`,
      name: 'unlock_context',
    };
  }

  /** The context in a row read with contextRead's columns. */
  contextFrom(orgId: string, row: Record<string, unknown>): UnlockContext {
    const alumnus = new AlumnusEntity();
    for (const property of this.alumnusProperties()) (alumnus as unknown as Record<string, unknown>)[property] = row[property];
    const unlock = row._unlock as { id: string; associationId: string; creditsCharged: number; createdAt: string } | null;
    return {
      alumnus,
      pricing: { unlockPriceCredits: row._unlockPriceCredits as number, revenueShareBps: row._revenueShareBps as number },
      existing: unlock ? { ...unlock, orgId, alumnusId: alumnus.id, createdAt: new Date(unlock.createdAt) } : null,
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
