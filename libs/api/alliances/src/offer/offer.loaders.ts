import { Injectable } from '@nestjs/common';
import { byKeys, GqlContext, requestLoader } from '@guildhall/api-core';
import { SquadEntity, SquadLoaders, TribeLoaders } from '@guildhall/api-org';
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

  /** Whether the viewer may publish the squad's offers (TeamAccess.canPublishOffer): its members and its tribe's trio. */
  async viewerCanPublish(ctx: GqlContext, squad: SquadEntity | null): Promise<boolean> {
    const viewer = ctx.req.user;
    if (!viewer || !squad) return false;
    const [viewerSquadId, tribe] = await Promise.all([this.access.viewerSquadId(ctx), this.tribes.byId(ctx).load(squad.tribeId)]);
    return TeamAccess.canPublishOffer(viewer, squad.id, tribe ?? null, viewerSquadId);
  }

  /** The same people edit and retire a live offer. */
  async viewerCanEdit(ctx: GqlContext, offer: OfferRecord): Promise<boolean> {
    if (offer.retiredAt) return false;
    return this.viewerCanPublish(ctx, await this.squads.byId(ctx).load(offer.squadId));
  }
}
