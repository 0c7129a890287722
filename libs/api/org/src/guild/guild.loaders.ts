import { Injectable } from '@nestjs/common';
import { byKeys, GqlContext, groupByKeys, requestLoader } from '@guildhall/api-core';
import { UserEntity, UserLoaders } from '@guildhall/api-auth';
import { GuildEntity } from './guild.entity';
import { GuildsService } from './guild.service';

/** Per-request batching for everything a Guild or a person's guilds resolve to. */
@Injectable()
export class GuildLoaders {
  constructor(
    private readonly guilds: GuildsService,
    private readonly users: UserLoaders,
  ) {}

  byId(ctx: GqlContext) {
    return requestLoader<string, GuildEntity | null>(ctx, 'guild.byId', async (ids) =>
      byKeys(ids, await this.guilds.findByIds(ids), (g) => g.id),
    );
  }

  async coordinators(ctx: GqlContext, guildId: string): Promise<UserEntity[]> {
    const loader = requestLoader<string, string[]>(ctx, 'guild.coordinatorIds', async (ids) =>
      groupByKeys(ids, await this.guilds.coordinatorRows(ids), (r) => r.guildId).map((rows) => rows.map((r) => r.userId)),
    );
    return this.users.loadMany(ctx, await loader.load(guildId));
  }

  memberCount(ctx: GqlContext, guildId: string): Promise<number> {
    return requestLoader<string, number>(ctx, 'guild.memberCount', async (ids) => {
      const counts = await this.guilds.memberCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }).load(guildId);
  }

  /** Whether the viewer of this request is a member of the guild. */
  viewerIsMember(ctx: GqlContext, guildId: string): Promise<boolean> {
    const viewerId = ctx.req.user?.id;
    if (!viewerId) return Promise.resolve(false);
    return requestLoader<string, boolean>(ctx, 'guild.viewerIsMember', async (ids) => {
      const mine = await this.guilds.memberGuildIds(viewerId, ids);
      return ids.map((id) => mine.has(id));
    }).load(guildId);
  }

  ofUser(ctx: GqlContext, userId: string): Promise<GuildEntity[]> {
    return requestLoader<string, GuildEntity[]>(ctx, 'guild.ofUser', async (ids) =>
      groupByKeys(ids, await this.guilds.guildsOfUsers(ids), (r) => r.userId).map((rows) => rows.map((r) => r.guild)),
    ).load(userId);
  }
}
