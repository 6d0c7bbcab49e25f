import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { VisibilityService } from '../access/visibility.service';
import { AlumnusPrincipal, RecruiterPrincipal } from '../auth/principal';
import { DomainError, NotFoundError } from '../common/domain-error';
import { idempotencyPrincipal, IdempotencyService, requestHash } from '../idempotency/idempotency.service';
import { createdAtCursor, createdAtCursorOf, Page, PageQueryDto, toPage } from '../common/pagination';
import { AppConfig } from '../config/app-config';
import { isUniqueViolation, onceMoreIfOutcomeUnknown } from '../database/pg-errors';
import { EventsService } from '../events/events.service';
import { JobsService } from '../jobs/jobs.service';
import { WalletService } from '../credits/wallet.service';
import { ContactMailsService } from './contact-mails.service';
import { ContactRequestRow, ContactRequestsRepository } from './contact-requests.repository';
import { ContactError } from './contacts.errors';
import { CreateContactRequestDto } from './dto/create-contact-request.dto';
import { ContactRequestResponseDto, CreateContactRequestResponseDto, MyContactRequestDto } from './dto/contact-request-response.dto';

const holdReference = (id: string) => `contact:${id}`;

/**
 * Contact requests. Credits are held at send and settled exactly once: every
 * transition locks the request row FOR UPDATE and moves only from `open`, so an accept racing a
 * decline or the expiry job ends in one outcome; the wallet's idempotency keys
 * (`contact-accept:<id>`, `contact-release:<id>`) are a second guard against a double settlement.
 */
@Injectable()
export class ContactsService implements OnModuleInit {
  private readonly logger = new Logger(ContactsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: ContactRequestsRepository,
    private readonly wallet: WalletService,
    private readonly visibility: VisibilityService,
    private readonly access: AccessService,
    private readonly idempotency: IdempotencyService,
    private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly events: EventsService,
    private readonly mails: ContactMailsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'contact-request-expiry', run: () => this.expireDue() });
  }

  async send(
    principal: RecruiterPrincipal,
    alumnusId: string,
    dto: CreateContactRequestDto,
    idempotencyKey?: string,
  ): Promise<CreateContactRequestResponseDto> {
    if (dto.salaryMinMinor !== undefined && dto.salaryMaxMinor !== undefined && dto.salaryMinMinor > dto.salaryMaxMinor) {
      throw new DomainError('validation_failed', 'salaryMinMinor must not exceed salaryMaxMinor', {
        errors: [{ field: 'salaryMaxMinor', message: 'must be at least salaryMinMinor' }],
      });
    }
    // The request's id is drawn once, before its first transaction: a run again after a lost
    // commit finds its own row (sendIn's `again`).
    const id = randomUUID();
    const run = (again: boolean) => (m: EntityManager) => this.sendIn(m, principal.orgId, alumnusId, dto, id, again);
    if (!idempotencyKey) {
      // Connection lost around the commit: once more, answered from the row if the commit happened.
      return onceMoreIfOutcomeUnknown((again) => this.wallet.walletTurn(principal.orgId, () => this.dataSource.transaction(run(again))));
    }
    // IdempotencyService.run tries once more itself, and replays the stored answer if the first
    // transaction committed: the work runs again only if it did not.
    const hash = requestHash(`POST /v1/profiles/${alumnusId}/contact-requests`, dto);
    const result = await this.idempotency.run(idempotencyPrincipal(principal), idempotencyKey, hash, 201, run(false));
    return result.body;
  }

  /**
   * Sends contact request `id`. With `again` (the first transaction lost its connection around
   * the commit), a request already stored under `id` is that first run's: answered from its row
   * and the wallet as they are now.
   */
  private async sendIn(
    m: EntityManager,
    orgId: string,
    alumnusId: string,
    dto: CreateContactRequestDto,
    id: string,
    again: boolean,
  ): Promise<CreateContactRequestResponseDto> {
    if (again) {
      const own = await this.requests.findForOrg(m, id, orgId);
      if (own)
        return {
          contactRequest: ContactRequestResponseDto.from(own),
          creditsHeld: own.credits,
          ...(await this.wallet.holdingsOf(orgId, m)),
        };
    }
    // Lock order: alumnus (advisory, then FOR SHARE through visibility) → new request row → wallet.
    await this.requests.lockAlumnusForContact(m, alumnusId);
    // Consent invariant: the FOR SHARE lock keeps `contactable` true until this transaction ends.
    const visibility = await this.visibility.forAlumnus(orgId, alumnusId, m, { lock: true });
    if (visibility.level === 'none') throw new NotFoundError('Profile');
    if (!visibility.contactable) throw new ContactError('not_contactable', 'This alumnus does not accept contact requests');
    const terms = (await this.requests.terms(m, alumnusId))!;
    if (terms.maxPerMonth !== null && (await this.requests.countThisMonth(m, alumnusId, terms.timeZone)) >= terms.maxPerMonth) {
      throw new ContactError('contact_cap_reached', 'This alumnus accepts no more contact requests this month');
    }
    const row = await this.requests
      .insert(m, {
        id,
        orgId,
        alumnusId,
        associationId: visibility.associationId!,
        jobTitle: dto.jobTitle,
        message: dto.message,
        salaryMinMinor: dto.salaryMinMinor ?? null,
        salaryMaxMinor: dto.salaryMaxMinor ?? null,
        currency: dto.currency ?? null,
        credits: terms.contactPriceCredits,
        ttlDays: this.config.contactRequestTtlDays,
      })
      .catch((error) => {
        if (isUniqueViolation(error, 'uq_contact_requests_open')) {
          throw new ContactError('contact_request_open', 'Your organisation already has an open contact request to this alumnus');
        }
        throw error;
      });
    const held = await this.wallet.hold(m, {
      orgId,
      credits: terms.contactPriceCredits,
      reference: holdReference(id),
      idempotencyKey: `contact-hold:${id}`,
    });
    await this.access.recordAccess(orgId, alumnusId, 'contact_request', m, holdReference(id));
    await this.mails.received(m, id);
    return {
      contactRequest: ContactRequestResponseDto.from(row),
      creditsHeld: held.credits,
      balance: held.balance,
      heldCredits: held.heldCredits,
    };
  }

  async listForOrg(principal: RecruiterPrincipal, query: PageQueryDto): Promise<Page<ContactRequestResponseDto>> {
    const rows = await this.requests.pageForOrg(principal.orgId, query.limit, createdAtCursor(query.cursor));
    return toPage(rows, query.limit, (r) => createdAtCursorOf(r), ContactRequestResponseDto.from);
  }

  async listForAlumnus(me: AlumnusPrincipal, query: PageQueryDto): Promise<Page<MyContactRequestDto>> {
    const rows = await this.requests.pageForAlumnus(me.alumnusId, query.limit, createdAtCursor(query.cursor));
    return toPage(rows, query.limit, (r) => createdAtCursorOf(r), MyContactRequestDto.from);
  }

  /** Consumes the held credits: revenue is recognised with the association's share as of now. */
  accept(me: AlumnusPrincipal, id: string): Promise<MyContactRequestDto> {
    return this.transition(me, id, 'accepted', async (m, row) => {
      // Consent invariant: contactable is checked again when the email is about to be shared.
      const visibility = await this.visibility.forAlumnus(row.orgId, me.alumnusId, m, { lock: true });
      if (!visibility.contactable) {
        throw new ContactError('not_contactable', 'Contact consent is not given (or the org is blocked): the request cannot be accepted');
      }
      const terms = (await this.requests.terms(m, me.alumnusId))!;
      await this.wallet.consumeHeld(m, {
        orgId: row.orgId,
        reference: holdReference(row.id),
        idempotencyKey: `contact-accept:${row.id}`,
        associationId: row.associationId,
        revenueShareBps: terms.revenueShareBps,
        kind: 'contact',
        attribution: { program: terms.program, graduationYear: terms.graduationYear },
      });
    });
  }

  decline(me: AlumnusPrincipal, id: string): Promise<MyContactRequestDto> {
    return this.transition(me, id, 'declined', (m, row) => this.release(m, row));
  }

  /**
   * Transitions `open` → `target` under the request's row lock. Repeating the same transition
   * answers the current state (idempotent); any other settled state is 409.
   */
  private async transition(
    me: AlumnusPrincipal,
    id: string,
    target: 'accepted' | 'declined',
    effect: (m: EntityManager, row: ContactRequestRow) => Promise<void>,
  ): Promise<MyContactRequestDto> {
    return this.dataSource.transaction(async (m) => {
      const row = await this.requests.lockForAlumnus(m, id, me.alumnusId);
      if (!row) throw new NotFoundError('Contact request');
      if (row.status === 'open' && !row.isPastExpiry) {
        await effect(m, row);
        await this.requests.setStatus(m, row.id, target);
        await this.recordSettled(m, row, target);
      } else if (row.status !== target) {
        const state = row.status === 'open' ? 'expired' : row.status;
        throw new ContactError('contact_request_not_open', `The contact request is already ${state}`);
      }
      return MyContactRequestDto.from((await this.requests.findForAlumnus(m, id, me.alumnusId))!);
    });
  }

  /** The org's integration event and its members' mails for a settled request, in the settling transaction. */
  private async recordSettled(m: EntityManager, row: ContactRequestRow, status: 'accepted' | 'declined' | 'expired'): Promise<void> {
    const ids = { contactRequestId: row.id, alumnusId: row.alumnusId };
    await this.mails.decided(m, row.id, status);
    await this.events.record(m, [
      status === 'accepted'
        ? { type: 'contact_request.accepted', to: { orgId: row.orgId }, data: ids }
        : { type: `contact_request.${status}`, to: { orgId: row.orgId }, data: { ...ids, creditsReleased: row.credits } },
    ]);
  }

  private async release(m: EntityManager, row: ContactRequestRow): Promise<void> {
    await this.wallet.releaseHeld(m, { orgId: row.orgId, reference: holdReference(row.id), idempotencyKey: `contact-release:${row.id}` });
  }

  /**
   * The scheduled job: releases the credits of open requests past their expiry. A request being
   * accepted or declined right now is skipped (SKIP LOCKED) and, if still open, taken next run.
   */
  async expireDue(batch = 100): Promise<number> {
    let expired = 0;
    for (;;) {
      const ids = await this.requests.dueForExpiry(batch);
      let progressed = 0;
      for (const id of ids) {
        const done = await this.dataSource.transaction(async (m) => {
          const row = await this.requests.lockExpirable(m, id);
          if (!row) return false;
          await this.release(m, row);
          await this.requests.setStatus(m, row.id, 'expired');
          await this.recordSettled(m, row, 'expired');
          return true;
        });
        if (done) {
          expired++;
          progressed++;
        }
      }
      if (ids.length < batch || progressed === 0) break;
    }
    if (expired > 0) this.logger.log(`expired ${expired} contact request(s)`);
    return expired;
  }
}
