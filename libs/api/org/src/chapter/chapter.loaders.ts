import { Injectable } from '@nestjs/common';
import { byKeys, GqlContext, groupByKeys, requestLoader } from '@guildhall/api-core';
import { UserEntity, UserLoaders } from '@guildhall/api-auth';
import { ChapterEntity } from './chapter.entity';
import { ChaptersService } from './chapter.service';

@Injectable()
export class ChapterLoaders {
  constructor(
    private readonly chapters: ChaptersService,
    private readonly users: UserLoaders,
  ) {}

  byId(ctx: GqlContext) {
    return requestLoader<string, ChapterEntity | null>(ctx, 'chapter.byId', async (ids) =>
      byKeys(ids, await this.chapters.findByIds(ids), (c) => c.id),
    );
  }

  byTribe(ctx: GqlContext, tribeId: string): Promise<ChapterEntity[]> {
    return requestLoader<string, ChapterEntity[]>(ctx, 'chapter.byTribe', async (ids) =>
      groupByKeys(ids, await this.chapters.byTribes(ids), (c) => c.tribeId),
    ).load(tribeId);
  }

  private memberIds(ctx: GqlContext, chapterId: string): Promise<string[]> {
    return requestLoader<string, string[]>(ctx, 'chapter.memberIds', async (ids) =>
      groupByKeys(ids, await this.chapters.memberRows(ids), (r) => r.chapter_id).map((rows) => rows.map((r) => r.user_id)),
    ).load(chapterId);
  }

  async members(ctx: GqlContext, chapterId: string): Promise<UserEntity[]> {
    return this.users.loadMany(ctx, await this.memberIds(ctx, chapterId));
  }

  async memberCount(ctx: GqlContext, chapterId: string): Promise<number> {
    return (await this.memberIds(ctx, chapterId)).length;
  }

  async ofUser(ctx: GqlContext, userId: string): Promise<ChapterEntity | null> {
    const chapterId = await requestLoader<string, string | null>(ctx, 'chapter.idOfUser', async (ids) =>
      byKeys(ids, await this.chapters.membershipsOf(ids), (m) => m.userId).map((m) => m?.chapterId ?? null),
    ).load(userId);
    return chapterId ? this.byId(ctx).load(chapterId) : null;
  }
}
