import { Provider, Type } from '@nestjs/common';

/**
 * Team interfaces and tension reviews (issue 16): squads' offers, interface agreements,
 * dependencies and tensions. Their providers, resolvers and migrations, which the alliances
 * module and its migration list take in.
 */
export const TEAM_API_PROVIDERS: Provider[] = [];
export const TEAM_API_RESOLVERS: Type[] = [];
export const TEAM_API_MIGRATIONS: Function[] = [];
