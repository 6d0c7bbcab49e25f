import { CreateFoundationTables1764100000000 } from './1764100000000-CreateFoundationTables';
import { CreateRateLimitCounters1764150000000 } from './1764150000000-CreateRateLimitCounters';

/** Every migration, oldest first. TypeORM records each one it applies in `migrations`. */
export const MIGRATIONS = [CreateFoundationTables1764100000000, CreateRateLimitCounters1764150000000];
