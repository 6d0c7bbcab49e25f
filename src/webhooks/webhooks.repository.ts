import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { rawPool } from '../database/raw-pool';
import { WEBHOOK_DELIVERIES_CHANNEL } from '../events/event-catalog';

export type EndpointOwner = { orgId: string } | { associationId: string };

export interface EndpointRow {
  id: string;
  org_id: string | null;
  association_id: string | null;
  url: string;
  description: string | null;
  event_types: string[];
  enabled: boolean;
  disabled_reason: string | null;
  alert_email: string | null;
  failing_since: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface ClaimedDelivery {
  id: string;
  event_id: string;
  endpoint_id: string;
  attempt_count: number;
  url: string;
  enabled: boolean;
  type: string;
  api_version: string;
  data: Record<string, unknown>;
  event_created_at: Date;
}

export interface AttemptInsert {
  endpointId: string;
  deliveryId: string | null;
  eventId: string | null;
  eventType: string;
  trigger: 'scheduled' | 'manual' | 'test';
  url: string;
  startedAt: Date;
  durationMs: number;
  responseStatus: number | null;
  responseBody: string | null;
  errorKind: string | null;
  succeeded: boolean;
}

const ENDPOINT_COLUMNS = `id, org_id, association_id, url, description, event_types, enabled, disabled_reason, alert_email,
  failing_since, created_at, updated_at`;

function ownerClause(owner: EndpointOwner, param: number): string {
  return 'orgId' in owner ? `org_id = $${param}` : `association_id = $${param}`;
}
function ownerId(owner: EndpointOwner): string {
  return 'orgId' in owner ? owner.orgId : owner.associationId;
}

@Injectable()
export class WebhooksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A connection of its own (not one of the pool's) listening on WEBHOOK_DELIVERIES_CHANNEL, which
   * EventsRepository.insert notifies, at commit, when it queued deliveries. `onLost` is called
   * once if the connection fails or ends.
   */
  async listenForQueuedDeliveries(onNotification: () => void, onLost: (error?: Error) => void): Promise<{ close(): Promise<void> }> {
    const client = new Client(rawPool(this.dataSource).options);
    let closing = false;
    client.on('notification', onNotification);
    client.on('error', (error) => closing || onLost(error));
    client.on('end', () => closing || onLost());
    const close = async () => {
      closing = true;
      await client.end().catch(() => undefined);
    };
    try {
      await client.connect();
      await client.query(`LISTEN ${WEBHOOK_DELIVERIES_CHANNEL}`);
    } catch (error) {
      await close();
      throw error;
    }
    return { close };
  }

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  async insertEndpoint(
    m: EntityManager,
    owner: EndpointOwner,
    fields: { url: string; description: string | null; eventTypes: string[]; enabled: boolean; alertEmail: string | null },
    secret: string,
  ): Promise<EndpointRow> {
    const [row] = await m.query(
      `INSERT INTO webhook_endpoints (org_id, association_id, url, description, event_types, enabled, alert_email)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${ENDPOINT_COLUMNS}`,
      [
        'orgId' in owner ? owner.orgId : null,
        'associationId' in owner ? owner.associationId : null,
        fields.url,
        fields.description,
        fields.eventTypes,
        fields.enabled,
        fields.alertEmail,
      ],
    );
    await m.query(`INSERT INTO webhook_endpoint_secrets (endpoint_id, secret) VALUES ($1, $2)`, [row.id, secret]);
    return row;
  }

  async findEndpoint(owner: EndpointOwner, id: string, m: EntityManager = this.dataSource.manager): Promise<EndpointRow | undefined> {
    const rows = await m.query(`SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE id = $1 AND ${ownerClause(owner, 2)}`, [
      id,
      ownerId(owner),
    ]);
    return rows[0];
  }

  async lockEndpoint(m: EntityManager, owner: EndpointOwner, id: string): Promise<EndpointRow | undefined> {
    const rows = await m.query(`SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE id = $1 AND ${ownerClause(owner, 2)} FOR UPDATE`, [
      id,
      ownerId(owner),
    ]);
    return rows[0];
  }

  listEndpoints(owner: EndpointOwner, limit: number, after?: { createdAt: Date; id: string }): Promise<EndpointRow[]> {
    return this.dataSource.query(
      `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints
        WHERE ${ownerClause(owner, 1)} AND ($2::timestamptz IS NULL OR (created_at, id) > ($2, $3::uuid))
        ORDER BY created_at, id LIMIT $4`,
      [ownerId(owner), after?.createdAt ?? null, after?.id ?? null, limit],
    );
  }

  async updateEndpoint(
    m: EntityManager,
    id: string,
    fields: {
      url: string;
      description: string | null;
      eventTypes: string[];
      enabled: boolean;
      alertEmail: string | null;
      reenabled: boolean;
    },
  ): Promise<EndpointRow> {
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const [[row]] = await m.query(
      `UPDATE webhook_endpoints
          SET url = $2, description = $3, event_types = $4::text[], enabled = $5::boolean, alert_email = $6,
              disabled_reason = CASE WHEN $5::boolean THEN NULL ELSE coalesce(disabled_reason, 'disabled by its owner') END,
              failing_since = CASE WHEN $7::boolean THEN NULL ELSE failing_since END,
              updated_at = now()
        WHERE id = $1 RETURNING ${ENDPOINT_COLUMNS}`,
      [id, fields.url, fields.description, fields.eventTypes, fields.enabled, fields.alertEmail, fields.reenabled],
    );
    return row;
  }

  async deleteEndpoint(owner: EndpointOwner, id: string): Promise<boolean> {
    const [, count] = await this.dataSource.query(`DELETE FROM webhook_endpoints WHERE id = $1 AND ${ownerClause(owner, 2)}`, [
      id,
      ownerId(owner),
    ]);
    return count > 0;
  }

  /** Secrets that still sign, newest first. */
  async activeSecrets(endpointId: string, m: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await m.query(
      `SELECT secret FROM webhook_endpoint_secrets WHERE endpoint_id = $1 AND (expires_at IS NULL OR expires_at > now())
        ORDER BY created_at DESC, id`,
      [endpointId],
    );
    return rows.map((r: { secret: string }) => r.secret);
  }

  /** Active secrets of many endpoints at once (the delivery worker's batch). */
  async activeSecretsOf(endpointIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: Array<{ endpoint_id: string; secret: string }> = await this.dataSource.query(
      `SELECT endpoint_id, secret FROM webhook_endpoint_secrets
        WHERE endpoint_id = ANY ($1) AND (expires_at IS NULL OR expires_at > now())
        ORDER BY created_at DESC, id`,
      [endpointIds],
    );
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.endpoint_id, [...(map.get(r.endpoint_id) ?? []), r.secret]);
    return map;
  }

  /**
   * Rotation: the new secret signs from now on; the current ones keep signing for
   * `overlapSeconds` (already-expiring ones keep their earlier end), so receivers can switch.
   */
  async rotateSecret(m: EntityManager, endpointId: string, secret: string, overlapSeconds: number): Promise<void> {
    await m.query(
      `UPDATE webhook_endpoint_secrets SET expires_at = least(coalesce(expires_at, 'infinity'), now() + make_interval(secs => $2))
        WHERE endpoint_id = $1 AND (expires_at IS NULL OR expires_at > now())`,
      [endpointId, overlapSeconds],
    );
    await m.query(`DELETE FROM webhook_endpoint_secrets WHERE endpoint_id = $1 AND expires_at <= now()`, [endpointId]);
    await m.query(`INSERT INTO webhook_endpoint_secrets (endpoint_id, secret) VALUES ($1, $2)`, [endpointId, secret]);
  }

  /**
   * Claims due deliveries: FOR UPDATE SKIP LOCKED hands each row to one worker, and moving
   * `next_attempt_at` past the attempt's deadline is the lease: a worker that dies mid-attempt
   * leaves a row that becomes due again (at least once).
   */
  claimDue(limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
    return this.dataSource.query(
      `WITH due AS (
         SELECT id FROM webhook_deliveries
          WHERE status = 'pending' AND next_attempt_at <= now()
          ORDER BY next_attempt_at, id
          LIMIT $1
          FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE webhook_deliveries d SET next_attempt_at = now() + make_interval(secs => $2), updated_at = now()
           FROM due WHERE d.id = due.id
         RETURNING d.id, d.event_id, d.endpoint_id, d.attempt_count
       )
       SELECT c.id, c.event_id, c.endpoint_id, c.attempt_count, e.url, e.enabled,
              ev.type, ev.api_version, ev.data, ev.created_at AS event_created_at
         FROM claimed c
         JOIN webhook_endpoints e ON e.id = c.endpoint_id
         JOIN events ev ON ev.id = c.event_id`,
      [limit, leaseSeconds],
    );
  }

  async insertAttempt(m: EntityManager, a: AttemptInsert): Promise<string> {
    const [row] = await m.query(
      `INSERT INTO webhook_attempts (endpoint_id, delivery_id, event_id, event_type, trigger, url, started_at, duration_ms,
         response_status, response_body, error_kind, succeeded)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        a.endpointId,
        a.deliveryId,
        a.eventId,
        a.eventType,
        a.trigger,
        a.url,
        a.startedAt,
        a.durationMs,
        a.responseStatus,
        a.responseBody,
        a.errorKind,
        a.succeeded,
      ],
    );
    return row.id;
  }

  async settleDelivery(
    m: EntityManager,
    id: string,
    outcome: {
      status: 'pending' | 'succeeded' | 'failed';
      attemptCount: number;
      retryInSeconds: number | null;
      responseStatus: number | null;
    },
  ): Promise<void> {
    await m.query(
      `UPDATE webhook_deliveries SET status = $2, attempt_count = $3,
              next_attempt_at = CASE WHEN $4::float8 IS NULL THEN next_attempt_at ELSE now() + make_interval(secs => $4) END,
              last_response_status = $5, updated_at = now()
        WHERE id = $1`,
      [id, outcome.status, outcome.attemptCount, outcome.retryInSeconds, outcome.responseStatus],
    );
  }

  /**
   * Settles many successful attempts in one transaction (the worker's batch): their attempt rows,
   * their deliveries marked succeeded, and their endpoints' failure clocks reset.
   */
  async settleSucceeded(
    m: EntityManager,
    attempts: ReadonlyArray<AttemptInsert & { deliveryId: string; attemptCount: number }>,
  ): Promise<void> {
    if (attempts.length === 0) return;
    const column = <K extends keyof AttemptInsert>(key: K) => attempts.map((a) => a[key]);
    await m.query(
      `INSERT INTO webhook_attempts (endpoint_id, delivery_id, event_id, event_type, trigger, url, started_at, duration_ms,
         response_status, response_body, error_kind, succeeded)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::integer[],
                            $9::integer[], $10::text[], $11::text[], $12::boolean[])`,
      [
        column('endpointId'),
        column('deliveryId'),
        column('eventId'),
        column('eventType'),
        column('trigger'),
        column('url'),
        column('startedAt'),
        column('durationMs'),
        column('responseStatus'),
        column('responseBody'),
        column('errorKind'),
        column('succeeded'),
      ],
    );
    await m.query(
      `UPDATE webhook_deliveries d SET status = 'succeeded', attempt_count = s.attempt_count, last_response_status = s.status, updated_at = now()
         FROM unnest($1::uuid[], $2::integer[], $3::integer[]) AS s(id, attempt_count, status)
        WHERE d.id = s.id`,
      [attempts.map((a) => a.deliveryId), attempts.map((a) => a.attemptCount), column('responseStatus')],
    );
    await m.query(`UPDATE webhook_endpoints SET failing_since = NULL WHERE id = ANY ($1::uuid[]) AND failing_since IS NOT NULL`, [
      [...new Set(column('endpointId'))],
    ]);
  }

  async markDeliverySucceeded(m: EntityManager, id: string, responseStatus: number | null): Promise<void> {
    await m.query(`UPDATE webhook_deliveries SET status = 'succeeded', last_response_status = $2, updated_at = now() WHERE id = $1`, [
      id,
      responseStatus,
    ]);
  }

  /** A success resets the endpoint's failure clock. */
  async markEndpointHealthy(m: EntityManager, endpointId: string): Promise<void> {
    await m.query(`UPDATE webhook_endpoints SET failing_since = NULL WHERE id = $1 AND failing_since IS NOT NULL`, [endpointId]);
  }

  /**
   * Starts (or keeps) the failure clock; returns the endpoint row when this failure makes it
   * due for disabling (failing for `disableAfterSeconds`, or told to go away with 410).
   */
  async markEndpointFailing(
    m: EntityManager,
    endpointId: string,
    disableAfterSeconds: number,
    gone: boolean,
  ): Promise<EndpointRow | undefined> {
    const [rows] = await m.query(
      `UPDATE webhook_endpoints SET failing_since = coalesce(failing_since, now())
        WHERE id = $1
        RETURNING ${ENDPOINT_COLUMNS},
                  enabled AND ($3 OR failing_since <= now() - make_interval(secs => $2)) AS due_for_disable`,
      [endpointId, disableAfterSeconds, gone],
    );
    return rows[0]?.due_for_disable ? rows[0] : undefined;
  }

  /** Disables the endpoint and abandons its pending deliveries (a manual resend can still send them). */
  async disableEndpoint(m: EntityManager, endpointId: string, reason: string): Promise<boolean> {
    const [, count] = await m.query(
      `UPDATE webhook_endpoints SET enabled = false, disabled_reason = $2, updated_at = now() WHERE id = $1 AND enabled`,
      [endpointId, reason],
    );
    await m.query(`UPDATE webhook_deliveries SET status = 'failed', updated_at = now() WHERE endpoint_id = $1 AND status = 'pending'`, [
      endpointId,
    ]);
    return count > 0;
  }

  async abandonDelivery(m: EntityManager, id: string): Promise<void> {
    await m.query(`UPDATE webhook_deliveries SET status = 'failed', updated_at = now() WHERE id = $1`, [id]);
  }

  listAttempts(endpointId: string, limit: number, after?: { createdAt: Date; id: string }): Promise<Array<Record<string, unknown>>> {
    return this.dataSource.query(
      `SELECT id, delivery_id, event_id, event_type, trigger, url, started_at, duration_ms, response_status, response_body, error_kind, succeeded
         FROM webhook_attempts
        WHERE endpoint_id = $1 AND ($2::timestamptz IS NULL OR (started_at, id) < ($2, $3::uuid))
        ORDER BY started_at DESC, id DESC LIMIT $4`,
      [endpointId, after?.createdAt ?? null, after?.id ?? null, limit],
    );
  }

  listDeliveries(endpointId: string, limit: number, after?: { createdAt: Date; id: string }): Promise<Array<Record<string, unknown>>> {
    return this.dataSource.query(
      `SELECT d.id, d.event_id, ev.type AS event_type, d.status, d.attempt_count, d.next_attempt_at, d.last_response_status, d.created_at
         FROM webhook_deliveries d JOIN events ev ON ev.id = d.event_id
        WHERE d.endpoint_id = $1 AND ($2::timestamptz IS NULL OR (d.created_at, d.id) < ($2, $3::uuid))
        ORDER BY d.created_at DESC, d.id DESC LIMIT $4`,
      [endpointId, after?.createdAt ?? null, after?.id ?? null, limit],
    );
  }

  async findDelivery(endpointId: string, deliveryId: string): Promise<ClaimedDelivery | undefined> {
    const rows = await this.dataSource.query(
      `SELECT d.id, d.event_id, d.endpoint_id, d.attempt_count, e.url, e.enabled, ev.type, ev.api_version, ev.data, ev.created_at AS event_created_at
         FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id JOIN events ev ON ev.id = d.event_id
        WHERE d.id = $1 AND d.endpoint_id = $2`,
      [deliveryId, endpointId],
    );
    return rows[0];
  }

  async purgeAttemptsOlderThan(days: number): Promise<number> {
    const [, count] = await this.dataSource.query(`DELETE FROM webhook_attempts WHERE started_at < now() - make_interval(days => $1)`, [
      days,
    ]);
    return count;
  }
}
