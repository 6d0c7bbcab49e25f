import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { PreviewOffer, PreviewSource, ProfilePreviewDto, toPreview } from './profile-views';
import { Prices, VisibilityExtra, VisibilityRepository, VisibilityRow } from './visibility.repository';

/** How much of an alumnus an org may see. */
export type VisibilityLevel = 'none' | 'preview' | 'full';

/**
 * Why an alumnus is invisible, first failing rule in this order. Callers map it to their answer:
 * `association_closed` / `access_not_approved` / `blocked_by_association` are an association
 * policy (403 `association_access_denied` on unlock); `consent_withdrawn` may become 410; every
 * other reason should be a plain 404.
 */
export type InvisibilityReason =
  | 'not_found'
  | 'erased'
  | 'org_inactive'
  | 'association_closed'
  | 'access_not_approved'
  | 'blocked_by_association'
  | 'blocked_by_alumnus'
  | 'no_consent'
  | 'consent_withdrawn'
  | 'consent_lapsed';

export interface Visibility {
  alumnusId: string;
  /** null only when the alumnus does not exist. */
  associationId: string | null;
  /** `preview` needs searchable consent; `full` additionally needs unlockable consent. */
  level: VisibilityLevel;
  /** True only when level is not `none` and the alumnus consented to contact requests. */
  contactable: boolean;
  /** Set when level is `none`. */
  reason: InvisibilityReason | null;
}

export interface VisibilityOptions {
  /** Lock the alumni rows FOR SHARE until the caller's transaction ends (needs `manager`). */
  lock?: boolean;
}

/**
 * THE answer to "may org O see alumnus A, and how much". Search,
 * profile, unlock and contact features must call this (inside their transaction when they act on
 * the answer) instead of re-implementing the rules. One SQL statement evaluates, per alumnus:
 *
 * - the alumnus exists and is not erased;
 * - the org exists and is active;
 * - the association is not `closed`, and is `open` or has approved this org's access request;
 * - the org is blocked neither by the association nor by the alumnus;
 * - the current consent (latest event) is `searchable` and has not lapsed: the later of its
 *   time and `lastConfirmedAt` is within CONSENT_LAPSE_MONTHS;
 * - `full` additionally needs `unlockable`; `contactable` needs `contactable`.
 *
 * Reads the committed state at call time, so a withdrawal or block counts on the next request.
 */
@Injectable()
export class VisibilityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rows: VisibilityRepository,
    private readonly config: AppConfig,
  ) {}

  /**
   * `lock: true` (inside the caller's transaction) takes FOR SHARE on the alumnus row. Consent
   * changes and erasure lock that row FOR UPDATE, so they wait until the caller commits and the
   * consent part of the answer holds for the whole transaction (use it when unlocking or sending a
   * contact request). Association policy and blocks are not covered by this lock.
   */
  async forAlumnus(orgId: string, alumnusId: string, manager?: EntityManager, options: VisibilityOptions = {}): Promise<Visibility> {
    const map = await this.forAlumni(orgId, [alumnusId], manager, options);
    return map.get(alumnusId)!;
  }

  /**
   * forAlumnus plus `extra.columns` of the same row, read in the same statement (see
   * VisibilityRepository.findOneForOrgWith). `row` is null when the alumnus does not exist.
   */
  async forAlumnusWith<T>(
    orgId: string,
    alumnusId: string,
    manager: EntityManager,
    extra: VisibilityExtra,
  ): Promise<{ visibility: Visibility; row: (VisibilityRow & T) | null }> {
    const row = isUuid(alumnusId)
      ? await this.rows.findOneForOrgWith<T>(manager, orgId, alumnusId, this.config.consentLapseMonths, extra)
      : null;
    return { visibility: row ? evaluate(row) : notFound(alumnusId), row };
  }

  /**
   * forAlumnusWith for many (org, alumnus) pairs in one statement, answered in input order (the
   * same pair may appear twice). No row locks: a caller that acts on the answer re-checks under
   * its own lock (unlock_profiles compares the alumni row version).
   */
  async forPairsWith<T>(
    pairs: ReadonlyArray<{ orgId: string; alumnusId: string }>,
    manager: EntityManager,
    extra: VisibilityExtra,
  ): Promise<Array<{ visibility: Visibility; row: (VisibilityRow & T) | null }>> {
    const answers = pairs.map((p) => ({ visibility: notFound(p.alumnusId), row: null as (VisibilityRow & T) | null }));
    const positions = pairs.flatMap((p, i) => (isUuid(p.orgId) && isUuid(p.alumnusId) ? [i] : []));
    if (positions.length === 0) return answers;
    const valid = positions.map((i) => pairs[i]);
    const rows = await this.rows.findPairsWith<T>(manager, valid, this.config.consentLapseMonths, extra);
    for (const { pair, ...row } of rows) {
      answers[positions[pair]] = { visibility: evaluate(row as VisibilityRow), row: row as unknown as VisibilityRow & T };
    }
    return answers;
  }

  /**
   * Batch form for search hits: one query whatever the number of ids (at most a few thousand).
   * Every requested id is in the result; unknown ids come back as `none` / `not_found`.
   */
  async forAlumni(
    orgId: string,
    alumnusIds: readonly string[],
    manager?: EntityManager,
    options: VisibilityOptions = {},
  ): Promise<Map<string, Visibility>> {
    const ids = [...new Set(alumnusIds)].filter(isUuid);
    const result = new Map<string, Visibility>();
    for (const id of alumnusIds) {
      result.set(id, notFound(id));
    }
    if (ids.length === 0) return result;
    const rows = await this.rows.findForOrg(
      manager ?? this.dataSource.manager,
      orgId,
      ids,
      this.config.consentLapseMonths,
      options.lock === true,
    );
    for (const row of rows) result.set(row.id, evaluate(row));
    return result;
  }

  /**
   * The search scope's association part (the same rules as forAlumni's association checks, as a
   * set). Alumnus-level rules (blocks, consent) are applied by the index and the per-hit re-check.
   */
  searchableAssociationIds(orgId: string, manager?: EntityManager): Promise<string[]> {
    return this.rows.searchableAssociationIds(manager, orgId);
  }

  /**
   * Search hits: the re-check and the preview in one statement. Returns the previews of the
   * alumni the org may at least preview, in input order; every other id is left out.
   */
  async visiblePreviews(orgId: string, alumnusIds: readonly string[]): Promise<ProfilePreviewDto[]> {
    const ids = [...new Set(alumnusIds)].filter(isUuid);
    if (ids.length === 0) return [];
    return this.previewsFromRows(ids, await this.rows.findForOrgWithPreview(orgId, ids, this.config.consentLapseMonths));
  }

  private previewsFromRows(ids: readonly string[], rows: Array<VisibilityRow & PreviewSource & Prices>): ProfilePreviewDto[] {
    const byId = new Map(rows.map((row) => [row.id, row]));
    const out: ProfilePreviewDto[] = [];
    for (const id of ids) {
      const row = byId.get(id);
      // An id without a row does not exist (or is not a hit of this page): never visible.
      if (!row) continue;
      const seen = evaluate(row);
      if (seen.level !== 'none') out.push(toPreview(row, offerFor(seen, row)));
    }
    return out;
  }

  /** Consent older than this instant (and not reconfirmed since) has lapsed. */
  consentLapseCutoff(now = new Date()): Date {
    const cutoff = new Date(now.getTime());
    cutoff.setUTCMonth(cutoff.getUTCMonth() - this.config.consentLapseMonths);
    return cutoff;
  }

  /** Convenience for search: the subset of `alumnusIds` the org may at least preview, in input order. */
  async filterVisible(orgId: string, alumnusIds: readonly string[], manager?: EntityManager): Promise<string[]> {
    const map = await this.forAlumni(orgId, alumnusIds, manager);
    return alumnusIds.filter((id) => map.get(id)?.level !== 'none');
  }
}

/**
 * What an org may do with a profile it sees, and the prices: the unlock route refuses
 * (`not_unlockable`) a visible profile below `full`, the contact route (`not_contactable`) one
 * without `contactable`. Wallet state, open requests and the monthly contact cap are checked when
 * the request is made, not here.
 */
export function offerFor(seen: Visibility, prices: Prices): PreviewOffer {
  return {
    unlockable: seen.level === 'full',
    unlockPriceCredits: prices.unlockPriceCredits,
    // Visibility sets contactable only for a visible profile.
    contactable: seen.contactable,
    contactPriceCredits: prices.contactPriceCredits,
  };
}

function notFound(alumnusId: string): Visibility {
  return { alumnusId, associationId: null, level: 'none', contactable: false, reason: 'not_found' };
}

function evaluate(row: VisibilityRow): Visibility {
  const reason = invisibility(row);
  const base = { alumnusId: row.id, associationId: row.association_id };
  if (reason) return { ...base, level: 'none', contactable: false, reason };
  return { ...base, level: row.unlockable ? 'full' : 'preview', contactable: row.contactable, reason: null };
}

function invisibility(row: VisibilityRow): InvisibilityReason | null {
  if (row.erased) return 'erased';
  if (!row.org_active) return 'org_inactive';
  if (row.recruiter_access === 'closed') return 'association_closed';
  if (row.recruiter_access === 'approval' && !row.approved) return 'access_not_approved';
  if (row.association_block) return 'blocked_by_association';
  if (row.alumnus_block) return 'blocked_by_alumnus';
  if (!row.searchable) return row.withdrawn ? 'consent_withdrawn' : 'no_consent';
  // Consent without a time cannot be checked for lapse: treat it as lapsed rather than eternal.
  if (row.lapsed !== false) return 'consent_lapsed';
  return null;
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
