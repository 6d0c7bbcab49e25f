import fc from 'fast-check';
import {
  documentedProblemCodes,
  HTTP_LAYER_CODES,
  nastyString,
  OpenApiDocument,
  Operation,
  queryValueFor,
  WireBody,
  wireBodyFor,
} from './openapi-arbitraries';
import { HAPPY_PATHS, tryGenerically } from './happy-paths';
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
  /** 2xx answers per operation ("METHOD /template"), random cases and the closing pass together. */
  successes: Record<string, number>;
  /** Writes by tenant A naming one of tenant B's ids, each refused with B's state unchanged. */
  crossTenantWrites: number;
  /** Operations neither the random cases nor the closing pass got a 2xx from ("NAME (statuses)"). */
  neverSucceeded: string[];
}

export interface FuzzOptions {
  /** Prove each operation succeeds once (the closing pass); off for partial documents. */
  requireSuccessPerOperation?: boolean;
  /** Stop drawing cases after this long (a guard against a hang; the caller then sees fewer cases). */
  timeLimitMs?: number;
}

/** Path parameters that name another party as a reference (who to block), not a resource to act on. */
const REFERENCE_PARAMS = new Set(['orgId']);

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
 * - every 4xx is problem+json with a `code` and a matching `status`, and the operation documents
 *   that code for that status in the OpenAPI document;
 * - a caller of tenant A never receives an identifier or marker that belongs to tenant B.
 * Throws (through fast-check, with a shrunk counterexample) on the first broken promise.
 */
export async function fuzzApi(
  t: TestApp,
  doc: OpenApiDocument,
  world: FuzzWorld,
  numRuns: number,
  seed?: number,
  options: FuzzOptions = {},
): Promise<FuzzResult> {
  const targets = targetsOf(doc);
  const statuses: Record<string, number> = {};
  const successes: Record<string, number> = {};
  let cases = 0;
  let crossTenantWrites = 0;
  const bIds = new Set(world.tenantBIds);

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
      let actsOnB = false;
      const path = target.template.replace(/\{([^}]+)\}/g, (_, name: string) => {
        const value = String(pathPick[i++ % pathPick.length]).slice(0, 400);
        if (bIds.has(value) && !REFERENCE_PARAMS.has(name)) actsOnB = true;
        return encodeWtf8(value);
      });
      const namesB = actsOnB || world.tenantBIds.some((id) => path.includes(id));
      const query: Record<string, string> = {};
      (target.operation.parameters ?? [])
        .filter((p) => p.in === 'query')
        .forEach((p, k) => {
          const [include] = queryPick[k % queryPick.length];
          if (include) query[p.name] = fc.sample(queryValueFor(doc, p.schema), { numRuns: 1, seed: seedBody + k })[0];
        });
      const content = target.operation.requestBody?.content;
      const bodySchema = content?.['application/json']?.schema;
      const wire: WireBody | undefined = bodySchema
        ? fc.sample(wireBodyFor(doc, bodySchema, content?.['text/csv'] !== undefined), { numRuns: 1, seed: seedBody })[0]
        : undefined;
      const body = wire && 'json' in wire ? wire.json : undefined;

      const crossWrite = credential.tenant === 'A' && namesB && !['GET', 'HEAD'].includes(target.method);
      const before = crossWrite ? await world.tenantBState() : '';
      const search = Object.entries(query)
        .map(([k, v]) => `${encodeWtf8(k)}=${encodeWtf8(v)}`)
        .join('&');
      let req = t.http()[target.method.toLowerCase() as 'get'](search ? `${path}?${search}` : path);
      if (credential.token) req = req.set('authorization', `Bearer ${credential.token}`);
      if (sendJunkHeader) req = req.set('idempotency-key', 'x'.repeat(300));
      const res =
        wire === undefined
          ? await req
          : 'raw' in wire
            ? await req
                .set('content-type', wire.contentType)
                .serialize((raw: Buffer) => raw as unknown as string)
                .send(wire.raw)
            : await req.set('content-type', 'application/json').send(JSON.stringify(wire.json) ?? 'null');
      cases++;
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      if (res.status < 300) successes[`${target.method} ${target.template}`] = (successes[`${target.method} ${target.template}`] ?? 0) + 1;

      const where = `${target.method} ${path} as ${credential.name} → ${res.status}`;
      if (res.status >= 500) throw new Error(`5xx: ${where}: ${res.text.slice(0, 500)}`);
      if (res.status >= 400) {
        if (!/^application\/problem\+json/.test(String(res.headers['content-type']))) throw new Error(`not problem+json: ${where}`);
        if (res.body.status !== res.status || typeof res.body.code !== 'string')
          throw new Error(`malformed problem: ${where}: ${res.text}`);
        const documented = documentedProblemCodes(doc, target.operation, res.status);
        if (!documented.includes(res.body.code) && !HTTP_LAYER_CODES.includes(res.body.code)) {
          throw new Error(
            `undocumented problem: ${where}: ${res.body.code}, the operation documents ${documented.join(', ') || 'nothing'}`,
          );
        }
      }
      if (credential.tenant === 'A') {
        const text = (credential.maySee ?? []).reduce((rest, value) => rest.split(value).join(''), res.text ?? '');
        // Echoing what the caller sent (a path parameter in an error) reveals nothing new.
        const sent = safeDecode(path) + JSON.stringify(query) + JSON.stringify(body ?? null);
        for (const marker of world.tenantBMarkers.filter((m) => !sent.includes(m))) {
          if (text.includes(marker)) throw new Error(`tenant leak: ${where} contains tenant B's ${marker}`);
        }
      }
      if (crossWrite) {
        crossTenantWrites++;
        if (actsOnB && res.status < 400) throw new Error(`cross-tenant write accepted: ${where}`);
        if ((await world.tenantBState()) !== before) throw new Error(`cross-tenant write changed tenant B: ${where}`);
      }
      for (const secret of world.secretsNeverEchoed) {
        if ((res.text ?? '').includes(secret)) throw new Error(`secret echoed: ${where}`);
      }
    }),
    { numRuns, seed, endOnFailure: true, includeErrorInReport: true, interruptAfterTimeLimit: options.timeLimitMs ?? 20 * 60_000 },
  );

  if (options.requireSuccessPerOperation) {
    // Operations the random cases never got through are shown to work with a prepared request.
    const missing: string[] = [];
    for (const target of targets) {
      const name = `${target.method} ${target.template}`;
      if (successes[name]) continue;
      const example = HAPPY_PATHS[name];
      const tried = example ? [(await example(t, world)).status] : await tryGenerically(t, world, target.method, target.template);
      if (tried.some((status) => status >= 500)) throw new Error(`5xx on the prepared request of ${name}: ${tried.join(', ')}`);
      if (tried.some((status) => status < 300)) successes[name] = 1;
      else missing.push(`${name} (${tried.join(', ')})`);
    }
    return { cases, statuses, successes, crossTenantWrites, neverSucceeded: missing };
  }
  return { cases, statuses, successes, crossTenantWrites, neverSucceeded: [] };
}

/**
 * Percent-encodes like encodeURIComponent, except that an unpaired surrogate (which
 * encodeURIComponent refuses) goes out as its three WTF-8 bytes: invalid UTF-8 in the URL.
 */
function encodeWtf8(value: string): string {
  let out = '';
  for (const char of value) {
    const unit = char.charCodeAt(0);
    if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else out += encodeURIComponent(char);
  }
  return out;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
