import { Injectable } from '@nestjs/common';
import { byKeys, GqlContext, groupByKeys, requestLoader } from '@guildhall/api-core';
import { UserEntity, UserLoaders } from '@guildhall/api-auth';
import { SquadEntity } from './squad.entity';
import { SquadsService } from './squad.service';

@Injectable()
export class SquadLoaders {
  constructor(
    private readonly squads: SquadsService,
    private readonly users: UserLoaders,
  ) {}

  byId(ctx: GqlContext) {
    return requestLoader<string, SquadEntity | null>(ctx, 'squad.byId', async (ids) => byKeys(ids, await this.squads.findByIds(ids), (s) => s.id));
  }

  byTribe(ctx: GqlContext, tribeId: string): Promise<SquadEntity[]> {
    return requestLoader<string, SquadEntity[]>(ctx, 'squad.byTribe', async (ids) =>
      groupByKeys(ids, await this.squads.byTribes(ids), (s) => s.tribeId),
    ).load(tribeId);
  }

  private memberIds(ctx: GqlContext, squadId: string): Promise<string[]> {
    return requestLoader<string, string[]>(ctx, 'squad.memberIds', async (ids) =>
      groupByKeys(ids, await this.squads.memberRows(ids), (r) => r.squad_id).map((rows) => rows.map((r) => r.user_id)),
    ).load(squadId);
  }

  async members(ctx: GqlContext, squadId: string): Promise<UserEntity[]> {
    return this.users.loadMany(ctx, await this.memberIds(ctx, squadId));
  }

  async memberCount(ctx: GqlContext, squadId: string): Promise<number> {
    return (await this.memberIds(ctx, squadId)).length;
  }

  async ofUser(ctx: GqlContext, userId: string): Promise<SquadEntity | null> {
    const squadId = await requestLoader<string, string | null>(ctx, 'squad.idOfUser', async (ids) =>
      byKeys(ids, await this.squads.membershipsOf(ids), (m) => m.userId).map((m) => m?.squadId ?? null),
    ).load(userId);
    return squadId ? this.byId(ctx).load(squadId) : null;
  }
}
