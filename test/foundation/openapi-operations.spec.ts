import { listRoutes, RouteInfo } from '../../src/auth/route-rules';
import { ERROR_CATALOG } from '../../src/common/error-catalog';
import { EVENT_CATALOG, EVENT_TYPES } from '../../src/events/event-catalog';
import { operationIdFor } from '../../src/openapi/operation-docs';
import { documentedProblemCodes, HTTP_LAYER_CODES, OpenApiDocument, Operation } from '../fuzz/openapi-arbitraries';
import { createTestApp, TestApp } from '../support/test-app';

interface DocumentedOperation extends Operation {
  summary?: string;
  description?: string;
  security?: Array<Record<string, string[]>>;
  'x-required-scopes'?: string[];
  'x-principal-kinds'?: string[];
}

type Document = OpenApiDocument & {
  paths: Record<string, Record<string, DocumentedOperation>>;
  components: { schemas: Record<string, Record<string, unknown>>; securitySchemes: Record<string, Record<string, unknown>> };
  'x-webhooks': Record<string, { post: { requestBody: { content: Record<string, { schema: { $ref: string } }> } } }>;
};

/** Routes deliberately left out of the document (@ApiExcludeController), with the reason. */
const UNDOCUMENTED = new Set([
  // Prometheus scrapes it with its own token; it is not part of the client API.
  'GET /metrics',
]);

/**
 * The OpenAPI document is what integrators generate clients from: every operation must say what
 * it does, which errors it answers with (by `code`) and who may call it, and the scopes it lists
 * must be the ones the AuthGuard enforces.
 */
describe('OpenAPI operations', () => {
  let t: TestApp;
  let doc: Document;
  let operations: Array<{ name: string; operation: DocumentedOperation; route: RouteInfo }>;

  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.http().get('/openapi.json').expect(200)).body;
    const routes = new Map(listRoutes(t.app).map((r) => [operationIdFor(r.controller, r.handler), r]));
    operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => {
        const route = routes.get(operation.operationId ?? '');
        if (!route) throw new Error(`${method.toUpperCase()} ${path}: no route behind operation ${operation.operationId}`);
        return { name: `${method.toUpperCase()} ${path}`, operation, route };
      }),
    );
  });
  afterAll(() => t.close());

  it('documents every route but the excluded ones', () => {
    const documented = new Set(operations.map((o) => `${o.route.method} ${o.route.path}`));
    const missing = listRoutes(t.app)
      .map((r) => `${r.method} ${r.path}`)
      .filter((r) => !documented.has(r) && !UNDOCUMENTED.has(r));
    expect(missing).toEqual([]);
    expect(operations.length).toBeGreaterThan(90);
  });

  it('gives every operation a summary and a description of its own', () => {
    const lacking = operations
      .filter(({ operation }) => !operation.summary?.trim() || !operation.description || operation.description.startsWith('**Access:**'))
      .map((o) => o.name);
    expect(lacking).toEqual([]);
  });

  it('lists on every operation the scopes and principal kinds the AuthGuard enforces', () => {
    const drift = operations
      .map(({ name, operation, route }) => {
        const rule = route.rule!;
        return {
          name,
          scopes: operation['x-required-scopes'],
          kinds: operation['x-principal-kinds'],
          expected: { scopes: rule.public ? [] : [...rule.scopes], kinds: rule.public ? [] : [...rule.kinds] },
        };
      })
      .filter((o) => JSON.stringify({ scopes: o.scopes, kinds: o.kinds }) !== JSON.stringify(o.expected));
    expect(drift).toEqual([]);
  });

  it('declares public operations as such and the others with the schemes their principal kinds use', () => {
    for (const { name, operation, route } of operations) {
      const schemes = (operation.security ?? []).flatMap((requirement) => Object.keys(requirement)).sort();
      const rule = route.rule!;
      const expected = rule.public
        ? []
        : [
            ...(rule.kinds.some((k) => k !== 'alumnus') ? ['apiKey'] : []),
            ...(rule.kinds.includes('alumnus') ? ['alumnusSession'] : []),
            ...(rule.kinds.some((k) => k !== 'admin') ? ['sessionCookie'] : []),
          ].sort();
      expect({ name, schemes }).toEqual({ name, schemes: expected });
    }
  });

  it('gives every operation problem+json responses whose codes are in the catalog under their status', () => {
    for (const { name, operation, route } of operations) {
      const statuses = Object.keys(operation.responses ?? {}).filter((s) => Number(s) >= 400);
      const codes = statuses.flatMap((s) => documentedProblemCodes(doc, operation, Number(s)).map((code) => ({ status: Number(s), code })));
      expect({ name, documented: codes.length > 0 }).toEqual({ name, documented: true });
      for (const { status, code } of codes) {
        expect({ name, code, status }).toEqual({ name, code, status: ERROR_CATALOG[code as keyof typeof ERROR_CATALOG]?.status });
      }
      const all = codes.map((c) => c.code);
      expect(all).toContain('internal_error');
      if (!route.rule!.public)
        expect({ name, codes: all }).toEqual({ name, codes: expect.arrayContaining(['unauthenticated', 'invalid_credentials']) });
      const rule = route.rule!;
      if (!rule.public && rule.scopes.length > 0 && rule.kinds.some((k) => k === 'association' || k === 'recruiter')) {
        expect({ name, codes: all }).toEqual({ name, codes: expect.arrayContaining(['insufficient_scope']) });
      }
      if (/\{[^}]+\}/.test(name)) expect({ name, codes: all }).toEqual({ name, codes: expect.arrayContaining(['not_found']) });
      if (operation.requestBody) expect({ name, codes: all }).toEqual({ name, codes: expect.arrayContaining(['validation_failed']) });
    }
  });

  it('documents every code of the error catalog somewhere: on an operation, or as an HTTP-layer error', () => {
    const documented = new Set(
      operations.flatMap(({ operation }) =>
        Object.keys(operation.responses ?? {}).flatMap((s) => documentedProblemCodes(doc, operation, Number(s))),
      ),
    );
    // route_not_declared answers only a route that forgot its access rule, which a test forbids.
    const nowhere = Object.keys(ERROR_CATALOG).filter(
      (c) => !documented.has(c) && !HTTP_LAYER_CODES.includes(c) && c !== 'route_not_declared',
    );
    expect(nowhere).toEqual([]);
  });

  it('marks path ids checked as UUIDs with format: uuid', () => {
    const untyped = operations.flatMap(({ name, operation }) =>
      (operation.parameters ?? [])
        .filter((p) => p.in === 'path' && /(^id|Id)$/.test(p.name) && p.name !== 'keyId' && p.schema?.format !== 'uuid')
        .map((p) => `${name} ${p.name}`),
    );
    expect(untyped).toEqual([]);
  });

  it('describes keys as opaque bearer tokens, not JWTs', () => {
    for (const scheme of Object.values(doc.components.securitySchemes)) expect(scheme.bearerFormat).toBeUndefined();
    expect(String(doc.components.securitySchemes.apiKey.description)).toContain('pas_');
  });

  it('publishes every event type of the catalog with the payload schema defined there', () => {
    expect(Object.keys(doc['x-webhooks']).sort()).toEqual([...EVENT_TYPES, 'ping'].sort());
    for (const type of EVENT_TYPES) {
      const ref = doc['x-webhooks'][type].post.requestBody.content['application/json'].schema.$ref;
      const schema = doc.components.schemas[ref.replace('#/components/schemas/', '')] as {
        properties: { type: { enum: string[] }; data: Record<string, unknown> };
      };
      expect(schema.properties.type.enum).toEqual([type]);
      const { example: _example, ...data } = EVENT_CATALOG[type].data as Record<string, unknown>;
      expect(schema.properties.data).toEqual(JSON.parse(JSON.stringify(data)));
    }
  });
});
