import type { GuildEntity } from './guild.entity';

/** A guild as any context may read it along: the fields the GraphQL `Guild` resolves from. */
export type DirectoryGuild = Pick<GuildEntity, 'id' | 'slug' | 'name' | 'description' | 'createdAt'>;

/**
 * The columns of `org_guild_directory` (aliased `alias`) that `guildFromRow` reads, each
 * prefixed, for a statement that reads its guilds along with its own rows.
 */
export function guildColumns(alias: string, prefix: string): string {
  return ['id', 'slug', 'name', 'description', 'created_at'].map((c) => `${alias}.${c} AS ${prefix}${c}`).join(', ');
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
  if (row[`${prefix}id`] == null) return undefined;
  return {
    id: row[`${prefix}id`],
    slug: row[`${prefix}slug`],
    name: row[`${prefix}name`],
    description: row[`${prefix}description`],
    createdAt: row[`${prefix}created_at`],
  };
}
