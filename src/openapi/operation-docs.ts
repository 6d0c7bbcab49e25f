import type { OpenAPIObject } from '@nestjs/swagger';
import { ASSOCIATION_ROLE_SCOPES, RECRUITER_ROLE_SCOPES } from '../auth/member-roles';
import { RouteInfo } from '../auth/route-rules';
import { PrincipalKind, Scope } from '../auth/scopes';
import { ERROR_CATALOG, ErrorCode, problemType } from '../common/error-catalog';
import { PROBLEM_CONTENT_TYPE } from '../common/problem-details.filter';
import { problemCodes, RouteFacts, routeFacts } from './operation-problems';

type Json = Record<string, unknown>;
interface Operation extends Json {
  operationId?: string;
  description?: string;
  parameters?: Array<Json & { in?: string; name?: string; schema?: Json }>;
  requestBody?: unknown;
  responses: Record<string, Json>;
  security?: Array<Record<string, string[]>>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;
const EXAMPLE_REQUEST_ID = '2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f';

/**
 * Controllers that moved to another feature keep the operation-id prefix their operations were
 * published under: integrators' generated clients name their methods after operation ids.
 */
const PUBLISHED_PREFIXES: Readonly<Record<string, string>> = { UnlocksController: 'Profiles' };

export function operationIdFor(controller: string, handler: string): string {
  return `${PUBLISHED_PREFIXES[controller] ?? controller.replace(/Controller$/, '')}_${handler}`;
}

/**
 * Completes every operation from the route metadata the guards enforce: its problem+json
 * responses (from ERROR_CATALOG), the scopes and principal kinds it requires (`x-required-scopes`,
 * `x-principal-kinds`), who may call it in words, `format: uuid` on the ids its pipes check, and
 * the Idempotency-Key header where the route reads one.
 */
export function describeOperations(document: OpenAPIObject, routes: RouteInfo[]): OpenAPIObject {
  const byOperationId = new Map(routes.map((r) => [operationIdFor(r.controller, r.handler), r]));
  const used = new Set<ErrorCode>();
  for (const item of Object.values(document.paths) as Array<Record<string, Operation>>) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const route = operation.operationId ? byOperationId.get(operation.operationId) : undefined;
      // A route without an access rule is refused at runtime (route_not_declared) and fails the route-rules test.
      if (!route?.rule) continue;
      const facts = routeFacts(route);
      const codes = problemCodes(route, facts, operation);
      codes.forEach((c) => used.add(c));
      addProblemResponses(operation, codes);
      markUuidParameters(operation, facts);
      if (facts.idempotencyKey) addIdempotencyHeader(operation, facts.idempotencyKey.required);
      const rule = route.rule;
      operation['x-required-scopes'] = rule.public ? [] : [...rule.scopes];
      operation['x-principal-kinds'] = rule.public ? [] : [...rule.kinds];
      if (rule.public) operation.security = [];
      operation.description = [operation.description, whoMayCall(rule, facts)].filter(Boolean).join('\n\n');
    }
  }
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...problemSchemas([...used]) } };
  return document;
}

function addProblemResponses(operation: Operation, codes: ErrorCode[]): void {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const status = ERROR_CATALOG[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, group] of [...byStatus].sort(([a], [b]) => a - b)) {
    group.sort();
    const refs = group.map((code) => ({ $ref: `#/components/schemas/${problemSchemaName(code)}` }));
    const existing = operation.responses[String(status)];
    operation.responses[String(status)] = {
      description: [existing?.description, group.map((code) => `\`${code}\`: ${ERROR_CATALOG[code].title}.`).join(' ')]
        .filter(Boolean)
        .join(' '),
      ...(status === 401
        ? { headers: { 'WWW-Authenticate': { description: 'Bearer realm="passerelle"', schema: { type: 'string' } } } }
        : {}),
      ...(status === 429
        ? { headers: { 'Retry-After': { description: 'Seconds until the window resets.', schema: { type: 'integer', minimum: 0 } } } }
        : {}),
      content: {
        [PROBLEM_CONTENT_TYPE]: {
          schema: refs.length === 1 ? refs[0] : { oneOf: refs },
        },
      },
    };
  }
}

function markUuidParameters(operation: Operation, facts: RouteFacts): void {
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in !== 'path') continue;
    if (facts.pathParams.some((p) => p.uuid && p.name === parameter.name))
      parameter.schema = { ...parameter.schema, type: 'string', format: 'uuid' };
  }
}

function addIdempotencyHeader(operation: Operation, required: boolean): void {
  const parameters = (operation.parameters ??= []);
  const description =
    'Makes the request safe to retry: the same key with the same body replays the first response; with another body it is 422 `idempotency_key_reused`. 1–255 visible ASCII characters, e.g. a UUID.';
  const existing = parameters.find((p) => p.in === 'header' && p.name?.toLowerCase() === 'idempotency-key');
  const header = { name: 'Idempotency-Key', in: 'header', required, description, schema: { type: 'string', minLength: 1, maxLength: 255 } };
  if (existing) Object.assign(existing, header);
  else parameters.push(header);
}

const KIND_WORDS: Record<PrincipalKind, string> = {
  admin: 'a platform-admin key (`pas_adm_…`)',
  association: 'an association key (`pas_asc_…`) or a member of the association signed in to the web app',
  recruiter: 'a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app',
  alumnus: 'an alumnus session (bearer `pas_ses_…` or the web-app cookie)',
};

/** The access paragraph, written from the same rule the AuthGuard enforces. */
function whoMayCall(rule: NonNullable<RouteInfo['rule']>, facts: RouteFacts): string {
  const lines: string[] = [];
  if (rule.public) lines.push('**Access:** public, no credentials.');
  else {
    lines.push(`**Access:** ${rule.kinds.map((k) => KIND_WORDS[k]).join('; or ')}.`);
    const scoped = rule.kinds.filter((k): k is 'association' | 'recruiter' => k === 'association' || k === 'recruiter');
    if (rule.scopes.length > 0 && scoped.length > 0) {
      const roles = scoped.flatMap((kind) => rolesHolding(kind, rule.scopes));
      lines.push(
        `**Scopes:** ${rule.scopes.map((s) => `\`${s}\``).join(', ')}` +
          (roles.length > 0 ? ` (member roles: ${roles.join(', ')})` : '') +
          (rule.kinds.includes('admin') ? '; a platform-admin key holds every permission.' : '.'),
      );
    }
  }
  if (facts.idempotencyKey)
    lines.push(`**Idempotent:** send an \`Idempotency-Key\` header${facts.idempotencyKey.required ? ' (required)' : ''}.`);
  if (facts.rateLimitClass) lines.push(`**Rate limit class:** \`${facts.rateLimitClass}\` (see the \`RateLimit-Policy\` response header).`);
  return lines.join('\n\n');
}

function rolesHolding(kind: 'association' | 'recruiter', scopes: readonly Scope[]): string[] {
  const table: Record<string, readonly Scope[]> = kind === 'association' ? ASSOCIATION_ROLE_SCOPES : RECRUITER_ROLE_SCOPES;
  return Object.entries(table)
    .filter(([, held]) => scopes.every((s) => held.includes(s)))
    .map(([role]) => `${kind === 'association' ? 'association' : 'org'} ${role}`);
}

export function problemSchemaName(code: ErrorCode): string {
  return `${code.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase())}Problem`;
}

function problemExample(code: ErrorCode): Json {
  const { status, title } = ERROR_CATALOG[code];
  return {
    type: problemType(code),
    title,
    status,
    detail: title,
    code,
    requestId: EXAMPLE_REQUEST_ID,
    ...(code === 'validation_failed' ? { errors: [{ field: 'limit', message: 'limit must not be greater than 100' }] } : {}),
  };
}

/** The RFC 9457 body every error has, and one schema per code narrowing `code` and `status`. */
function problemSchemas(codes: ErrorCode[]): Record<string, Json> {
  const schemas: Record<string, Json> = {
    Problem: {
      type: 'object',
      description: 'RFC 9457 problem details, served as application/problem+json.',
      required: ['type', 'title', 'status', 'code', 'requestId'],
      properties: {
        type: {
          type: 'string',
          description: 'URI reference naming the problem type: `/problems/<code with dashes>`.',
          example: '/problems/not-found',
        },
        title: { type: 'string', description: 'Short summary of the problem type (stable for a code).' },
        status: { type: 'integer', description: 'The HTTP status code.' },
        detail: { type: 'string', description: 'Explanation of this occurrence.' },
        code: { type: 'string', enum: Object.keys(ERROR_CATALOG).sort(), description: 'Stable machine code: switch on this.' },
        requestId: { type: 'string', description: 'Also in the `x-request-id` header; quote it when reporting a problem.' },
        errors: {
          type: 'array',
          description: 'Field-level failures (`validation_failed`).',
          items: {
            type: 'object',
            required: ['field', 'message'],
            properties: { field: { type: 'string' }, message: { type: 'string' } },
          },
        },
      },
      additionalProperties: true,
    },
  };
  for (const code of codes.sort()) {
    const { status, title } = ERROR_CATALOG[code];
    schemas[problemSchemaName(code)] = {
      description: `${title}.`,
      example: problemExample(code),
      allOf: [
        { $ref: '#/components/schemas/Problem' },
        {
          type: 'object',
          required: ['code', 'status'],
          properties: { code: { type: 'string', enum: [code] }, status: { type: 'integer', enum: [status] } },
        },
      ],
    };
  }
  return schemas;
}
