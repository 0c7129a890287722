import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext, Viewer } from '@guildhall/api-core';
import { Guild, GuildEntity, GuildLoaders } from '@guildhall/api-org';
import { GuildPostsArgs } from './dto/post.inputs';
import { PostConnection } from './post.model';
import { PostsService } from './posts.service';

/** The knowledge context's field on the org context's Guild type. */
@Resolver(() => Guild)
export class GuildPostsResolver {
  constructor(
    private readonly postsService: PostsService,
    private readonly guilds: GuildLoaders,
  ) {}

  @ResolveField(() => PostConnection, { description: 'Pinned first, then newest first.' })
  posts(@Parent() guild: GuildEntity, @Args() args: GuildPostsArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    // Each post's `guild` is this one: already read, so no statement loads it again.
    this.guilds.byId(ctx).prime(guild.id, guild);
    return this.postsService.guildPosts(viewer, guild.id, args);
  }
}
