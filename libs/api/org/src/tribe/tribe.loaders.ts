import { Injectable } from '@nestjs/common';
import { byKeys, GqlContext, requestLoader } from '@guildhall/api-core';
import { TribeEntity } from './tribe.entity';
import { TribesService } from './tribe.service';

@Injectable()
export class TribeLoaders {
  constructor(private readonly tribes: TribesService) {}

  byId(ctx: GqlContext) {
    return requestLoader<string, TribeEntity | null>(ctx, 'tribe.byId', async (ids) => byKeys(ids, await this.tribes.findByIds(ids), (t) => t.id));
  }

  memberCount(ctx: GqlContext, tribeId: string): Promise<number> {
    return requestLoader<string, number>(ctx, 'tribe.memberCount', async (ids) => {
      const counts = await this.tribes.memberCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }).load(tribeId);
  }
}
