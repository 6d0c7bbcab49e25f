/**
 * The integration event catalog, defined once: every event type, who receives it, and the JSON
 * schema of its `data`. The OpenAPI document, the webhook subscription validation, the docs and
 * EventsService.record are all derived from this object.
 *
 * Privacy rule: an event must not tell its receiver more than the receiver may read through its
 * own API access, because webhooks and the event feed leave the platform and outlive a consent.
 * So `data` carries ids and facts, never a name, email or phone; erasure and withdrawal events
 * only say which alumnus (by id) the receiver must delete.
 */
export const EVENT_API_VERSION = '2026-12-05';

/** The PostgreSQL notification channel told, at commit, that webhook deliveries were queued. */
export const WEBHOOK_DELIVERIES_CHANNEL = 'webhook_deliveries';

export type EventAudience = 'recruiter' | 'association';

type JsonSchema = Record<string, unknown>;

const uuid = (description: string): JsonSchema => ({ type: 'string', format: 'uuid', description });
const int = (description: string): JsonSchema => ({ type: 'integer', description });
const dateTime = (description: string): JsonSchema => ({ type: 'string', format: 'date-time', description });

function object(properties: Record<string, JsonSchema>, example: Record<string, unknown>): JsonSchema {
  return { type: 'object', additionalProperties: false, required: Object.keys(properties), properties, example };
}

const DELETE_ACTION: JsonSchema = {
  type: 'string',
  enum: ['delete_unlocked_data'],
  description: 'What the receiver must do: delete every copy of the unlocked profile of this alumnus.',
};

export const EVENT_CATALOG = {
  'profile.unlocked': {
    audience: 'recruiter',
    description: 'The org unlocked a full profile (first unlock only; repeated unlocks are free and emit nothing).',
    data: object(
      {
        unlockId: uuid('The unlock, readable at GET /v1/unlocks.'),
        alumnusId: uuid('The alumnus; read the profile at GET /v1/profiles/{alumnusId}.'),
        associationId: uuid("The alumnus's association."),
        creditsCharged: int('Credits charged for the unlock.'),
      },
      {
        unlockId: '0f8e2c1a-3b7d-4c59-9a1e-5d6f7a8b9c0d',
        alumnusId: '5b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
        associationId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        creditsCharged: 1,
      },
    ),
  },
  'contact_request.accepted': {
    audience: 'recruiter',
    description: 'The alumnus accepted a contact request; the held credits were consumed and the email is now readable through the API.',
    data: object(
      { contactRequestId: uuid('The contact request, readable at GET /v1/contact-requests.'), alumnusId: uuid('The alumnus.') },
      { contactRequestId: '7c6b5a49-3827-4165-9f0e-1d2c3b4a5968', alumnusId: '5b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f' },
    ),
  },
  'contact_request.declined': {
    audience: 'recruiter',
    description: 'The alumnus declined a contact request; the held credits returned to the wallet.',
    data: object(
      {
        contactRequestId: uuid('The contact request.'),
        alumnusId: uuid('The alumnus.'),
        creditsReleased: int('Credits returned to the wallet.'),
      },
      { contactRequestId: '7c6b5a49-3827-4165-9f0e-1d2c3b4a5968', alumnusId: '5b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', creditsReleased: 2 },
    ),
  },
  'contact_request.expired': {
    audience: 'recruiter',
    description: 'A contact request got no answer in time; the held credits returned to the wallet.',
    data: object(
      {
        contactRequestId: uuid('The contact request.'),
        alumnusId: uuid('The alumnus.'),
        creditsReleased: int('Credits returned to the wallet.'),
      },
      { contactRequestId: '7c6b5a49-3827-4165-9f0e-1d2c3b4a5968', alumnusId: '5b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', creditsReleased: 2 },
    ),
  },
  'alumnus.consent_withdrawn': {
    audience: 'recruiter',
    description:
      'An alumnus whose profile this org unlocked withdrew the consent to full-profile access. Sent to every org that unlocked the person and to no other. Delete the unlocked data.',
    data: object(
      {
        alumnusId: uuid('The alumnus whose unlocked data must be deleted.'),
        unlockId: uuid("This org's unlock of that alumnus."),
        action: DELETE_ACTION,
      },
      {
        alumnusId: '5b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
        unlockId: '0f8e2c1a-3b7d-4c59-9a1e-5d6f7a8b9c0d',
        action: 'delete_unlocked_data',
      },
    ),
  },
  'alumnus.erased': {
    audience: 'recruiter',
    description:
      'An alumnus whose profile this org unlocked had their personal data erased. Sent to every org that unlocked the person and to no other. Delete the unlocked data.',
    data: object(
      {
        alumnusId: uuid('The alumnus whose unlocked data must be deleted.'),
        unlockId: uuid("This org's unlock of that alumnus."),
        action: DELETE_ACTION,
      },
      {
        alumnusId: '5b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
        unlockId: '0f8e2c1a-3b7d-4c59-9a1e-5d6f7a8b9c0d',
        action: 'delete_unlocked_data',
      },
    ),
  },
  'credits.purchased': {
    audience: 'recruiter',
    description: 'A credit purchase was paid and its credits added to the wallet.',
    data: object(
      {
        purchaseId: uuid('The purchase.'),
        credits: int('Credits added to the wallet.'),
        expiresAt: { type: 'string', format: 'date-time', nullable: true, description: 'When the credits expire.' },
      },
      { purchaseId: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a', credits: 50, expiresAt: '2027-12-05T10:00:00.000Z' },
    ),
  },
  'credits.expiring': {
    audience: 'recruiter',
    description: 'Credits of a lot expire within 7 days. Sent once per lot.',
    data: object(
      {
        lotId: uuid('The credit lot, listed at GET /v1/wallet.'),
        credits: int('Credits of the lot still available.'),
        expiresAt: dateTime('When they expire.'),
      },
      { lotId: '3e4f5a6b-7c8d-4e9f-0a1b-2c3d4e5f6a7b', credits: 12, expiresAt: '2026-12-12T10:00:00.000Z' },
    ),
  },
  'wallet.frozen': {
    audience: 'recruiter',
    description: 'The wallet was frozen because a payment was disputed; unlocks and contact requests are refused until the dispute closes.',
    data: object({ purchaseId: uuid('The disputed purchase.') }, { purchaseId: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a' }),
  },
  'access_request.created': {
    audience: 'association',
    description: "A recruiter org asked for access to the association's alumni.",
    data: object(
      { accessRequestId: uuid('The request, readable at GET /v1/associations/{id}/access-requests.'), orgId: uuid('The requesting org.') },
      { accessRequestId: '4f5a6b7c-8d9e-4f0a-1b2c-3d4e5f6a7b8c', orgId: '6b7c8d9e-0f1a-4b2c-3d4e-5f6a7b8c9d0e' },
    ),
  },
  'import.completed': {
    audience: 'association',
    description: 'An alumni import finished.',
    data: object(
      {
        created: int('Alumni created.'),
        updated: int('Alumni updated.'),
        unchanged: int('Rows that changed nothing.'),
        failed: int('Rows refused.'),
      },
      { created: 120, updated: 3, unchanged: 877, failed: 2 },
    ),
  },
  'payout.paid': {
    audience: 'association',
    description: "A payout was transferred to the association's connected account.",
    data: object(
      {
        payoutId: uuid('The payout, listed at GET /v1/associations/{id}/payouts.'),
        amountMinor: int('Amount, in minor units.'),
        currency: { type: 'string', description: 'ISO 4217, lower case.' },
      },
      { payoutId: '5a6b7c8d-9e0f-4a1b-2c3d-4e5f6a7b8c9d', amountMinor: 123456, currency: 'eur' },
    ),
  },
  'alumnus.consent_changed': {
    audience: 'association',
    description: 'An alumnus of the association changed their consent.',
    data: object(
      {
        alumnusId: uuid('The alumnus, readable at GET /v1/associations/{id}/alumni/{alumnusId}.'),
        searchable: { type: 'boolean' },
        unlockable: { type: 'boolean' },
        contactable: { type: 'boolean' },
      },
      { alumnusId: '5b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', searchable: true, unlockable: false, contactable: false },
    ),
  },
} as const satisfies Record<string, { audience: EventAudience; description: string; data: JsonSchema }>;

export type EventType = keyof typeof EVENT_CATALOG;
export const EVENT_TYPES = Object.keys(EVENT_CATALOG).sort() as EventType[];

export function eventTypesFor(audience: EventAudience): EventType[] {
  return EVENT_TYPES.filter((type) => EVENT_CATALOG[type].audience === audience);
}

export function isEventType(value: string): value is EventType {
  return Object.prototype.hasOwnProperty.call(EVENT_CATALOG, value);
}

/** The `data` of each event type, as TypeScript sees it (kept in step with the schemas above). */
export interface EventDataMap {
  'profile.unlocked': { unlockId: string; alumnusId: string; associationId: string; creditsCharged: number };
  'contact_request.accepted': { contactRequestId: string; alumnusId: string };
  'contact_request.declined': { contactRequestId: string; alumnusId: string; creditsReleased: number };
  'contact_request.expired': { contactRequestId: string; alumnusId: string; creditsReleased: number };
  'alumnus.consent_withdrawn': { alumnusId: string; unlockId: string; action: 'delete_unlocked_data' };
  'alumnus.erased': { alumnusId: string; unlockId: string; action: 'delete_unlocked_data' };
  'credits.purchased': { purchaseId: string; credits: number; expiresAt: string | null };
  'credits.expiring': { lotId: string; credits: number; expiresAt: string };
  'wallet.frozen': { purchaseId: string };
  'access_request.created': { accessRequestId: string; orgId: string };
  'import.completed': { created: number; updated: number; unchanged: number; failed: number };
  'payout.paid': { payoutId: string; amountMinor: number; currency: string };
  'alumnus.consent_changed': { alumnusId: string; searchable: boolean; unlockable: boolean; contactable: boolean };
}

/** The envelope sent as a webhook body and returned by the event feed. */
export interface EventEnvelope {
  id: string;
  type: EventType | 'ping';
  apiVersion: string;
  timestamp: string;
  data: Record<string, unknown>;
}
