import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { WEBHOOK_DELIVERIES_CHANNEL } from './event-catalog';

export interface EventInsert {
  type: string;
  orgId: string | null;
  associationId: string | null;
  data: unknown;
}

export interface EventRow {
  id: string;
  type: string;
  api_version: string;
  data: Record<string, unknown>;
  created_at: Date;
  tx_id: string;
  seq: string;
}

/** Where a reader stands in a principal's feed: after the row (txId, seq). */
export interface FeedPosition {
  txId: string;
  seq: string;
}

@Injectable()
export class EventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Inserts the events and, in the same statement, one pending delivery per enabled endpoint of
   * the receiver subscribed to the type: the events, their deliveries and the change that caused
   * them commit or roll back together.
   */
  async insert(manager: EntityManager, apiVersion: string, events: readonly EventInsert[]): Promise<string[]> {
    if (events.length === 0) return [];
    const rows: Array<{ id: string }> = await manager.query(
      `WITH ev AS (
         INSERT INTO events (type, api_version, org_id, association_id, data)
         SELECT t.type, $1, t.org_id, t.association_id, t.data
           FROM unnest($2::text[], $3::uuid[], $4::uuid[], $5::jsonb[]) WITH ORDINALITY AS t(type, org_id, association_id, data, n)
          ORDER BY t.n
         RETURNING id, type, org_id, association_id
       ), fan AS (
         INSERT INTO webhook_deliveries (event_id, endpoint_id)
         SELECT ev.id, e.id
           FROM ev JOIN webhook_endpoints e
             ON (e.org_id = ev.org_id OR e.association_id = ev.association_id)
          WHERE e.enabled AND ev.type = ANY (e.event_types)
         RETURNING 1
       ), wake AS (
         -- Delivered at commit (never for a rolled-back change): wakes the delivery workers.
         SELECT pg_notify('${WEBHOOK_DELIVERIES_CHANNEL}', '') FROM (SELECT 1 FROM fan LIMIT 1) f
       )
       SELECT id FROM ev WHERE (SELECT count(*) FROM wake) >= 0`,
      [
        apiVersion,
        events.map((e) => e.type),
        events.map((e) => e.orgId),
        events.map((e) => e.associationId),
        events.map((e) => JSON.stringify(e.data)),
      ],
    );
    return rows.map((r) => r.id);
  }

  /**
   * One page of a principal's feed after `after`, in (tx_id, seq) order. A row is returned only
   * when every transaction with a lower xid has ended, so no row can later appear before a
   * position already handed out (ordering by a sequence or a timestamp would skip the rows of a
   * transaction that commits after a later one). The horizon is the snapshot's oldest running
   * xid, except xids that pg_stat_activity shows running in another database of the cluster
   * (they cannot write this table; an xid that ended meanwhile still counts, which is safe).
   * A transaction of this database still open holds the feed back until it ends; it never
   * makes it skip.
   */
  page(
    owner: { orgId: string } | { associationId: string },
    after: FeedPosition | undefined,
    types: readonly string[] | undefined,
    limit: number,
    retentionDays: number,
  ): Promise<EventRow[]> {
    const byOrg = 'orgId' in owner;
    return this.dataSource.query(
      // ORDER BY names the table's columns: the bare names would sort by the text aliases.
      `WITH snap AS (SELECT pg_current_snapshot() AS s),
       elsewhere AS (
         SELECT backend_xid FROM pg_stat_activity
          WHERE backend_xid IS NOT NULL AND datid IS DISTINCT FROM (SELECT oid FROM pg_database WHERE datname = current_database())
       ),
       horizon AS (
         SELECT coalesce(
                  (SELECT x FROM snap, pg_snapshot_xip(snap.s) AS x
                    WHERE xid(x) NOT IN (SELECT backend_xid FROM elsewhere) ORDER BY x LIMIT 1),
                  (SELECT pg_snapshot_xmax(s) FROM snap)) AS xid
       )
       SELECT id, type, api_version, data, created_at, tx_id::text AS tx_id, seq::text AS seq
         FROM events
        WHERE ${byOrg ? 'org_id' : 'association_id'} = $1
          AND (tx_id, seq) > ($2::xid8, $3::bigint)
          AND tx_id < (SELECT xid FROM horizon)
          AND ($4::text[] IS NULL OR type = ANY ($4))
          AND created_at > now() - make_interval(days => $6)
        ORDER BY events.tx_id, events.seq
        LIMIT $5`,
      [byOrg ? owner.orgId : owner.associationId, after?.txId ?? '0', after?.seq ?? '0', types ?? null, limit, retentionDays],
    );
  }

  /** Events older than the retention window go, with their deliveries. */
  async purgeOlderThan(days: number): Promise<number> {
    const [, removed] = await this.dataSource.query(`DELETE FROM events WHERE created_at < now() - make_interval(days => $1)`, [days]);
    return removed;
  }

  /** Org ids and unlock ids of every org that unlocked the alumnus (the receivers of a deletion notice). */
  unlockersOf(
    manager: EntityManager,
    alumnusIds: readonly string[],
  ): Promise<Array<{ alumnus_id: string; org_id: string; unlock_id: string }>> {
    return manager.query(
      `SELECT alumnus_id, org_id, id AS unlock_id FROM unlocks WHERE alumnus_id = ANY ($1::uuid[]) ORDER BY alumnus_id, org_id`,
      [alumnusIds],
    );
  }

  /**
   * Claims up to `limit` lots with credits left that expire within `days` and were not announced
   * yet; the notice rows commit with the events recorded for them.
   */
  claimExpiringLots(
    manager: EntityManager,
    days: number,
    limit: number,
  ): Promise<Array<{ id: string; org_id: string; credits: string; expires_at: Date }>> {
    return manager.query(
      `WITH due AS (
         SELECT l.id, l.org_id, l.credits_remaining, l.expires_at
           FROM credit_lots l
          WHERE l.credits_remaining > 0 AND l.expires_at > now() AND l.expires_at <= now() + make_interval(days => $1)
            AND NOT EXISTS (SELECT 1 FROM credit_lot_expiry_notices n WHERE n.lot_id = l.id)
          ORDER BY l.expires_at, l.id
          LIMIT $2
       ), noted AS (
         INSERT INTO credit_lot_expiry_notices (lot_id) SELECT id FROM due ON CONFLICT DO NOTHING RETURNING lot_id
       )
       SELECT due.id, due.org_id, due.credits_remaining::text AS credits, due.expires_at FROM due JOIN noted ON noted.lot_id = due.id`,
      [days, limit],
    );
  }
}
