import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { cleanSearchTerm, DomainEvents, escapeLike, forbidden, isUuid, notFound, Page, pageByName, PrivilegedActionTaken, Viewer } from '@guildhall/api-core';
import { UserEntity, UsersService } from '@guildhall/api-auth';
import { cleanName, cleanText } from '../shared/org-text';
import { uniqueSlug } from '../shared/slug';
import { CreateGuildInput } from './dto/guild.inputs';
import { GuildEntity, GuildMembershipEntity } from './guild.entity';

export interface GuildMembership {
  isMember: boolean;
  isCoordinator: boolean;
}

/** Guilds are open: anyone signed in may create, join and leave; members may volunteer to coordinate. */
@Injectable()
export class GuildsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
    private readonly users: UsersService,
  ) {}

  async get(id: string, tx: EntityManager = this.db.manager): Promise<GuildEntity | null> {
    return isUuid(id) ? tx.findOneBy(GuildEntity, { id }) : null;
  }

  /** Like get, but NOT_FOUND when there is no such guild. */
  async require(id: string, tx: EntityManager = this.db.manager): Promise<GuildEntity> {
    const guild = await this.get(id, tx);
    if (!guild) throw notFound('That guild');
    return guild;
  }

  getBySlug(slug: string): Promise<GuildEntity | null> {
    return this.db.manager.findOneBy(GuildEntity, { slug });
  }

  findByIds(ids: readonly string[]): Promise<GuildEntity[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? this.db.manager.findBy(GuildEntity, { id: In(valid) }) : Promise.resolve([]);
  }

  /** A person's standing in a guild. */
  async membership(guildId: string, userId: string, tx: EntityManager = this.db.manager): Promise<GuildMembership> {
    if (!isUuid(guildId) || !isUuid(userId)) return { isMember: false, isCoordinator: false };
    const row = await tx.findOneBy(GuildMembershipEntity, { guildId, userId });
    return { isMember: !!row, isCoordinator: !!row?.isCoordinator };
  }

  /** Guilds by name (keyset on lower(name), id); `search` matches name and description. */
  async list(args: { first?: number | null; after?: string | null; search?: string | null }): Promise<Page<GuildEntity>> {
    const qb = this.db.manager.createQueryBuilder(GuildEntity, 'g');
    const term = cleanSearchTerm(args.search);
    if (term) {
      const like = `%${escapeLike(term.toLowerCase())}%`;
      qb.where(new Brackets((w) => w.where('lower(g.name) LIKE :like', { like }).orWhere('lower(g.description) LIKE :like', { like })));
    }
    return pageByName(qb, { name: 'g.name', id: 'g.id' }, args, (g) => [g.name, g.id]);
  }

  /** A guild's members by name (keyset on lower(display_name), id). */
  async members(guildId: string, args: { first?: number | null; after?: string | null }): Promise<Page<UserEntity>> {
    return this.users.pageOf({ sql: 'SELECT m.user_id FROM guild_memberships m WHERE m.guild_id = :guildId', params: { guildId } }, args);
  }

  /** Any signed-in person; the creator becomes the first coordinator and member. */
  async create(viewer: Viewer, input: CreateGuildInput): Promise<GuildEntity> {
    const name = cleanName(input.name, 'name', 'a guild name');
    const description = cleanText(input.description, 'description');
    return this.db.transaction(async (tx) => {
      const slug = await uniqueSlug(tx, 'guilds', name, 'guild');
      const guild = await tx.save(tx.create(GuildEntity, { slug, name, description, createdById: viewer.id }));
      await tx.insert(GuildMembershipEntity, { guildId: guild.id, userId: viewer.id, isCoordinator: true });
      await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'guild.created', { type: 'guild', id: guild.id, label: name }, null, { name, description }));
      return guild;
    });
  }

  /** Idempotent: joining twice changes nothing. */
  async join(viewer: Viewer, guildId: string): Promise<GuildEntity> {
    const guild = await this.require(guildId);
    await this.db.query(`INSERT INTO guild_memberships (guild_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [guild.id, viewer.id]);
    return guild;
  }

  /** Leaving removes the membership, so a coordinator who leaves also steps down. Idempotent. */
  async leave(viewer: Viewer, guildId: string): Promise<GuildEntity> {
    const guild = await this.require(guildId);
    await this.db.manager.delete(GuildMembershipEntity, { guildId: guild.id, userId: viewer.id });
    return guild;
  }

  /** Members only: raise a hand to help coordinate. */
  async volunteer(viewer: Viewer, guildId: string): Promise<GuildEntity> {
    const guild = await this.require(guildId);
    const result = await this.db.manager.update(GuildMembershipEntity, { guildId: guild.id, userId: viewer.id }, { isCoordinator: true });
    if (!result.affected) throw forbidden(`Join ${guild.name} first: only members can volunteer as coordinators.`);
    return guild;
  }

  /** Idempotent; a guild may be left without coordinators (orgWarnings then reports it). */
  async stepDown(viewer: Viewer, guildId: string): Promise<GuildEntity> {
    const guild = await this.require(guildId);
    await this.db.manager.update(GuildMembershipEntity, { guildId: guild.id, userId: viewer.id }, { isCoordinator: false });
    return guild;
  }

  // Batch look-ups for GuildLoaders.

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

  /** Each person's guilds, by name. */
  async guildsOfUsers(userIds: readonly string[]): Promise<{ userId: string; guild: GuildEntity }[]> {
    const rows: (Record<string, any> & { member_id: string })[] = await this.db.query(
      `SELECT m.user_id AS member_id, g.* FROM guild_memberships m JOIN guilds g ON g.id = m.guild_id
        WHERE m.user_id = ANY($1::uuid[]) ORDER BY lower(g.name), g.id`,
      [[...userIds]],
    );
    return rows.map((r) => ({ userId: r.member_id, guild: this.db.manager.create(GuildEntity, fromRow(r)) }));
  }
}

function fromRow(r: Record<string, any>): Partial<GuildEntity> {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    description: r.description,
    createdById: r.created_by_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
