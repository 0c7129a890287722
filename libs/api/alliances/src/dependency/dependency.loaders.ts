import { Injectable } from '@nestjs/common';
import { GqlContext, groupByKeys, requestLoader } from '@guildhall/api-core';
import { DependenciesService } from './dependencies.service';
import { DependencyRecord } from './dependency.record';

/** Per-request batching for an alliance's dependencies (a squad's come with its Team API: SquadTeamApiLoaders). */
@Injectable()
export class DependencyLoaders {
  constructor(private readonly dependencies: DependenciesService) {}


  ofAlliance(ctx: GqlContext, allianceId: string): Promise<DependencyRecord[]> {
    return requestLoader<string, DependencyRecord[]>(ctx, 'dependency.ofAlliance', async (ids) =>
      groupByKeys(ids, await this.dependencies.ofAlliances(ids), (r) => r.ownerId).map((rows) => rows.map((r) => r.dependency)),
    ).load(allianceId);
  }
}
