import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { escapeLike, isUuid, Page, pageByName, prepared } from '@guildhall/api-core';
import { GuildEntity, GuildMembershipEntity } from './guild.entity';

/** A guild with its members (earliest first) and, among them, its coordinators. */
export interface GuildRoster {
  id: string;
  name: string;
  members: string[];
  coordinators: string[];
}

/** The columns toGuild reads, for `guilds` aliased `g`. */
const GUILD_COLUMNS = 'g.id, g.slug, g.name, g.description, g.created_by_id, g.created_at, g.updated_at';

/**
 * Every statement on org's `guilds` and `guild_memberships` tables. Methods that take `tx` run in
 * the caller's transaction. The hot reads (a guild by slug for its page, guilds by id for
 * loaders) are plain SQL: TypeORM's query building cost more CPU than the statement itself.
 */
@Injectable()
export class GuildRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** null for an unknown or malformed id. */
  findById(id: string, tx: EntityManager = this.db.manager): Promise<GuildEntity | null> {
    return isUuid(id) ? tx.findOneBy(GuildEntity, { id }) : Promise.resolve(null);
  }

  async findBySlug(slug: string): Promise<GuildEntity | null> {
    const rows = await this.db.query(prepared(`SELECT ${GUILD_COLUMNS} FROM guilds g WHERE g.slug = $1`), [slug]);
    return rows.length ? toGuild(rows[0]) : null;
  }

  async findByIds(ids: readonly string[]): Promise<GuildEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return (await this.db.query(`SELECT ${GUILD_COLUMNS} FROM guilds g WHERE g.id = ANY($1::uuid[])`, [valid])).map(toGuild);
  }

  /** Guilds by name whose name or description contains `term`. */
  list(term: string | null, args: { first?: number | null; after?: string | null }): Promise<Page<GuildEntity>> {
    const qb = this.db.manager.createQueryBuilder(GuildEntity, 'g');
    if (term) {
      const like = `%${escapeLike(term.toLowerCase())}%`;
      qb.where(new Brackets((w) => w.where('lower(g.name) LIKE :like', { like }).orWhere('lower(g.description) LIKE :like', { like })));
    }
    return pageByName(qb, { name: 'g.name', id: 'g.id' }, args, (g) => [g.name, g.id]);
  }

  /** The guild's members as a subquery with named parameters, for auth's `UsersService.pageOf`. */
  memberIds(guildId: string): { sql: string; params: Record<string, unknown> } {
    return { sql: 'SELECT m.user_id FROM guild_memberships m WHERE m.guild_id = :guildId', params: { guildId } };
  }

  /** A person's membership row, or null. */
  membershipOf(guildId: string, userId: string, tx: EntityManager = this.db.manager): Promise<GuildMembershipEntity | null> {
    return tx.findOneBy(GuildMembershipEntity, { guildId, userId });
  }

  create(tx: EntityManager, guild: Pick<GuildEntity, 'slug' | 'name' | 'description' | 'createdById'>): Promise<GuildEntity> {
    return tx.save(tx.create(GuildEntity, guild));
  }

  async addCoordinator(tx: EntityManager, guildId: string, userId: string): Promise<void> {
    await tx.insert(GuildMembershipEntity, { guildId, userId, isCoordinator: true });
  }

  /** Idempotent. */
  async join(guildId: string, userId: string): Promise<void> {
    await this.db.query(`INSERT INTO guild_memberships (guild_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [guildId, userId]);
  }

  async leave(guildId: string, userId: string): Promise<void> {
    await this.db.manager.delete(GuildMembershipEntity, { guildId, userId });
  }

  /** Whether the person is a member (and so was changed). */
  async setCoordinator(guildId: string, userId: string, isCoordinator: boolean): Promise<boolean> {
    return !!(await this.db.manager.update(GuildMembershipEntity, { guildId, userId }, { isCoordinator })).affected;
  }

  coordinatorRows(guildIds: readonly string[]): Promise<GuildMembershipEntity[]> {
    return this.db.manager.find(GuildMembershipEntity, {
      where: { guildId: In([...guildIds]), isCoordinator: true },
      order: { joinedAt: 'ASC', userId: 'ASC' },
    });
  }

  async memberCounts(guildIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { guild_id: string; n: string }[] = await this.db.query(
      `SELECT guild_id, count(*) AS n FROM guild_memberships WHERE guild_id = ANY($1::uuid[]) GROUP BY guild_id`,
      [[...guildIds]],
    );
    return new Map(rows.map((r) => [r.guild_id, Number(r.n)]));
  }

  async memberGuildIds(userId: string, guildIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.db.manager.find(GuildMembershipEntity, { where: { userId, guildId: In([...guildIds]) }, select: { guildId: true } });
    return new Set(rows.map((r) => r.guildId));
  }

  /** Every guild that has members, by name, in the caller's transaction (the demo seeder's). */
  rosters(tx: EntityManager): Promise<GuildRoster[]> {
    return tx.query(`
      SELECT g.id, g.name,
        array_agg(m.user_id ORDER BY m.joined_at, m.user_id) AS members,
        coalesce(array_agg(m.user_id ORDER BY m.joined_at, m.user_id) FILTER (WHERE m.is_coordinator), '{}') AS coordinators
      FROM guilds g JOIN guild_memberships m ON m.guild_id = g.id
      GROUP BY g.id, g.name ORDER BY g.name`);
  }

  /** Each person's guilds, by name. */
  async guildsOfUsers(userIds: readonly string[]): Promise<{ userId: string; guild: GuildEntity }[]> {
    const rows: (Record<string, any> & { member_id: string })[] = await this.db.query(
      `SELECT m.user_id AS member_id, g.* FROM guild_memberships m JOIN guilds g ON g.id = m.guild_id
        WHERE m.user_id = ANY($1::uuid[]) ORDER BY lower(g.name), g.id`,
      [[...userIds]],
    );
    return rows.map((r) => ({ userId: r.member_id, guild: toGuild(r) }));
  }
}

function toGuild(row: Record<string, any>): GuildEntity {
  return Object.assign(new GuildEntity(), {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    createdById: row.created_by_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
