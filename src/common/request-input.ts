import { RouteConfig } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, FieldError } from './domain-error';

/** Nesting allowed in a JSON body unless the route sets its own (no DTO nests deeper than 4). */
export const DEFAULT_MAX_JSON_DEPTH = 16;

export interface RequestLimits {
  /** Largest body in bytes, checked by Fastify before the body is read. */
  bodyLimit?: number;
  /** Deepest nesting of arrays and objects in a JSON body. */
  maxDepth?: number;
  /** Keeps a JSON body's bytes as `request.rawBody`, for a signature computed over them. */
  rawBody?: boolean;
  /**
   * The handler receives a JSON body unread, as a StreamedJsonBody, instead of the parsed value
   * (for bodies too large to hold parsed); every check above still applies.
   */
  streamJson?: boolean;
}

/** Routes anyone can call without a key (magic links, sign-in) take a few fields at most. */
export const PUBLIC_BODY_LIMITS: RequestLimits = { bodyLimit: 4096, maxDepth: 4 };

/**
 * Per-route body limits, enforced before anything builds objects from the body: routes anyone
 * can call take small bodies, the alumni import large ones.
 */
export const RequestLimits = (limits: RequestLimits) => RouteConfig(limits);

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a JSON body strictly and checks its nesting before it is parsed: invalid UTF-8 would
 * otherwise become U+FFFD and be stored, and a deeply nested document overflows the stack of
 * the recursive code that later walks it (class-transformer). The scan is one pass over the
 * characters, outside string literals.
 */
export function decodeJsonBody(body: Buffer, maxDepth: number): string {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new DomainError('malformed_body', 'The body is not valid UTF-8');
  }
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) {
        throw new DomainError('body_too_deep', `The body nests arrays and objects more than ${maxDepth} levels deep`);
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return text;
}

/**
 * PostgreSQL refuses U+0000 in text and jsonb, and stores a lone surrogate as U+FFFD: both are
 * refused here for every parameter, query string and body, with the field that holds them.
 * The walk is iterative; bodies reach it already bounded in depth and size.
 */
export const MAX_TEXT_ERRORS = 20;

/** `errors` lets one walk go on over several values (the elements of a streamed array) under one cap. */
export function findInvalidText(root: unknown, rootPath: string, errors: FieldError[] = []): FieldError[] {
  if (typeof root !== 'string' && !Array.isArray(root) && !isPlainObject(root)) return errors;
  const stack: Array<[unknown, string]> = [[root, rootPath]];
  while (stack.length > 0 && errors.length < MAX_TEXT_ERRORS) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      const message = invalidTextReason(value);
      if (message) errors.push({ field: path || 'body', message });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${path}[${i}]`]);
    } else if (isPlainObject(value)) {
      const entries = Object.entries(value as Record<string, unknown>).reverse();
      for (const [key, child] of entries) {
        const childPath = path ? `${path}.${key}` : key;
        const keyProblem = invalidTextReason(key);
        if (keyProblem) errors.push({ field: childPath, message: `name ${keyProblem}` });
        else stack.push([child, childPath]);
      }
    }
  }
  return errors;
}

/** Parsed JSON and query strings only; a streamed body (text/csv) is checked by its reader. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  // fast-querystring's results inherit from an empty object without a prototype.
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}

export function invalidTextReason(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain NUL (U+0000) characters';
  if (!(text as unknown as { isWellFormed(): boolean }).isWellFormed()) return 'must be valid Unicode text (no unpaired surrogates)';
  return null;
}

/** Refuses a request carrying invalid text anywhere in its parameters, query string or body. */
export function registerTextInputCheck(fastify: FastifyInstance): void {
  // Callback style, as the other per-request hooks: an async hook costs a promise on every request.
  fastify.addHook('preValidation', (request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void) => {
    const errors = [...findInvalidText(request.params, ''), ...findInvalidText(request.query, ''), ...findInvalidText(request.body, '')];
    if (errors.length > 0) return done(invalidTextError(errors));
    done();
  });
}

export function invalidTextError(errors: FieldError[]): DomainError {
  const fields = [...new Set(errors.map((e) => e.field))];
  return new DomainError('validation_failed', `Invalid field(s): ${fields.join(', ')}`, { errors });
}

/**
 * Each route accepts the body media types its OpenAPI operation documents (JSON when it
 * documents none, as many clients send an empty JSON body on a bodyless POST); anything else,
 * urlencoded forms included, is a 415 before the body is read.
 */
export function registerContentTypePolicy(fastify: FastifyInstance, document: OpenAPIObject): void {
  const allowed = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(document.paths ?? {})) {
    const route = path.replace(/\{([^}]+)\}/g, ':$1');
    for (const [method, operation] of Object.entries(operations as Record<string, { requestBody?: unknown }>)) {
      const content = (operation?.requestBody as { content?: Record<string, unknown> } | undefined)?.content;
      allowed.set(`${method.toUpperCase()} ${route}`, content ? Object.keys(content).map((t) => t.toLowerCase()) : ['application/json']);
    }
  }
  fastify.addHook('onRequest', (request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void) => {
    const contentType = request.headers['content-type'];
    if (contentType === undefined || !hasBody(request)) return done();
    const route = request.routeOptions.url;
    if (route === undefined) return done();
    const types = allowed.get(`${request.method} ${route}`) ?? ['application/json'];
    const mediaType = contentType.split(';')[0].trim().toLowerCase();
    if (!types.includes(mediaType)) {
      return done(
        new DomainError('unsupported_media_type', `This route accepts ${types.join(' or ')} bodies, not ${mediaType || 'an empty type'}`),
      );
    }
    done();
  });
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
