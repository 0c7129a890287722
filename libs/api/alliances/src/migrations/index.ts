/**
 * The tables this context owns, created oldest first: each migration is a class in
 * <timestamp>-<what>.ts beside this file (see libs/api/audit/src/migrations), listed here.
 */
export const ALLIANCES_MIGRATIONS: Function[] = [];
