import { HttpException } from '@nestjs/common';
import { DomainError, FieldError } from './domain-error';
import { ERROR_CATALOG, ErrorCode, problemType } from './error-catalog';

/** RFC 9457 problem details, with Passerelle's `code`, `requestId` and `errors[]` extensions. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  requestId: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export interface ProblemWithHeaders {
  problem: Problem;
  headers: Record<string, string>;
  /** True when the error is unexpected and must be logged with its stack. */
  unexpected: boolean;
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'service_unavailable',
};

/** Fastify's own errors (body parsing, limits) carry a `statusCode` and an `FST_…` code. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_body',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_body',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_body',
  FST_ERR_BAD_URL: 'validation_failed',
  FST_ERR_MAX_PARAM_LENGTH: 'uri_too_long',
};

export function toProblem(error: unknown, requestId: string): ProblemWithHeaders {
  if (error instanceof DomainError) {
    const { errors, headers, ...extensions } = error.extra ?? {};
    return {
      problem: {
        type: problemType(error.code),
        title: ERROR_CATALOG[error.code as ErrorCode].title,
        status: error.status,
        detail: error.detail ?? ERROR_CATALOG[error.code as ErrorCode].title,
        code: error.code,
        requestId,
        ...(errors ? { errors } : {}),
        ...extensions,
      },
      headers: headers ?? {},
      unexpected: false,
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status < 500) {
      const response = error.getResponse();
      const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
      // Fastify's body-parser errors reach the filter as Nest HttpExceptions carrying their message.
      const code =
        status === 400 && typeof message === 'string' && /JSON|body/i.test(message)
          ? 'malformed_body'
          : (STATUS_CODES[status] ?? 'validation_failed');
      return simple(code, status, typeof message === 'string' ? message : ERROR_CATALOG[code].title, requestId);
    }
  }
  const fastifyError = error as { statusCode?: number; code?: string; message?: string; name?: string };
  if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    const code =
      (fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined) ?? STATUS_CODES[fastifyError.statusCode] ?? 'validation_failed';
    // Fastify's client-error messages describe the request, never the server's internals.
    const detail = fastifyError.name === 'SyntaxError' ? 'The body is not valid JSON' : fastifyError.message;
    return simple(code, fastifyError.statusCode, detail ?? ERROR_CATALOG[code].title, requestId);
  }
  const internal = simple('internal_error', 500, 'An unexpected error occurred. Quote the request id when reporting it.', requestId);
  return { ...internal, unexpected: true };
}

function simple(code: ErrorCode, status: number, detail: string, requestId: string): ProblemWithHeaders {
  return {
    problem: { type: problemType(code), title: ERROR_CATALOG[code].title, status, detail, code, requestId },
    headers: {},
    unexpected: false,
  };
}
