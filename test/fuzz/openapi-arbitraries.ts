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
  security?: unknown[];
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

export const nastyString = (): Arbitrary<string> =>
  fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ maxLength: 300 }));

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
      if (schema.format === 'date-time') return fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 200) });
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: Math.min(schema.maximum ?? 100_000, Number.MAX_SAFE_INTEGER) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
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
  return fc.oneof({ weight: 2, arbitrary: valid }, { weight: 1, arbitrary: nastyString() });
}
