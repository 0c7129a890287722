import { Args, Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentViewer, GqlContext, selectsField, Viewer } from '@guildhall/api-core';
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
  posts(@Parent() guild: GuildEntity, @Args() args: GuildPostsArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext, @Info() info: GraphQLResolveInfo) {
    // Each post's `guild` is this one: already read, so no statement loads it again.
    this.guilds.byId(ctx).prime(guild.id, guild);
    // A count the client asks for is read with the page, in the same statement.
    return this.postsService.guildPosts(viewer, guild.id, args, selectsField(info, 'totalCount'));
  }
}
