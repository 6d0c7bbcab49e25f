import { Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { Principal } from '../auth/principal';
import { DomainError, NotFoundError } from '../common/domain-error';
import { createdAtCursor, createdAtCursorOf, Page, PageQueryDto, toPage } from '../common/pagination';
import { EVENT_API_VERSION, EVENT_CATALOG, EventAudience, isEventType } from '../events/event-catalog';
import {
  CreateWebhookEndpointDto,
  DEFAULT_SECRET_OVERLAP_SECONDS,
  UpdateWebhookEndpointDto,
  WebhookAttemptDto,
  WebhookDeliveryDto,
  WebhookEndpointCreatedDto,
  WebhookEndpointDto,
  WebhookSecretDto,
} from './dto/webhook-endpoint.dto';
import { envelope } from './webhook-delivery.worker';
import { SendResult, WebhookSender } from './webhook-sender';
import { EndpointOwner, EndpointRow, WebhooksRepository } from './webhooks.repository';

/** Webhook endpoints of recruiter orgs and associations: management, test pings, attempts and resends. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly repository: WebhooksRepository,
    private readonly sender: WebhookSender,
  ) {}

  async create(principal: Principal, dto: CreateWebhookEndpointDto): Promise<WebhookEndpointCreatedDto> {
    const { owner, audience } = ownerOf(principal);
    await this.checkUrl(dto.url);
    const eventTypes = checkTypes(dto.eventTypes, audience);
    const secret = newSecret();
    const row = await this.repository.transaction((m) =>
      this.repository.insertEndpoint(
        m,
        owner,
        {
          url: dto.url,
          description: dto.description ?? null,
          eventTypes,
          enabled: dto.enabled ?? true,
          alertEmail: dto.alertEmail ?? null,
        },
        secret,
      ),
    );
    return { endpoint: toEndpointDto(row), secret };
  }

  async list(principal: Principal, query: PageQueryDto): Promise<Page<WebhookEndpointDto>> {
    const rows = await this.repository.listEndpoints(ownerOf(principal).owner, query.limit + 1, createdAtCursor(query.cursor));
    return toPage(rows, query.limit, (r) => createdAtCursorOf({ createdAt: r.created_at, id: r.id }), toEndpointDto);
  }

  async get(principal: Principal, id: string): Promise<WebhookEndpointDto> {
    return toEndpointDto(await this.find(principal, id));
  }

  async update(principal: Principal, id: string, dto: UpdateWebhookEndpointDto): Promise<WebhookEndpointDto> {
    const { owner, audience } = ownerOf(principal);
    if (dto.url !== undefined) await this.checkUrl(dto.url);
    const eventTypes = dto.eventTypes === undefined ? undefined : checkTypes(dto.eventTypes, audience);
    const row = await this.repository.transaction(async (m) => {
      const current = await this.repository.lockEndpoint(m, owner, id);
      if (!current) throw new NotFoundError('Webhook endpoint');
      const enabled = dto.enabled ?? current.enabled;
      return this.repository.updateEndpoint(m, id, {
        url: dto.url ?? current.url,
        description: dto.description === undefined ? current.description : dto.description,
        eventTypes: eventTypes ?? current.event_types,
        enabled,
        alertEmail: dto.alertEmail === undefined ? current.alert_email : dto.alertEmail,
        reenabled: enabled && !current.enabled,
      });
    });
    return toEndpointDto(row);
  }

  async remove(principal: Principal, id: string): Promise<void> {
    if (!(await this.repository.deleteEndpoint(ownerOf(principal).owner, id))) throw new NotFoundError('Webhook endpoint');
  }

  /** A new secret; the current ones keep signing for the overlap (24 h by default), one signature each. */
  async rotateSecret(principal: Principal, id: string, overlapSeconds = DEFAULT_SECRET_OVERLAP_SECONDS): Promise<WebhookSecretDto> {
    const secret = newSecret();
    await this.repository.transaction(async (m) => {
      if (!(await this.repository.lockEndpoint(m, ownerOf(principal).owner, id))) throw new NotFoundError('Webhook endpoint');
      await this.repository.rotateSecret(m, id, secret, overlapSeconds);
    });
    return { secret, previousSecretExpiresAt: overlapSeconds > 0 ? new Date(Date.now() + overlapSeconds * 1000).toISOString() : null };
  }

  /** Sends a signed `ping` now and answers with the logged attempt. */
  async test(principal: Principal, id: string): Promise<WebhookAttemptDto> {
    const endpoint = await this.find(principal, id);
    const pingId = randomUUID();
    const body = JSON.stringify({
      id: pingId,
      type: 'ping',
      apiVersion: EVENT_API_VERSION,
      timestamp: new Date().toISOString(),
      data: { endpointId: id },
    });
    return this.sendAndLog(endpoint, { deliveryId: null, eventId: null, eventType: 'ping', trigger: 'test' }, pingId, body);
  }

  /** Sends a delivery again now, whatever its state; a success settles it. It is not rescheduled on failure. */
  async resend(principal: Principal, id: string, deliveryId: string): Promise<WebhookAttemptDto> {
    const endpoint = await this.find(principal, id);
    const delivery = await this.repository.findDelivery(endpoint.id, deliveryId);
    if (!delivery) throw new NotFoundError('Delivery');
    return this.sendAndLog(
      endpoint,
      { deliveryId: delivery.id, eventId: delivery.event_id, eventType: delivery.type, trigger: 'manual' },
      delivery.event_id,
      envelope(delivery),
    );
  }

  async attempts(principal: Principal, id: string, query: PageQueryDto): Promise<Page<WebhookAttemptDto>> {
    const endpoint = await this.find(principal, id);
    const rows = await this.repository.listAttempts(endpoint.id, query.limit + 1, createdAtCursor(query.cursor));
    return toPage(rows, query.limit, (r) => createdAtCursorOf({ createdAt: r.started_at as Date, id: r.id as string }), toAttemptDto);
  }

  async deliveries(principal: Principal, id: string, query: PageQueryDto): Promise<Page<WebhookDeliveryDto>> {
    const endpoint = await this.find(principal, id);
    const rows = await this.repository.listDeliveries(endpoint.id, query.limit + 1, createdAtCursor(query.cursor));
    return toPage(rows, query.limit, (r) => createdAtCursorOf({ createdAt: r.created_at as Date, id: r.id as string }), toDeliveryDto);
  }

  private async sendAndLog(
    endpoint: EndpointRow,
    what: { deliveryId: string | null; eventId: string | null; eventType: string; trigger: 'manual' | 'test' },
    webhookId: string,
    body: string,
  ): Promise<WebhookAttemptDto> {
    const secrets = await this.repository.activeSecrets(endpoint.id);
    const startedAt = new Date();
    const result: SendResult = await this.sender.send(endpoint.url, webhookId, body, secrets);
    const attemptId = await this.repository.transaction(async (m) => {
      const attempt = await this.repository.insertAttempt(m, {
        endpointId: endpoint.id,
        ...what,
        url: endpoint.url,
        startedAt,
        durationMs: result.durationMs,
        responseStatus: result.status,
        responseBody: result.body,
        errorKind: result.errorKind,
        succeeded: result.ok,
      });
      if (result.ok && what.deliveryId) {
        await this.repository.markDeliverySucceeded(m, what.deliveryId, result.status);
      }
      return attempt;
    });
    return {
      id: attemptId,
      deliveryId: what.deliveryId,
      eventId: what.eventId,
      eventType: what.eventType,
      trigger: what.trigger,
      url: endpoint.url,
      startedAt: startedAt.toISOString(),
      durationMs: result.durationMs,
      responseStatus: result.status,
      responseBody: result.body,
      errorKind: result.errorKind,
      succeeded: result.ok,
    };
  }

  private async find(principal: Principal, id: string): Promise<EndpointRow> {
    const row = await this.repository.findEndpoint(ownerOf(principal).owner, id);
    if (!row) throw new NotFoundError('Webhook endpoint');
    return row;
  }

  private async checkUrl(url: string): Promise<void> {
    const why = await this.sender.policy.check(url);
    if (why) throw new DomainError('webhook_url_refused', `The webhook URL ${why}`, { errors: [{ field: 'url', message: why }] });
  }
}

function ownerOf(principal: Principal): { owner: EndpointOwner; audience: EventAudience } {
  if (principal.kind === 'recruiter') return { owner: { orgId: principal.orgId }, audience: 'recruiter' };
  if (principal.kind === 'association') return { owner: { associationId: principal.associationId }, audience: 'association' };
  throw new DomainError('forbidden', 'Webhook endpoints belong to recruiter orgs and associations');
}

function checkTypes(types: string[], audience: EventAudience): string[] {
  const wrong = types.filter((t) => !isEventType(t) || EVENT_CATALOG[t].audience !== audience);
  if (wrong.length > 0) {
    throw new DomainError('validation_failed', `Event types not sent to ${audience === 'recruiter' ? 'recruiter orgs' : 'associations'}`, {
      errors: wrong.map((t) => ({ field: 'eventTypes', message: `${t} is not an event this owner receives` })),
    });
  }
  return [...new Set(types)].sort();
}

/** 32 random bytes, as Standard Webhooks secrets are written. */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

function iso(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

function toEndpointDto(row: EndpointRow): WebhookEndpointDto {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types,
    enabled: row.enabled,
    disabledReason: row.disabled_reason,
    alertEmail: row.alert_email,
    failingSince: iso(row.failing_since),
    createdAt: iso(row.created_at)!,
    updatedAt: iso(row.updated_at)!,
  };
}

function toAttemptDto(r: Record<string, any>): WebhookAttemptDto {
  return {
    id: r.id,
    deliveryId: r.delivery_id,
    eventId: r.event_id,
    eventType: r.event_type,
    trigger: r.trigger,
    url: r.url,
    startedAt: iso(r.started_at)!,
    durationMs: r.duration_ms,
    responseStatus: r.response_status,
    responseBody: r.response_body,
    errorKind: r.error_kind,
    succeeded: r.succeeded,
  };
}

function toDeliveryDto(r: Record<string, any>): WebhookDeliveryDto {
  return {
    id: r.id,
    eventId: r.event_id,
    eventType: r.event_type,
    status: r.status,
    attemptCount: r.attempt_count,
    nextAttemptAt: iso(r.next_attempt_at)!,
    lastResponseStatus: r.last_response_status,
    createdAt: iso(r.created_at)!,
  };
}
