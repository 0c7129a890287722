import { TEAM_API_MIGRATIONS } from '../team-api';

/**
 * The tables this context owns, created oldest first: each migration is a class in
 * <timestamp>-<what>.ts beside this file (see libs/api/audit/src/migrations), listed here.
 * The team interfaces' tables (offers, agreements, dependencies, tensions) come after the alliances'.
 */
export const ALLIANCES_MIGRATIONS: Function[] = [...TEAM_API_MIGRATIONS];
