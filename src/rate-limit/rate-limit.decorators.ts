import { SetMetadata } from '@nestjs/common';
import { RateLimitClass } from '../config/app-config';

export const RATE_LIMIT_CLASS = 'passerelle:rate-limit-class';
export const NO_RATE_LIMIT = 'none';

/** Puts a route in a rate-limit class (search, unlock, …); routes default to `default`. */
export const RateLimit = (routeClass: RateLimitClass) => SetMetadata(RATE_LIMIT_CLASS, routeClass);

/** Liveness and readiness probes must never be throttled. */
export const NoRateLimit = () => SetMetadata(RATE_LIMIT_CLASS, NO_RATE_LIMIT);
