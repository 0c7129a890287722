import { Injectable } from '@nestjs/common';
import { GqlContext, groupByKeys, requestLoader } from '@guildhall/api-core';
import { SquadLoaders, TribeLoaders } from '@guildhall/api-org';
import { AgreementRecord } from '../agreement/agreement.record';
import { AgreementsService } from '../agreement/agreements.service';
import { DependenciesService } from '../dependency/dependencies.service';
import { DependencyRecord } from '../dependency/dependency.record';
import { OfferLoaders } from './offer.loaders';
import { OfferRecord } from './offer.record';
import { OffersService } from './offers.service';
import { TeamAccess } from './team-access';

export interface SquadTeamApi {
  offers: OfferRecord[];
  agreements: AgreementRecord[];
  dependencies: DependencyRecord[];
}

/**
 * A squad page's Team API in a constant number of statements: the squads' live offers, their
 * agreements and dependencies (each with its offer read along) are read together, one statement
 * each for any number of squads, then every squad they name, those squads' tribes and the viewer's
 * squad are loaded in one batch each before any field resolves, so the page's statements do not
 * depend on which query answers first, on the data, or on who looks.
 */
@Injectable()
export class SquadTeamApiLoaders {
  constructor(
    private readonly offers: OffersService,
    private readonly agreements: AgreementsService,
    private readonly dependencies: DependenciesService,
    private readonly offerLoaders: OfferLoaders,
    private readonly squads: SquadLoaders,
    private readonly tribes: TribeLoaders,
    private readonly access: TeamAccess,
  ) {}

  of(ctx: GqlContext, squadId: string): Promise<SquadTeamApi> {
    return requestLoader<string, SquadTeamApi>(ctx, 'teamApi.ofSquad', async (ids) => {
      const [offers, agreements, dependencies] = await Promise.all([this.offers.liveOfSquads(ids), this.agreements.ofSquads(ids), this.dependencies.ofSquads(ids)]);
      const offerById = this.offerLoaders.byId(ctx);
      for (const o of offers) offerById.prime(o.id, o);
      const named = new Set<string>(ids);
      for (const { agreement: a } of agreements) [a.providerSquadId, a.consumerSquadId, a.proposedBySquadId].forEach((id) => named.add(id));
      for (const { dependency: d } of dependencies) [d.requesterSquadId, d.providerSquadId].forEach((id) => named.add(id));
      const [squads] = await Promise.all([this.squads.byId(ctx).loadMany([...named]), this.access.viewerSquadId(ctx)]);
      // Their tribes too (what the page shows of them, and who sits in the trio of the squad's tribe), in one batch.
      const tribeIds = new Set(squads.flatMap((s) => (s && !(s instanceof Error) ? [s.tribeId] : [])));
      await this.tribes.byId(ctx).loadMany([...tribeIds]);
      const offersBy = groupByKeys(ids, offers, (o) => o.squadId);
      const agreementsBy = groupByKeys(ids, agreements, (r) => r.squadId);
      const dependenciesBy = groupByKeys(ids, dependencies, (r) => r.ownerId);
      return ids.map((_, i) => ({
        offers: offersBy[i],
        agreements: agreementsBy[i].map((r) => r.agreement),
        dependencies: dependenciesBy[i].map((r) => r.dependency),
      }));
    }).load(squadId);
  }
}
