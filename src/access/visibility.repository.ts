import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../database/query';
import { rawPool } from '../database/raw-pool';
import type { PreviewSource } from './profile-views';
import { SEARCHABLE_FIELDS } from './searchable-fields';

/** Columns a caller reads along with the visibility facts; `columns(org)` gets the org id expression. */
export interface VisibilityExtra {
  columns: (org: string) => string;
  /** Names the prepared statements built with these columns. */
  name: string;
}

export interface VisibilityRow {
  id: string;
  association_id: string;
  erased: boolean;
  org_active: boolean;
  recruiter_access: 'open' | 'approval' | 'closed';
  approved: boolean;
  association_block: boolean;
  alumnus_block: boolean;
  withdrawn: boolean;
  searchable: boolean;
  unlockable: boolean;
  contactable: boolean;
  lapsed: boolean;
}

/**
 * The preview columns, read with the visibility facts for search hits (aliases as PreviewSource),
 * and the association's prices in force (the ones the unlock and contact routes charge).
 */
const PREVIEW_COLUMNS = `${SEARCHABLE_FIELDS.map((f) => `, a.${f.column} AS "${f.key}"`).join('')},
              s.unlock_price_credits AS "unlockPriceCredits", s.contact_price_credits AS "contactPriceCredits"`;

/** An association's prices, in credits. */
export interface Prices {
  unlockPriceCredits: number;
  contactPriceCredits: number;
}

/**
 * Where a visibility statement finds its org(s) and alumni: `org` is the org id expression, `from`
 * the FROM item that binds `a` (alumni) and `where` the condition on it, `months` the lapse months.
 * A single alumnus is matched as `a.id = $2`, not `= ANY($2)`: with an array PostgreSQL prices the
 * generic plan of a prepared statement above the custom one and plans it again on every execution
 * (planning costs more than running it); with a scalar it keeps the generic plan after five runs.
 */
interface VisibilityAt {
  org: string;
  from: string;
  where: string;
  months: string;
}

/**
 * Many alumni of one org: `$2` is a uuid array, read through `(SELECT $2)` and joined to the
 * primary key. With `a.id = ANY($2)` PostgreSQL planned the statement again on every execution
 * (the generic plan priced above the custom one); this way it keeps the generic plan, several
 * times cheaper for a search page's hits.
 */
const MANY: VisibilityAt = {
  org: '$1',
  from: 'unnest((SELECT $2::uuid[])) AS x(id) JOIN alumni a ON a.id = x.id',
  where: '',
  months: '$3',
};
const ONE: VisibilityAt = { org: '$1', from: 'alumni a', where: 'WHERE a.id = $2::uuid', months: '$3' };
/**
 * (org, alumnus) pairs: `$1` and `$2` are parallel uuid arrays; `p.ord` (1-based) says which pair a
 * row answers. The arrays are read through `(SELECT $n)`: a custom plan then cannot see
 * their length either, both plans cost the same and PostgreSQL keeps the generic one instead of
 * planning this statement again on every execution (more server CPU than running it).
 */
const PAIRS: VisibilityAt = {
  org: 'p.org_id',
  from: 'unnest((SELECT $1::uuid[]), (SELECT $2::uuid[])) WITH ORDINALITY AS p(org_id, alumnus_id, ord) JOIN alumni a ON a.id = p.alumnus_id',
  where: '',
  months: '$3',
};

function visibilitySql(extraColumns: string, lock: boolean, at: VisibilityAt = MANY): string {
  return `SELECT a.id, a.association_id,
              a.erased_at IS NOT NULL AS erased,
              coalesce(o.status = 'active', false) AS org_active,
              s.recruiter_access,
              EXISTS (SELECT 1 FROM association_access_requests r
                       WHERE r.association_id = a.association_id AND r.org_id = ${at.org} AND r.status = 'approved') AS approved,
              EXISTS (SELECT 1 FROM association_blocked_orgs b
                       WHERE b.association_id = a.association_id AND b.org_id = ${at.org}) AS association_block,
              EXISTS (SELECT 1 FROM alumnus_blocked_orgs b WHERE b.alumnus_id = a.id AND b.org_id = ${at.org}) AS alumnus_block,
              (NOT a.consent_searchable AND EXISTS (SELECT 1 FROM consent_events e
                       WHERE e.alumnus_id = a.id AND e.searchable)) AS withdrawn,
              a.consent_searchable AS searchable,
              a.consent_unlockable AS unlockable,
              a.consent_contactable AS contactable,
              greatest(a.consent_given_at, a.last_confirmed_at) < now() - make_interval(months => ${at.months}) AS lapsed${extraColumns}
         FROM ${at.from}
         JOIN associations s ON s.id = a.association_id
         LEFT JOIN recruiter_orgs o ON o.id = ${at.org}
        ${at.where}
        ${lock ? 'FOR SHARE OF a' : ''}`;
}

const SCOPE_SQL = `SELECT s.id
         FROM associations s
         JOIN recruiter_orgs o ON o.id = $1 AND o.status = 'active'
        WHERE s.recruiter_access <> 'closed'
          AND (s.recruiter_access = 'open'
               OR EXISTS (SELECT 1 FROM association_access_requests r
                           WHERE r.association_id = s.id AND r.org_id = $1 AND r.status = 'approved'))
          AND NOT EXISTS (SELECT 1 FROM association_blocked_orgs b WHERE b.association_id = s.id AND b.org_id = $1)`;

const VISIBILITY_PREVIEW_SQL = visibilitySql(PREVIEW_COLUMNS, false);
const VISIBILITY_SQL = visibilitySql('', false);
const VISIBILITY_LOCK_SQL = visibilitySql('', true);
const VISIBILITY_ONE_SQL = visibilitySql('', false, ONE);
const VISIBILITY_ONE_LOCK_SQL = visibilitySql('', true, ONE);

/**
 * The facts VisibilityService decides on, for one org and many alumni, in one statement. Without
 * a caller's transaction the search path reads through the raw pg pool with named (prepared)
 * statements: it runs these on every search request.
 */
@Injectable()
export class VisibilityRepository {
  private readonly pool: Pool;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.pool = rawPool(dataSource);
  }

  /**
   * The association-level half of the visibility rules as one set: an active org sees the
   * associations that are not closed, are open or approved its request, and do not block it.
   */
  async searchableAssociationIds(manager: EntityManager | undefined, orgId: string): Promise<string[]> {
    const rows: { id: string }[] = manager
      ? await manager.query(SCOPE_SQL, [orgId])
      : (await this.pool.query<{ id: string }>({ name: 'visibility_scope', text: SCOPE_SQL, values: [orgId] })).rows;
    return rows.map((r) => r.id);
  }

  /** Prepared: profile reads, unlocks and contact requests run it once per request. */
  findForOrg(manager: EntityManager, orgId: string, alumnusIds: string[], lapseMonths: number, lock: boolean): Promise<VisibilityRow[]> {
    if (alumnusIds.length === 1) {
      return queryRows<VisibilityRow>(manager, lock ? VISIBILITY_ONE_LOCK_SQL : VISIBILITY_ONE_SQL, [orgId, alumnusIds[0], lapseMonths], {
        prepare: lock ? 'visibility_one_lock' : 'visibility_one',
      });
    }
    return queryRows<VisibilityRow>(manager, lock ? VISIBILITY_LOCK_SQL : VISIBILITY_SQL, [orgId, alumnusIds, lapseMonths], {
      prepare: lock ? 'visibility_lock' : 'visibility',
    });
  }

  /**
   * findForOrg for one alumnus, with extra columns (`extra.columns(org)` over `a` = alumni,
   * `s` = associations, `org` the org id expression) read in the same statement: a caller that
   * needs more of the row than the visibility facts saves a round trip. `extra.name` names the
   * prepared statement.
   */
  async findOneForOrgWith<T>(
    manager: EntityManager,
    orgId: string,
    alumnusId: string,
    lapseMonths: number,
    extra: VisibilityExtra,
  ): Promise<(VisibilityRow & T) | null> {
    const sql = visibilitySql(`, ${extra.columns(ONE.org)}`, false, ONE);
    const rows = await queryRows<VisibilityRow & T>(manager, sql, [orgId, alumnusId, lapseMonths], { prepare: extra.name });
    return rows[0] ?? null;
  }

  /**
   * findOneForOrgWith for many (org, alumnus) pairs in one statement. Each row carries `pair`, the
   * 0-based index of the pair it answers; a pair whose alumnus does not exist has no row.
   */
  findPairsWith<T>(
    manager: EntityManager,
    pairs: ReadonlyArray<{ orgId: string; alumnusId: string }>,
    lapseMonths: number,
    extra: VisibilityExtra,
  ): Promise<Array<VisibilityRow & T & { pair: number }>> {
    const sql = visibilitySql(`, p.ord::integer - 1 AS pair, ${extra.columns(PAIRS.org)}`, false, PAIRS);
    return queryRows(manager, sql, [pairs.map((p) => p.orgId), pairs.map((p) => p.alumnusId), lapseMonths], {
      prepare: `${extra.name}_pairs`,
    });
  }

  /** findForOrg plus the preview columns, outside any transaction (search hits). */
  async findForOrgWithPreview(
    orgId: string,
    alumnusIds: string[],
    lapseMonths: number,
  ): Promise<Array<VisibilityRow & PreviewSource & Prices>> {
    const { rows } = await this.pool.query<VisibilityRow & Omit<PreviewSource, 'id'> & Prices>({
      name: 'visibility_preview',
      text: VISIBILITY_PREVIEW_SQL,
      values: [orgId, alumnusIds, lapseMonths],
    });
    return rows.map(withAssociationId);
  }
}

function withAssociationId(row: VisibilityRow & Omit<PreviewSource, 'id'> & Prices): VisibilityRow & PreviewSource & Prices {
  return { ...row, associationId: row.association_id };
}
