import { errorCodes, FastifyInstance } from 'fastify';
import type { Readable } from 'node:stream';
import { StreamedJsonBody } from './json-array-spool';
import { decodeJsonBody, DEFAULT_MAX_JSON_DEPTH, RequestLimits } from './request-input';

/**
 * The JSON body parser of every route. A body is read whole, as Fastify reads it (route body
 * limit, Content-Length), then decoded strictly and bounded in depth (decodeJsonBody) before it is
 * parsed with Fastify's own parser (prototype poisoning refused). An empty body sent with
 * `Content-Type: application/json` — what many clients do on a bodyless POST such as an unlock —
 * counts as no body instead of malformed JSON.
 * Two route options (RequestLimits): `rawBody` keeps the bytes for a signature check (the Stripe
 * webhook), and `streamJson` hands the body unread to the handler (the alumni import), which
 * reads it through StreamedJsonBody under the same checks.
 */
export function registerJsonBodyParser(fastify: FastifyInstance): void {
  const json = fastify.getDefaultJsonParser('error', 'error');
  const parse = (text: string): unknown => {
    let failure: Error | null = null;
    let value: unknown;
    void json(undefined as never, text, (error, parsed) => {
      failure = error;
      value = parsed;
    });
    if (failure) throw failure;
    return value;
  };
  fastify.addContentTypeParser('application/json', (request, payload, done) => {
    const config = request.routeOptions.config as RequestLimits | undefined;
    const limit = request.routeOptions.bodyLimit;
    const maxDepth = config?.maxDepth ?? DEFAULT_MAX_JSON_DEPTH;
    const contentLength = Number(request.headers['content-length']);
    if (contentLength > limit) return done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE(), undefined);
    if (config?.streamJson) return done(null, new StreamedJsonBody(payload, { limit, maxDepth, contentLength, parse }));
    readBody(payload, limit, contentLength).then(
      (body) => {
        if (body.length === 0) return done(null, undefined);
        if (config?.rawBody) (request as { rawBody?: Buffer }).rawBody = body;
        let value: unknown;
        try {
          value = parse(decodeJsonBody(body, maxDepth));
        } catch (error) {
          return done(error as Error, undefined);
        }
        done(null, value);
      },
      (error: Error) => done(error, undefined),
    );
  });
}

/** Fastify's own body reading (lib/content-type-parser.js rawBody): the same limits and errors. */
function readBody(payload: Readable, limit: number, contentLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const stop = () => {
      payload.removeListener('data', onData);
      payload.removeListener('end', onEnd);
      payload.removeListener('error', onEnd);
    };
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      received += bytes.length;
      const encoded = (payload as { receivedEncodedLength?: number }).receivedEncodedLength ?? 0;
      if (received > limit || encoded > limit) {
        stop();
        reject(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
        return;
      }
      chunks.push(bytes);
    };
    const onEnd = (error?: Error & { statusCode?: number }) => {
      stop();
      if (error != null) {
        if (!(typeof error.statusCode === 'number' && error.statusCode >= 400)) error.statusCode = 400;
        reject(error);
        return;
      }
      const length = (payload as { receivedEncodedLength?: number }).receivedEncodedLength || received;
      if (!Number.isNaN(contentLength) && length !== contentLength) {
        reject(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH());
        return;
      }
      resolve(Buffer.concat(chunks, received));
    };
    payload.on('data', onData);
    payload.on('end', onEnd);
    payload.on('error', onEnd);
    payload.resume();
  });
}
