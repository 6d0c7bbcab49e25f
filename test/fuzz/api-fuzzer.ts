import fc from 'fast-check';
import { bodyFor, nastyString, OpenApiDocument, Operation, queryValueFor } from './openapi-arbitraries';
import { FuzzWorld } from './world';
import { TestApp } from '../support/test-app';

export interface FuzzCase {
  method: string;
  path: string;
  credential: string;
  status: number;
}

export interface FuzzResult {
  cases: number;
  statuses: Record<string, number>;
}

interface Target {
  method: string;
  template: string;
  operation: Operation;
}

function targetsOf(doc: OpenApiDocument): Target[] {
  const targets: Target[] = [];
  for (const [template, ops] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(ops)) targets.push({ method: method.toUpperCase(), template, operation });
  }
  return targets;
}

/**
 * Drives every documented operation with generated parameters, bodies and credentials and
 * checks the promises every response must keep:
 * - never a 5xx;
 * - every 4xx is problem+json with a `code` and a matching `status`;
 * - a caller of tenant A never receives an identifier or marker that belongs to tenant B.
 * Throws (through fast-check, with a shrunk counterexample) on the first broken promise.
 */
export async function fuzzApi(t: TestApp, doc: OpenApiDocument, world: FuzzWorld, numRuns: number, seed?: number): Promise<FuzzResult> {
  const targets = targetsOf(doc);
  const statuses: Record<string, number> = {};
  let cases = 0;

  const request = fc.record({
    target: fc.constantFrom(...targets),
    credential: fc.constantFrom(...world.credentials),
    pathPick: fc.array(fc.oneof(fc.constantFrom(...world.pathValues), nastyString()), { minLength: 4, maxLength: 4 }),
    queryPick: fc.array(fc.tuple(fc.boolean(), fc.string()), { minLength: 12, maxLength: 12 }),
    seedBody: fc.integer(),
    sendJunkHeader: fc.boolean(),
  });

  await fc.assert(
    fc.asyncProperty(request, async ({ target, credential, pathPick, queryPick, seedBody, sendJunkHeader }) => {
      let i = 0;
      const path = target.template.replace(/\{[^}]+\}/g, () => encodeURIComponent(String(pathPick[i++ % pathPick.length]).slice(0, 400)));
      const query: Record<string, string> = {};
      (target.operation.parameters ?? [])
        .filter((p) => p.in === 'query')
        .forEach((p, k) => {
          const [include] = queryPick[k % queryPick.length];
          if (include) query[p.name] = fc.sample(queryValueFor(doc, p.schema), { numRuns: 1, seed: seedBody + k })[0];
        });
      const bodySchema = target.operation.requestBody?.content['application/json']?.schema;
      const body = bodySchema ? fc.sample(bodyFor(doc, bodySchema), { numRuns: 1, seed: seedBody })[0] : undefined;

      let req = t.http()[target.method.toLowerCase() as 'get'](path).query(query);
      if (credential.token) req = req.set('authorization', `Bearer ${credential.token}`);
      if (sendJunkHeader) req = req.set('idempotency-key', 'x'.repeat(300));
      const res = body === undefined ? await req : await req.set('content-type', 'application/json').send(JSON.stringify(body) ?? 'null');
      cases++;
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;

      const where = `${target.method} ${path} as ${credential.name} → ${res.status}`;
      if (res.status >= 500) throw new Error(`5xx: ${where}: ${res.text.slice(0, 500)}`);
      if (res.status >= 400) {
        if (!/^application\/problem\+json/.test(String(res.headers['content-type']))) throw new Error(`not problem+json: ${where}`);
        if (res.body.status !== res.status || typeof res.body.code !== 'string') throw new Error(`malformed problem: ${where}: ${res.text}`);
      }
      if (credential.tenant === 'A') {
        const text = res.text ?? '';
        // Echoing what the caller sent (a path parameter in an error) reveals nothing new.
        const sent = decodeURIComponent(path) + JSON.stringify(query) + JSON.stringify(body ?? null);
        for (const marker of world.tenantBMarkers.filter((m) => !sent.includes(m))) {
          if (text.includes(marker)) throw new Error(`tenant leak: ${where} contains tenant B's ${marker}`);
        }
      }
      for (const secret of world.secretsNeverEchoed) {
        if ((res.text ?? '').includes(secret)) throw new Error(`secret echoed: ${where}`);
      }
    }),
    { numRuns, seed, endOnFailure: true, includeErrorInReport: true, interruptAfterTimeLimit: 20 * 60_000 },
  );
  return { cases, statuses };
}
