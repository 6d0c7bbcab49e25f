import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { EVENT_RETENTION_DAYS } from '../events/events.service';
import { JobsService } from '../jobs/jobs.service';
import { EntityManager } from 'typeorm';
import { MailService } from '../mail/mail.service';
import { toLocale } from '../mail/templates';
import { MembersService } from '../members/members.service';
import { AttemptInsert, ClaimedDelivery, EndpointRow, WebhooksRepository } from './webhooks.repository';
import { WebhookSender } from './webhook-sender';

const BATCH = 64;

type SucceededAttempt = AttemptInsert & { deliveryId: string; attemptCount: number };
/** Deliveries of one batch sent at once. */
const CONCURRENCY = 16;

/**
 * The webhook delivery job, run by the PostgreSQL job timer (src/jobs): claims due deliveries
 * (FOR UPDATE SKIP LOCKED, so any number of processes can run it), sends each, logs the attempt
 * and schedules the next one. At least once: the delivery is settled only after the receiver
 * answered, so a crash in between sends it again later with the same `webhook-id`.
 */
@Injectable()
export class WebhookDeliveryWorker implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhookDeliveryWorker.name);
  private listener?: { close(): Promise<void> };
  private reconnect?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly repository: WebhooksRepository,
    private readonly sender: WebhookSender,
    private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly members: MembersService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'webhook-delivery', run: () => this.deliverDue() });
    this.jobs.register({ name: 'webhook-attempts-retention', run: () => this.repository.purgeAttemptsOlderThan(EVENT_RETENTION_DAYS) });
  }

  /**
   * Wake-up on commit: the transaction that queues deliveries notifies WEBHOOK_DELIVERIES_CHANNEL
   * (PostgreSQL sends it at commit, never for a rollback), and every process running the jobs
   * runs the delivery job at once instead of at its next tick. The timer stays the fallback: a
   * lost connection or notification only delays deliveries until the next tick.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.backgroundJobs) await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.close();
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    let lost = false;
    const retry = (reason: string) => {
      if (lost || this.stopped) return;
      lost = true;
      this.logger.warn(`webhook wake-up ${reason}; the job timer still delivers`);
      const listener = this.listener;
      this.listener = undefined;
      void listener?.close();
      this.reconnect = setTimeout(() => void this.listen(), 1000);
      this.reconnect.unref();
    };
    try {
      this.listener = await this.repository.listenForQueuedDeliveries(
        () => void this.jobs.trigger('webhook-delivery'),
        (error) => retry(`connection lost (${error?.message ?? 'ended'})`),
      );
      if (this.stopped) await this.listener.close();
    } catch (error) {
      retry(`unavailable (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  /** Delivers everything due now; returns how many attempts were made. */
  async deliverDue(): Promise<{ attempted: number; succeeded: number }> {
    const totals = { attempted: 0, succeeded: 0 };
    // The lease outlasts the whole batch: a lane sends BATCH / CONCURRENCY attempts one after the
    // other, each bounded by the timeout, and the batch's successes are settled after the last.
    const lease = Math.ceil(BATCH / CONCURRENCY) * Math.ceil(this.config.webhookTimeoutMs / 1000) + 5;
    for (;;) {
      const claimed = await this.repository.claimDue(BATCH, lease);
      if (claimed.length === 0) return totals;
      const secrets = await this.repository.activeSecretsOf([...new Set(claimed.map((d) => d.endpoint_id))]);
      const succeeded: SucceededAttempt[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: Math.min(CONCURRENCY, claimed.length) }, async () => {
          while (next < claimed.length) {
            const delivery = claimed[next++];
            const ok = await this.attempt(delivery, secrets.get(delivery.endpoint_id) ?? [], succeeded);
            totals.attempted++;
            if (ok) totals.succeeded++;
          }
        }),
      );
      // At least once: the successes of the batch are settled together, in one transaction, after
      // their receivers answered. A crash before this commit sends them again once the lease ends,
      // with the same webhook-id (receivers deduplicate on it).
      await this.repository.transaction((m) => this.repository.settleSucceeded(m, succeeded));
      if (claimed.length < BATCH) return totals;
    }
  }

  /** Sends one delivery; a success is queued in `succeeded` for the batch, a failure is settled at once. */
  private async attempt(delivery: ClaimedDelivery, secrets: string[], succeeded: SucceededAttempt[]): Promise<boolean> {
    if (!delivery.enabled || secrets.length === 0) {
      await this.repository.transaction((m) => this.repository.abandonDelivery(m, delivery.id));
      return false;
    }
    const startedAt = new Date();
    const result = await this.sender.send(delivery.url, delivery.event_id, envelope(delivery), secrets);
    const attemptCount = delivery.attempt_count + 1;
    const attempt: AttemptInsert = {
      endpointId: delivery.endpoint_id,
      deliveryId: delivery.id,
      eventId: delivery.event_id,
      eventType: delivery.type,
      trigger: 'scheduled',
      url: delivery.url,
      startedAt,
      durationMs: result.durationMs,
      responseStatus: result.status,
      responseBody: result.body,
      errorKind: result.ok ? null : result.errorKind,
      succeeded: result.ok,
    };
    if (result.ok) {
      succeeded.push({ ...attempt, deliveryId: delivery.id, attemptCount });
      return true;
    }
    const schedule = this.config.webhookRetryScheduleSeconds;
    const retryIn = attemptCount > schedule.length ? null : jitter(schedule[attemptCount - 1]);
    let disabled: EndpointRow | undefined;
    await this.repository.transaction(async (m) => {
      await this.repository.insertAttempt(m, attempt);
      await this.repository.settleDelivery(m, delivery.id, {
        status: retryIn === null ? 'failed' : 'pending',
        attemptCount,
        retryInSeconds: retryIn,
        responseStatus: result.status,
      });
      disabled = await this.repository.markEndpointFailing(
        m,
        delivery.endpoint_id,
        this.config.webhookDisableAfterSeconds,
        result.status === 410,
      );
      if (
        disabled &&
        (await this.repository.disableEndpoint(
          m,
          disabled.id,
          result.status === 410 ? 'the receiver answered 410 Gone' : 'failing for too long',
        ))
      ) {
        await this.mailDisabled(m, disabled);
      } else disabled = undefined;
    });
    if (disabled) this.logger.warn(`webhook endpoint ${disabled.id} disabled after failing deliveries`);
    return false;
  }

  /** The owners (members with the owner role) and the endpoint's alert address, in the disabling transaction. */
  private async mailDisabled(m: EntityManager, endpoint: EndpointRow): Promise<void> {
    const owner: Parameters<MembersService['ownerRecipients']>[1] = endpoint.org_id
      ? { kind: 'recruiter', orgId: endpoint.org_id }
      : { kind: 'association', associationId: endpoint.association_id! };
    const recipients: Array<{ email: string; locale: string; memberId?: string }> = (await this.members.ownerRecipients(m, owner)).map(
      (r) => ({
        email: r.email,
        locale: r.locale,
        memberId: r.id,
      }),
    );
    if (endpoint.alert_email && !recipients.some((r) => r.email === endpoint.alert_email))
      recipients.push({ email: endpoint.alert_email, locale: 'en' });
    for (const r of recipients) {
      await this.mail.enqueue(m, {
        to: r.email,
        locale: toLocale(r.locale),
        memberId: r.memberId,
        template: { kind: 'webhook_disabled', endpointUrl: endpoint.url, url: `${this.config.publicBaseUrl}/docs` },
      });
    }
  }
}

/** The body sent: the same envelope GET /v1/events returns. */
export function envelope(delivery: Pick<ClaimedDelivery, 'event_id' | 'type' | 'api_version' | 'data' | 'event_created_at'>): string {
  return JSON.stringify({
    id: delivery.event_id,
    type: delivery.type,
    apiVersion: delivery.api_version,
    timestamp: new Date(delivery.event_created_at).toISOString(),
    data: delivery.data,
  });
}

/** ±20 % (Svix), so endpoints failing together do not all retry at the same instant. */
export function jitter(seconds: number): number {
  return seconds * (0.8 + Math.random() * 0.4);
}
