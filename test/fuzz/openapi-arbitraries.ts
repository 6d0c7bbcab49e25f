import fc, { Arbitrary } from 'fast-check';

/** The subset of OpenAPI 3 schema objects that @nestjs/swagger emits for our DTOs. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  nullable?: boolean;
  allOf?: Schema[];
  oneOf?: Schema[];
  additionalProperties?: boolean | Schema;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  operationId?: string;
  parameters?: Array<{ name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema?: Schema }>;
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
  security?: unknown[];
}

/** Errors of the HTTP layer, documented once in the introduction rather than per operation. */
export const HTTP_LAYER_CODES = ['malformed_request', 'request_timeout', 'headers_too_large', 'method_not_allowed'];

/** The problem codes an operation documents for a status (from its per-code problem schemas). */
export function documentedProblemCodes(doc: OpenApiDocument, operation: Operation, status: number): string[] {
  const schema = operation.responses?.[String(status)]?.content?.['application/problem+json']?.schema;
  const refs = schema?.oneOf ?? (schema ? [schema] : []);
  return refs.flatMap((ref) => {
    const named = doc.components?.schemas?.[String(ref.$ref).replace('#/components/schemas/', '')];
    return (named?.allOf?.[1]?.properties?.code?.enum ?? []) as string[];
  });
}

/** Strings that have broken parsers, SQL and shells elsewhere. */
const NASTY_STRINGS = [
  '',
  ' ',
  "' OR 1=1 --",
  '"; DROP TABLE associations; --',
  '%00',
  '\u0000',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  'ﷺ'.repeat(50),
  '🙂'.repeat(300),
  'a'.repeat(10_000),
  '-1',
  '1e309',
  'NaN',
  'null',
  '{"$ne":null}',
  '\\',
  '\\"',
];

/**
 * Text that a database, a spreadsheet or a date parser chokes on, to be placed inside otherwise
 * valid fields: control characters (NUL first), unpaired surrogates, formula-leading cells (with
 * the blanks spreadsheets skip), dates that do not exist or lie far out, and huge numbers.
 */
const HOSTILE_STRINGS = [
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u001b[31m\u007f',
  'line\r\nbreak\u0085\u2028',
  '\ud800',
  'x\udfffy',
  '\udbff\udbff',
  '=1+1',
  ' =HYPERLINK("http://x")',
  '\t@SUM(A1)',
  '\u00a0-2+3',
  '\r+cmd',
  '0000-01-01',
  '2026-02-30',
  '9999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00.000Z',
  '-000001-01-01T00:00:00Z',
  '1e309',
  '-9223372036854775809',
  '99999999999999999999999999',
];

export const hostileString = (): Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 10 })).map(([a, b, c]) => a + b + c),
    fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 8 }),
  );

const HUGE_NUMBERS = [2 ** 53, -(2 ** 53) - 2, 2 ** 63, 1e21, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, -0];
export const hugeNumber = (): Arbitrary<number> => fc.constantFrom(...HUGE_NUMBERS);

const FAR_DATES = [
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00.000Z',
  '-000001-01-01T00:00:00Z',
  '2026-02-30T00:00:00Z',
];

export const nastyString = (): Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...NASTY_STRINGS),
    hostileString(),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ maxLength: 300 }),
  );

export const anyJson = (): Arbitrary<unknown> =>
  fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    nastyString(),
    fc.array(fc.oneof(fc.integer(), nastyString()), { maxLength: 5 }),
    fc.dictionary(nastyString(), fc.oneof(fc.integer(), nastyString()), { maxKeys: 4 }),
  );

export function resolve(doc: OpenApiDocument, schema: Schema): Schema {
  let current = schema;
  for (let i = 0; current.$ref && i < 10; i++) {
    const name = current.$ref.replace('#/components/schemas/', '');
    current = doc.components?.schemas?.[name] ?? {};
  }
  if (current.allOf?.length) return current.allOf.map((s) => resolve(doc, s)).reduce((a, b) => ({ ...a, ...b }), {});
  return current;
}

/** Values that satisfy the schema's declared shape (the server may still refuse them on rules). */
export function validValue(doc: OpenApiDocument, raw: Schema, depth = 0): Arbitrary<unknown> {
  const schema = resolve(doc, raw);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'date-time') {
        return fc.oneof(
          {
            weight: 5,
            arbitrary: fc
              .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
              .map((d) => d.toISOString()),
          },
          { weight: 1, arbitrary: fc.constantFrom(...FAR_DATES) },
        );
      }
      return fc.oneof(
        { weight: 5, arbitrary: fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 200) }) },
        { weight: 1, arbitrary: hostileString() },
      );
    case 'integer':
      return fc.oneof(
        {
          weight: 8,
          arbitrary: fc.integer({ min: schema.minimum ?? -1000, max: Math.min(schema.maximum ?? 100_000, Number.MAX_SAFE_INTEGER) }),
        },
        { weight: 1, arbitrary: hugeNumber() },
      );
    case 'number':
      return fc.oneof(
        { weight: 8, arbitrary: fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true }) },
        { weight: 1, arbitrary: hugeNumber() },
      );
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(schema.items && depth < 4 ? validValue(doc, schema.items, depth + 1) : anyJson(), { maxLength: 5 });
    case 'object':
    default: {
      if (!schema.properties || depth >= 4) return fc.constant({});
      const required = new Set(schema.required ?? []);
      const entries = Object.entries(schema.properties).map(([k, s]) => [k, validValue(doc, s, depth + 1)] as const);
      return fc.record(Object.fromEntries(entries), { requiredKeys: [...required].filter((k) => k in schema.properties!) });
    }
  }
}

/** A body that is valid, slightly wrong (one field broken or added), or anything at all. */
export function bodyFor(doc: OpenApiDocument, schema: Schema): Arbitrary<unknown> {
  const valid = validValue(doc, schema);
  const broken = fc
    .tuple(valid, nastyString(), anyJson())
    .map(([value, key, junk]) => (value && typeof value === 'object' && !Array.isArray(value) ? { ...value, [key || 'x']: junk } : junk));
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: broken }, { weight: 1, arbitrary: anyJson() });
}

export function queryValueFor(doc: OpenApiDocument, schema: Schema | undefined): Arbitrary<string> {
  const valid = schema ? validValue(doc, schema).map((v) => (typeof v === 'string' ? v : JSON.stringify(v))) : fc.string();
  const farDate = fc.constantFrom('0000-01-01', '0001-01-01', '9999-12-31', '2026-02-30', '+275760-09-13', '2026-13-01');
  return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 2, arbitrary: nastyString() }, { weight: 1, arbitrary: farDate });
}

/** What goes on the wire: a JSON value, or raw bytes that are not a JSON value at all. */
export type WireBody = { json: unknown } | { raw: Buffer; contentType: string };

/**
 * Bodies that must be refused before anything parses them into objects: nesting far past any
 * DTO's depth (up to the depth that overflowed class-transformer), and invalid UTF-8 (overlong
 * forms, encoded surrogates, stray continuation bytes) inside an otherwise valid body.
 */
export function wireBodyFor(doc: OpenApiDocument, schema: Schema, csv: boolean): Arbitrary<WireBody> {
  const json = bodyFor(doc, schema).map((value) => ({ json: value }) as WireBody);
  const deep = fc
    .tuple(fc.constantFrom(17, 40, 300, 3000, 20_000), fc.constantFrom('[', '{"a":'), bodyFor(doc, schema))
    .map(([depth, open, inner]) => {
      const close = open === '[' ? ']' : '}';
      return {
        raw: Buffer.from(`${open.repeat(depth)}${JSON.stringify(inner) ?? 'null'}${close.repeat(depth)}`),
        contentType: 'application/json',
      } as WireBody;
    });
  const badBytes = fc.constantFrom([0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]);
  const invalidUtf8 = fc.tuple(validValue(doc, schema), badBytes, fc.nat()).map(([value, bytes, at]) => {
    const text = Buffer.from(JSON.stringify(value) ?? '"x"');
    // Inside a string literal when there is one, so only the encoding is wrong.
    const quote = text.indexOf(0x22);
    const cut = quote >= 0 ? quote + 1 : at % (text.length + 1);
    return {
      raw: Buffer.concat([text.subarray(0, cut), Buffer.from(bytes), text.subarray(cut)]),
      contentType: 'application/json',
    } as WireBody;
  });
  const csvBody = fc
    .array(fc.tuple(fc.string({ maxLength: 12 }), hostileString(), fc.integer({ min: 1950, max: 2030 })), { minLength: 1, maxLength: 4 })
    .map((rows) => {
      const cell = (v: string) => `"${v.replace(/"/g, '""')}"`;
      const lines = rows.map(([id, hostile, year]) =>
        [cell(`csv-${id}`), cell(hostile), 'Durand', cell(`${id.length}x@alumni.example`), String(year), cell(hostile)].join(','),
      );
      return {
        raw: Buffer.from(['externalId,firstName,lastName,email,graduationYear,program', ...lines].join('\r\n')),
        contentType: 'text/csv',
      } as WireBody;
    });
  return fc.oneof(
    { weight: 12, arbitrary: json },
    { weight: 1, arbitrary: deep },
    { weight: 1, arbitrary: invalidUtf8 },
    ...(csv ? [{ weight: 2, arbitrary: csvBody }] : []),
  );
}
