import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { cleanSearchTerm, DomainEvents, forbidden, isUuid, notFound, Page, PrivilegedActionTaken, Viewer } from '@guildhall/api-core';
import { UserEntity, UsersService } from '@guildhall/api-auth';
import { cleanName, cleanText } from '../shared/org-text';
import { uniqueSlug } from '../shared/slug';
import { CreateGuildInput } from './dto/guild.inputs';
import { GuildEntity, GuildMembershipEntity } from './guild.entity';
import { GuildRepository } from './guild.repository';

export interface GuildMembership {
  isMember: boolean;
  isCoordinator: boolean;
}

/** How many guilds each instance keeps by slug; past it, it starts over (organisations have tens). */
const GUILDS_KEPT_BY_SLUG = 1_000;

/** Guilds are open: anyone signed in may create, join and leave; members may volunteer to coordinate. */
@Injectable()
export class GuildsService {
  /**
   * Guilds looked up by slug, kept for the life of the instance: a guild's row never changes once
   * created (no mutation renames, edits or deletes one), so a guild page runs no statement for
   * its guild after the first look-up. Only guilds found are kept (one created later, on any
   * instance, is looked up as usual). A mutation that changes a guild's row must forget it here on
   * every instance (InstanceBroadcast, as SessionService does).
   */
  private readonly bySlug = new Map<string, GuildEntity>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly guilds: GuildRepository,
    private readonly events: DomainEvents,
    private readonly users: UsersService,
  ) {}

  get(id: string, tx?: EntityManager): Promise<GuildEntity | null> {
    return this.guilds.findById(id, tx);
  }

  /** Like get, but NOT_FOUND when there is no such guild. */
  async require(id: string, tx?: EntityManager): Promise<GuildEntity> {
    const guild = await this.get(id, tx);
    if (!guild) throw notFound('That guild');
    return guild;
  }

  async getBySlug(slug: string): Promise<GuildEntity | null> {
    const kept = this.bySlug.get(slug);
    // A copy: the page's resolvers get an object of their own, never one shared with other requests.
    if (kept) return Object.assign(new GuildEntity(), kept);
    const guild = await this.guilds.findBySlug(slug);
    if (guild) {
      if (this.bySlug.size >= GUILDS_KEPT_BY_SLUG) this.bySlug.clear();
      this.bySlug.set(slug, Object.assign(new GuildEntity(), guild));
    }
    return guild;
  }

  findByIds(ids: readonly string[]): Promise<GuildEntity[]> {
    return this.guilds.findByIds(ids);
  }

  /** A person's standing in a guild. */
  async membership(guildId: string, userId: string, tx?: EntityManager): Promise<GuildMembership> {
    if (!isUuid(guildId) || !isUuid(userId)) return { isMember: false, isCoordinator: false };
    const row = await this.guilds.membershipOf(guildId, userId, tx);
    return { isMember: !!row, isCoordinator: !!row?.isCoordinator };
  }

  /** Guilds by name (keyset on lower(name), id); `search` matches name and description. */
  list(args: { first?: number | null; after?: string | null; search?: string | null }): Promise<Page<GuildEntity>> {
    return this.guilds.list(cleanSearchTerm(args.search), args);
  }

  /** A guild's members by name (keyset on lower(display_name), id). */
  members(guildId: string, args: { first?: number | null; after?: string | null }): Promise<Page<UserEntity>> {
    return this.users.pageOf(this.guilds.memberIds(guildId), args);
  }

  /** Any signed-in person; the creator becomes the first coordinator and member. */
  async create(viewer: Viewer, input: CreateGuildInput): Promise<GuildEntity> {
    const name = cleanName(input.name, 'name', 'a guild name');
    const description = cleanText(input.description, 'description');
    return this.db.transaction(async (tx) => {
      const slug = await uniqueSlug(tx, 'guilds', name, 'guild');
      const guild = await this.guilds.create(tx, { slug, name, description, createdById: viewer.id });
      await this.guilds.addCoordinator(tx, guild.id, viewer.id);
      await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'guild.created', { type: 'guild', id: guild.id, label: name }, null, { name, description }));
      return guild;
    });
  }

  /** Idempotent: joining twice changes nothing. */
  async join(viewer: Viewer, guildId: string): Promise<GuildEntity> {
    const guild = await this.require(guildId);
    await this.guilds.join(guild.id, viewer.id);
    return guild;
  }

  /** Leaving removes the membership, so a coordinator who leaves also steps down. Idempotent. */
  async leave(viewer: Viewer, guildId: string): Promise<GuildEntity> {
    const guild = await this.require(guildId);
    await this.guilds.leave(guild.id, viewer.id);
    return guild;
  }

  /** Members only: raise a hand to help coordinate. */
  async volunteer(viewer: Viewer, guildId: string): Promise<GuildEntity> {
    const guild = await this.require(guildId);
    if (!(await this.guilds.setCoordinator(guild.id, viewer.id, true))) throw forbidden(`Join ${guild.name} first: only members can volunteer as coordinators.`);
    return guild;
  }

  /** Idempotent; a guild may be left without coordinators (orgWarnings then reports it). */
  async stepDown(viewer: Viewer, guildId: string): Promise<GuildEntity> {
    const guild = await this.require(guildId);
    await this.guilds.setCoordinator(guild.id, viewer.id, false);
    return guild;
  }

  // Batch look-ups for GuildLoaders.

  coordinatorRows(guildIds: readonly string[]): Promise<GuildMembershipEntity[]> {
    return this.guilds.coordinatorRows(guildIds);
  }

  memberCounts(guildIds: readonly string[]): Promise<Map<string, number>> {
    return this.guilds.memberCounts(guildIds);
  }

  memberGuildIds(userId: string, guildIds: readonly string[]): Promise<Set<string>> {
    return this.guilds.memberGuildIds(userId, guildIds);
  }

  /** Each person's guilds, by name. */
  guildsOfUsers(userIds: readonly string[]): Promise<{ userId: string; guild: GuildEntity }[]> {
    return this.guilds.guildsOfUsers(userIds);
  }
}
