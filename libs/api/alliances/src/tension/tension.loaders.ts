import { Injectable } from '@nestjs/common';
import { byKeys, GqlContext, groupByKeys, isAdmin, requestLoader } from '@guildhall/api-core';
import { SquadEntity, SquadLoaders, TribeEntity, TribeLoaders } from '@guildhall/api-org';
import { AlliancesLoaders } from '../alliances.loaders';
import { TensionRecord } from './tension.record';
import { TensionsService } from './tensions.service';

/** Per-request batching for tensions: their squads come along with their rows; tribes, alliances and people by loaders. */
@Injectable()
export class TensionLoaders {
  constructor(
    private readonly tensions: TensionsService,
    private readonly squads: SquadLoaders,
    private readonly tribes: TribeLoaders,
    private readonly alliances: AlliancesLoaders,
  ) {}

  byId(ctx: GqlContext) {
    return requestLoader<string, TensionRecord | null>(ctx, 'tension.byId', async (ids) => byKeys(ids, await this.tensions.findByIds(ids), (t) => t.id));
  }

  tension(ctx: GqlContext, id: string | null): Promise<TensionRecord | null> {
    return id ? this.byId(ctx).load(id) : Promise.resolve(null);
  }

  ofAlliance(ctx: GqlContext, allianceId: string): Promise<TensionRecord[]> {
    return requestLoader<string, TensionRecord[]>(ctx, 'tension.ofAlliance', async (ids) =>
      groupByKeys(ids, await this.tensions.ofAlliances(ids), (t) => t.allianceId!),
    ).load(allianceId);
  }

  async squadsOf(ctx: GqlContext, tension: TensionRecord): Promise<SquadEntity[]> {
    const squads = await this.squads.byId(ctx).loadMany(tension.squadIds);
    return squads.filter((s): s is SquadEntity => !!s && !(s instanceof Error));
  }

  /** Admins, editors of its alliance, trio members of the tribes of its squads; never once it is resolved. */
  async viewerCanReview(ctx: GqlContext, tension: TensionRecord): Promise<boolean> {
    const viewer = ctx.req.user;
    if (!viewer || tension.status === 'RESOLVED') return false;
    if (isAdmin(viewer)) return true;
    if (tension.allianceId && (await this.alliances.viewerCanEdit(ctx, tension.allianceId))) return true;
    const squads = await this.squadsOf(ctx, tension);
    const tribes = await this.tribes.byId(ctx).loadMany([...new Set(squads.map((s) => s.tribeId))]);
    return TensionsService.canReview(
      viewer,
      false,
      tribes.filter((t): t is TribeEntity => !!t && !(t instanceof Error)),
    );
  }
}
