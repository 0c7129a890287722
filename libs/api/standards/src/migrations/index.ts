import { Standards1763802000000 } from './1763802000000-standards';
import { StandardsSearch1763803300000 } from './1763803300000-standards-search';

/**
 * The tables this context owns, created oldest first: each migration is a class in
 * <timestamp>-<what>.ts beside this file (see libs/api/audit/src/migrations), listed here.
 */
export const STANDARDS_MIGRATIONS: Function[] = [Standards1763802000000, StandardsSearch1763803300000];
