import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AlumnusEntity } from '../alumni/alumnus.entity';
import { queryRows } from '../database/query';
import { toSafeInteger } from '../database/transformers';
import type { VisibilityExtra } from '../access/visibility.repository';
import type { SpendOutcomeCode } from '../credits/wallet.repository';

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
  pricing: { unlockPriceCredits: number; contactPriceCredits: number; revenueShareBps: number };
  /** This org's unlock of the alumnus, if any. */
  existing: UnlockRow | null;
  /** The org's wallet balance when read. */
  balance: number;
  /** The alumni row's version (`xmin`) when read: unlock_profiles charges only if it is unchanged. */
  version: string;
}

/**
 * unlock_profiles' outcomes: `stale` when the alumni row changed since the caller read it (nothing
 * charged; read again). Its spends use fresh keys, so they never replay.
 */
export type UnlockChargeOutcome = 'exists' | 'stale' | Exclude<SpendOutcomeCode, 'replayed'>;

/** One unlock to charge: the price and share in force, and what revenue reports group by. */
export interface UnlockCharge {
  /** The id the unlock row gets if this charge creates it (UnlockUnit.unlockId). */
  unlockId: string;
  orgId: string;
  alumnusId: string;
  /** The version of the alumni row the decision was made on (UnlockContext.version). */
  version: string;
  associationId: string;
  price: number;
  revenueShareBps: number;
  program: string | null;
  graduationYear: number | null;
}

export interface UnlockCharged {
  outcome: UnlockChargeOutcome;
  unlock: UnlockRow;
  /** The org's balance after the charge (or at the refusal). */
  balance: number;
}

const UNLOCK_COLUMNS = `id, org_id AS "orgId", alumnus_id AS "alumnusId", association_id AS "associationId",
  credits_charged AS "creditsCharged", created_at AS "createdAt"`;

@Injectable()
export class UnlocksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Inserts (with the given ids) and charges each org's unlock of an alumnus, in one statement
   * (the database's unlock_profiles function: it locks the orgs' wallets, then the alumni FOR
   * SHARE), answered in input order: `stale` when the alumni row is no longer the version read,
   * `exists` with the winner's row when the org already had one, `spent` with the new row and the
   * balance after the charge, or the wallet's refusal with no unlock row left behind. Charges of
   * one org apply in input order. Outside a transaction the statement commits on its own.
   */
  async insertAndCharge(manager: EntityManager, charges: readonly UnlockCharge[]): Promise<UnlockCharged[]> {
    const column = <K extends keyof UnlockCharge>(key: K) => charges.map((c) => c[key]);
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `SELECT ord, outcome, unlock_id, unlock_association_id, unlock_credits, unlock_created_at, wallet_balance
         FROM unlock_profiles($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::uuid[], $6::integer[], $7::integer[], $8::text[],
                              $9::integer[])`,
      [
        column('unlockId'),
        column('orgId'),
        column('alumnusId'),
        column('version'),
        column('associationId'),
        column('price'),
        column('revenueShareBps'),
        column('program'),
        column('graduationYear'),
      ],
      { prepare: 'unlock_profiles' },
    );
    const answers: UnlockCharged[] = new Array(charges.length);
    for (const row of rows) {
      const charge = charges[(row.ord as number) - 1];
      answers[(row.ord as number) - 1] = {
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
    return answers;
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
   * visibility read adds to its own statement (VisibilityService.forAlumnusWith / forPairsWith):
   * the alumnus (as an entity), the association's current prices and share, the org's unlock if any, its
   * wallet balance and the alumni row's version.
   */
  contextRead(): VisibilityExtra {
    return {
      columns: (org) => `${this.alumnusColumns()},
              s.unlock_price_credits AS "_unlockPriceCredits", s.contact_price_credits AS "_contactPriceCredits",
              s.revenue_share_bps AS "_revenueShareBps",
              (SELECT json_build_object('id', u.id, 'associationId', u.association_id, 'creditsCharged', u.credits_charged,
                                        'createdAt', u.created_at)
                 FROM unlocks u WHERE u.org_id = ${org} AND u.alumnus_id = a.id) AS "_unlock",
              (SELECT w.balance FROM wallets w WHERE w.org_id = ${org}) AS "_balance", a.xmin::text AS "_version"`,
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
      pricing: {
        unlockPriceCredits: row._unlockPriceCredits as number,
        contactPriceCredits: row._contactPriceCredits as number,
        revenueShareBps: row._revenueShareBps as number,
      },
      existing: unlock ? { ...unlock, orgId, alumnusId: alumnus.id, createdAt: new Date(unlock.createdAt) } : null,
      balance: toSafeInteger((row._balance as string | null) ?? '0'),
      version: row._version as string,
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
