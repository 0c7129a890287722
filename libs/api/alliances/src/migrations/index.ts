import { TEAM_API_MIGRATIONS } from '../team-api';
import { Alliances1764600000000 } from './1764600000000-alliances';

/**
 * The tables this context owns, created oldest first: each migration is a class in
 * <timestamp>-<what>.ts beside this file (see libs/api/audit/src/migrations), listed here.
 * The team interfaces' tables (offers, agreements, dependencies, tensions) come after the alliances'.
 */
export const ALLIANCES_MIGRATIONS: Function[] = [Alliances1764600000000, ...TEAM_API_MIGRATIONS];
