import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '../auth/principal';
import { DomainError } from '../common/domain-error';
import { decodeCursor, encodeCursor } from '../common/pagination';
import { JobsService } from '../jobs/jobs.service';
import { EventFeedDto, EventFeedQueryDto, toEventDto } from './dto/event.dto';
import { EVENT_API_VERSION, EVENT_CATALOG, EventDataMap, EventType, isEventType } from './event-catalog';
import { EventsRepository, FeedPosition } from './events.repository';

/** Days events stay readable in the feed (and deliverable); then they are deleted. */
export const EVENT_RETENTION_DAYS = 30;
/** credits.expiring is recorded this many days before the lot expires. */
export const EXPIRY_NOTICE_DAYS = 7;

export type EventReceiver = { orgId: string } | { associationId: string };

export type NewEvent = { [T in EventType]: { type: T; to: EventReceiver; data: EventDataMap[T] } }[EventType];

/**
 * Records integration events in the caller's transaction (the outbox of the webhooks and the
 * source of GET /v1/events), and reads a principal's feed.
 */
@Injectable()
export class EventsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsRepository,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'events-retention', run: () => this.events.purgeOlderThan(EVENT_RETENTION_DAYS) });
    this.jobs.register({ name: 'credits-expiring', run: () => this.recordExpiringCredits() });
  }

  /** Records credits.expiring once per lot whose credits expire within EXPIRY_NOTICE_DAYS. */
  async recordExpiringCredits(batch = 200): Promise<number> {
    let total = 0;
    for (;;) {
      const lots = await this.dataSource.transaction(async (manager) => {
        const due = await this.events.claimExpiringLots(manager, EXPIRY_NOTICE_DAYS, batch);
        await this.record(
          manager,
          due.map((lot) => ({
            type: 'credits.expiring' as const,
            to: { orgId: lot.org_id },
            data: { lotId: lot.id, credits: Number(lot.credits), expiresAt: lot.expires_at.toISOString() },
          })),
        );
        return due.length;
      });
      total += lots;
      if (lots < batch) return total;
    }
  }

  /**
   * Writes the events with `manager`, which must be the transaction of the change they report:
   * an aborted change leaves no event and no delivery.
   */
  async record(manager: EntityManager, events: readonly NewEvent[]): Promise<string[]> {
    return this.events.insert(
      manager,
      EVENT_API_VERSION,
      events.map((event) => {
        const audience = EVENT_CATALOG[event.type].audience;
        const toOrg = 'orgId' in event.to;
        if ((audience === 'recruiter') !== toOrg) throw new Error(`${event.type} is not an event for this kind of receiver`);
        return {
          type: event.type,
          orgId: 'orgId' in event.to ? event.to.orgId : null,
          associationId: 'associationId' in event.to ? event.to.associationId : null,
          data: event.data,
        };
      }),
    );
  }

  /**
   * Privacy rule: the orgs that unlocked an alumnus hold a copy of the profile and must delete it
   * when consent is withdrawn or the alumnus is erased, so the notice reaches every one of them
   * (one or many alumni); no other org hears of it, and the notice names the alumnus by id only.
   * Call it in the change's transaction, before anything that would remove the unlock rows (they
   * say who must be told).
   */
  async recordDeletionNotices(
    manager: EntityManager,
    type: 'alumnus.consent_withdrawn' | 'alumnus.erased',
    alumnusIds: string | readonly string[],
  ): Promise<void> {
    const ids = typeof alumnusIds === 'string' ? [alumnusIds] : alumnusIds;
    if (ids.length === 0) return;
    const unlockers = await this.events.unlockersOf(manager, ids);
    await this.record(
      manager,
      unlockers.map((u) => ({
        type,
        to: { orgId: u.org_id },
        data: { alumnusId: u.alumnus_id, unlockId: u.unlock_id, action: 'delete_unlocked_data' as const },
      })),
    );
  }

  async feed(principal: Principal, query: EventFeedQueryDto): Promise<EventFeedDto> {
    const owner = feedOwner(principal);
    const types = parseTypes(query.types);
    const after = query.cursor === undefined ? undefined : decodePosition(query.cursor);
    const rows = await this.events.page(owner, after, types, query.limit + 1, EVENT_RETENTION_DAYS);
    const hasMore = rows.length > query.limit;
    const page = hasMore ? rows.slice(0, query.limit) : rows;
    const last = page[page.length - 1];
    // A feed has no end: the cursor to resume from is returned even on the last page.
    const nextCursor = last ? encodeCursor([last.tx_id, last.seq]) : (query.cursor ?? encodeCursor(['0', '0']));
    return { data: page.map(toEventDto), nextCursor, hasMore };
  }
}

function feedOwner(principal: Principal): EventReceiver {
  if (principal.kind === 'recruiter') return { orgId: principal.orgId };
  if (principal.kind === 'association') return { associationId: principal.associationId };
  throw new DomainError('forbidden', 'Only recruiter orgs and associations have an event feed');
}

function parseTypes(raw: string | string[] | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const types = (Array.isArray(raw) ? raw : [raw])
    .flatMap((t) => t.split(','))
    .map((t) => t.trim())
    .filter(Boolean);
  const unknown = types.filter((t) => !isEventType(t));
  if (unknown.length > 0) {
    throw new DomainError('validation_failed', 'Unknown event type', {
      errors: unknown.map((t) => ({ field: 'types', message: `${t.slice(0, 64)} is not an event type` })),
    });
  }
  return types.length > 0 ? types : undefined;
}

function decodePosition(cursor: string): FeedPosition {
  const [txId, seq] = decodeCursor(cursor, ['string', 'string']) as string[];
  if (!/^\d{1,20}$/.test(txId) || !/^\d{1,19}$/.test(seq)) throw new DomainError('invalid_cursor');
  return { txId, seq };
}
