import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../common/domain-error';

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * The `Idempotency-Key` header, validated (1–255 visible ASCII characters), or undefined when the
 * request has none. Pass `{ required: true }` to refuse requests without one.
 */
export const IdempotencyKey = createParamDecorator(readIdempotencyKey);

/** The factory behind @IdempotencyKey, exported so the OpenAPI builder can find the routes using it. */
export function readIdempotencyKey(options: { required?: boolean } | undefined, ctx: ExecutionContext): string | undefined {
  const raw = ctx.switchToHttp().getRequest<FastifyRequest>().headers['idempotency-key'];
  if (raw === undefined) {
    if (options?.required) throw invalid('The Idempotency-Key header is required on this route');
    return undefined;
  }
  if (typeof raw !== 'string' || !KEY_PATTERN.test(raw)) {
    throw invalid('Idempotency-Key must be 1–255 visible ASCII characters');
  }
  return raw;
}

function invalid(detail: string): DomainError {
  return new DomainError('validation_failed', detail, { errors: [{ field: 'Idempotency-Key', message: detail }] });
}
