import { CreateFoundationTables1764100000000 } from './1764100000000-CreateFoundationTables';
import { CreateCreditTables1764300000000 } from './1764300000000-CreateCreditTables';

/** Every migration, oldest first. TypeORM records each one it applies in `migrations`. */
export const MIGRATIONS = [CreateFoundationTables1764100000000, CreateCreditTables1764300000000];
