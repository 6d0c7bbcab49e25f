import { SetMetadata } from '@nestjs/common';
import { ErrorCode } from './error-catalog';

export const API_PROBLEMS = 'passerelle:api-problems';

/**
 * The domain errors a route can answer with, from ERROR_CATALOG. Only the codes its service
 * raises: those implied by the route's own declarations (credentials and scopes, body, query and
 * path parameters, rate limit, Idempotency-Key) are added by the OpenAPI builder from the same
 * metadata the guards and pipes read (src/openapi/operation-problems.ts).
 */
export const ApiProblems = (...codes: ErrorCode[]) => SetMetadata(API_PROBLEMS, codes);
