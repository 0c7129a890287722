import type { GuildEntity } from './guild.entity';
import { prefixedKeys } from '@guildhall/api-core';

/**
 * A guild as another context's page reads it along: what pages show of a guild (its link). The
 * GraphQL `Guild` resolves from it like from a loaded guild; its other fields (description,
 * createdAt) load the guild, batched, only when a client asks for them (GuildResolver).
 */
export type DirectoryGuild = Pick<GuildEntity, 'id' | 'slug' | 'name'>;

const GUILD_COLUMNS = ['id', 'slug', 'name'] as const;

/**
 * The columns of `org_guild_directory` (aliased `alias`) that `guildFromRow` reads, each
 * prefixed, for a statement that reads its guilds along with its own rows.
 */
export function guildColumns(alias: string, prefix: string): string {
  return GUILD_COLUMNS.map((c) => `${alias}.${c} AS ${prefix}${c}`).join(', ');
}

/**
 * Joins the guild whose id is the SQL expression `guildId` from `org_guild_directory`, as
 * `alias` (none: its columns are null), looked up by id for each row, never by a hash join over
 * every guild (see auth's `personJoin`).
 */
export function guildJoin(alias: string, guildId: string): string {
  return `LEFT JOIN LATERAL (SELECT * FROM org_guild_directory WHERE id = ${guildId} LIMIT 1) ${alias} ON true`;
}

/** The guild `guildColumns(alias, prefix)` read, or undefined when the row has none. */
export function guildFromRow(row: Record<string, any>, prefix: string): DirectoryGuild | undefined {
  const k = prefixedKeys(GUILD_COLUMNS, prefix);
  if (row[k.id] == null) return undefined;
  return { id: row[k.id], slug: row[k.slug], name: row[k.name] };
}
