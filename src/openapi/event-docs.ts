import type { OpenAPIObject } from '@nestjs/swagger';
import { EVENT_API_VERSION, EVENT_CATALOG, EVENT_TYPES, EventType } from '../events/event-catalog';

type Json = Record<string, unknown>;

const EXAMPLE_EVENT_ID = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const EXAMPLE_TIMESTAMP = '2026-12-05T10:00:00.000Z';

export function eventSchemaName(type: EventType | 'ping'): string {
  return `${type.replace(/(^|[._])([a-z])/g, (_, __, c: string) => c.toUpperCase())}Event`;
}

/**
 * The webhook events, from EVENT_CATALOG: one schema per type (the envelope with its `data`)
 * under components, and one `x-webhooks` entry per type describing the signed POST a subscribed
 * endpoint receives. (`x-webhooks` is the OpenAPI 3.0 form of 3.1's `webhooks`.)
 */
export function describeEvents(document: OpenAPIObject): OpenAPIObject {
  const schemas: Record<string, Json> = {};
  const webhooks: Record<string, Json> = {};
  const all: Array<[EventType | 'ping', { audience: string; description: string; data: Json }]> = [
    ...EVENT_TYPES.map((type) => [type, EVENT_CATALOG[type]] as [EventType, (typeof EVENT_CATALOG)[EventType]]),
    [
      'ping',
      {
        audience: 'recruiter, association',
        description: 'Sent by POST /v1/webhook-endpoints/{id}/test to check an endpoint; never sent otherwise.',
        data: {
          type: 'object',
          required: ['endpointId'],
          properties: { endpointId: { type: 'string', format: 'uuid', description: 'The endpoint tested.' } },
          example: { endpointId: '8e7d6c5b-4a39-4281-9f0e-d1c2b3a49586' },
        },
      },
    ],
  ];
  for (const [type, entry] of all) {
    const name = eventSchemaName(type);
    const { example: dataExample, ...data } = entry.data as Json & { example?: unknown };
    schemas[name] = {
      type: 'object',
      description: entry.description,
      additionalProperties: false,
      required: ['id', 'type', 'apiVersion', 'timestamp', 'data'],
      properties: {
        id: { type: 'string', format: 'uuid', description: 'The event id, also sent as the `webhook-id` header: deduplicate on it.' },
        type: { type: 'string', enum: [type] },
        apiVersion: { type: 'string', enum: [EVENT_API_VERSION], description: 'Version of the payload schema.' },
        timestamp: { type: 'string', format: 'date-time', description: 'When the change happened.' },
        data: data,
      },
      example: { id: EXAMPLE_EVENT_ID, type, apiVersion: EVENT_API_VERSION, timestamp: EXAMPLE_TIMESTAMP, data: dataExample },
    };
    webhooks[type] = {
      post: {
        operationId: `webhook_${type.replace('.', '_')}`,
        summary: `Event \`${type}\``,
        description: `${entry.description}\n\n**Sent to:** ${entry.audience} webhook endpoints subscribed to \`${type}\`${type === 'ping' ? '' : ', and listed by GET /v1/events'}.`,
        tags: ['webhook events'],
        security: [],
        parameters: [
          {
            name: 'webhook-id',
            in: 'header',
            required: true,
            description: 'The event id; the same on every retry.',
            schema: { type: 'string' },
          },
          {
            name: 'webhook-timestamp',
            in: 'header',
            required: true,
            description: 'Unix seconds of this attempt; refuse values more than 5 minutes off.',
            schema: { type: 'string' },
          },
          {
            name: 'webhook-signature',
            in: 'header',
            required: true,
            description:
              'Standard Webhooks signature(s): space-separated `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, one per active secret during a rotation. Verify with the `standardwebhooks` library and the endpoint\'s `whsec_…` secret.',
            schema: { type: 'string' },
          },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } },
        responses: {
          '200': { description: 'Any 2xx status acknowledges the delivery.' },
          '400': {
            description: 'Any other status, or no answer within the timeout, fails the attempt: it is retried on the backoff schedule.',
          },
        },
      },
    };
  }
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...schemas } };
  (document as OpenAPIObject & { 'x-webhooks': Json })['x-webhooks'] = webhooks;
  return document;
}
