import { EntityManager } from 'typeorm';

/** A guild with its members (earliest first) and, among them, its coordinators. */
export interface GuildRoster {
  id: string;
  name: string;
  members: string[];
  coordinators: string[];
}

/** Every guild that has members, by name, in the caller's transaction (the demo seeder's). */
export async function guildRosters(tx: EntityManager): Promise<GuildRoster[]> {
  return tx.query(`
    SELECT g.id, g.name,
      array_agg(m.user_id ORDER BY m.joined_at, m.user_id) AS members,
      coalesce(array_agg(m.user_id ORDER BY m.joined_at, m.user_id) FILTER (WHERE m.is_coordinator), '{}') AS coordinators
    FROM guilds g JOIN guild_memberships m ON m.guild_id = g.id
    GROUP BY g.id, g.name ORDER BY g.name`);
}
