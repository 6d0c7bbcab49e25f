import { CreateFoundationTables1764100000000 } from './1764100000000-CreateFoundationTables';
import { CreateSearchTables1764400000000 } from './1764400000000-CreateSearchTables';

/** Every migration, oldest first. TypeORM records each one it applies in `migrations`. */
export const MIGRATIONS = [CreateFoundationTables1764100000000, CreateSearchTables1764400000000];
