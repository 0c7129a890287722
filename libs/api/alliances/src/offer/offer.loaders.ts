import { Injectable } from '@nestjs/common';
import { byKeys, GqlContext, requestLoader } from '@guildhall/api-core';
import { SquadLoaders, TribeLoaders } from '@guildhall/api-org';
import { OfferRecord } from './offer.record';
import { OffersService } from './offers.service';
import { TeamAccess } from './team-access';

/** Per-request batching for offers: a page of squads costs one statement for all their offers. */
@Injectable()
export class OfferLoaders {
  constructor(
    private readonly offers: OffersService,
    private readonly squads: SquadLoaders,
    private readonly tribes: TribeLoaders,
    private readonly access: TeamAccess,
  ) {}

  byId(ctx: GqlContext) {
    return requestLoader<string, OfferRecord | null>(ctx, 'offer.byId', async (ids) => byKeys(ids, await this.offers.findByIds(ids), (o) => o.id));
  }

  offer(ctx: GqlContext, id: string | null): Promise<OfferRecord | null> {
    return id ? this.byId(ctx).load(id) : Promise.resolve(null);
  }


  /** Members of the squad and its tribe's trio edit and retire a live offer. */
  async viewerCanEdit(ctx: GqlContext, offer: OfferRecord): Promise<boolean> {
    const viewer = ctx.req.user;
    if (!viewer || offer.retiredAt) return false;
    const [squad, viewerSquadId] = await Promise.all([this.squads.byId(ctx).load(offer.squadId), this.access.viewerSquadId(ctx)]);
    if (!squad) return false;
    if (viewerSquadId === squad.id) return true;
    return TeamAccess.inTrio(viewer, await this.tribes.byId(ctx).load(squad.tribeId));
  }
}
