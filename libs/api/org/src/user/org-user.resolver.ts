import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GqlContext } from '@guildhall/api-core';
import { User, UserEntity } from '@guildhall/api-auth';
import { Chapter } from '../chapter/chapter.model';
import { ChapterLoaders } from '../chapter/chapter.loaders';
import { Guild } from '../guild/guild.model';
import { GuildLoaders } from '../guild/guild.loaders';
import { Squad } from '../squad/squad.model';
import { SquadLoaders } from '../squad/squad.loaders';

/** The org context's fields on the auth context's User type. */
@Resolver(() => User)
export class OrgUserResolver {
  constructor(
    private readonly squads: SquadLoaders,
    private readonly chapters: ChapterLoaders,
    private readonly guildLoaders: GuildLoaders,
  ) {}

  @ResolveField(() => Squad, { nullable: true })
  squad(@Parent() user: UserEntity, @Context() ctx: GqlContext) {
    return this.squads.ofUser(ctx, user.id);
  }

  @ResolveField(() => Chapter, { nullable: true })
  chapter(@Parent() user: UserEntity, @Context() ctx: GqlContext) {
    return this.chapters.ofUser(ctx, user.id);
  }

  @ResolveField(() => [Guild])
  guilds(@Parent() user: UserEntity, @Context() ctx: GqlContext) {
    return this.guildLoaders.ofUser(ctx, user.id);
  }
}
