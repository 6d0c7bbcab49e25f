import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { ERROR_CATALOG, ErrorCode, problemType } from './error-catalog';
import { PROBLEM_CONTENT_TYPE } from './problem-details.filter';

/**
 * Node rejects some requests before Fastify sees them (URL plus headers over 16 KiB, a garbled
 * request line, a request too slow to arrive). Fastify's default answer is plain JSON; this
 * writes the same problem+json body as every other error, with a fresh request id.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ErrorCode =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 'headers_too_large'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'request_timeout'
        : 'malformed_request';
  const { status, title } = ERROR_CATALOG[code];
  const requestId = randomUUID();
  const body = JSON.stringify({ type: problemType(code), title, status, detail: title, code, requestId });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nx-request-id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
