import { Injectable } from '@nestjs/common';
import { byKeys, GqlContext, groupByKeys, requestLoader } from '@guildhall/api-core';
import { AgreementRecord } from './agreement.record';
import { AgreementsService } from './agreements.service';

/** Per-request batching for agreements by id and by tension (a squad's come with its Team API: SquadTeamApiLoaders). */
@Injectable()
export class AgreementLoaders {
  constructor(private readonly agreements: AgreementsService) {}

  byId(ctx: GqlContext) {
    return requestLoader<string, AgreementRecord | null>(ctx, 'agreement.byId', async (ids) => byKeys(ids, await this.agreements.findByIds(ids), (a) => a.id));
  }

  ofTension(ctx: GqlContext, tensionId: string): Promise<AgreementRecord[]> {
    return requestLoader<string, AgreementRecord[]>(ctx, 'agreement.ofTension', async (ids) =>
      groupByKeys(ids, await this.agreements.ofTensions(ids), (a) => a.tensionId!),
    ).load(tensionId);
  }
}
