import { Args, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentViewer, selectsField, Viewer } from '@guildhall/api-core';
import { Guild, GuildEntity } from '@guildhall/api-org';
import { GuildPostsArgs } from './dto/post.inputs';
import { PostConnection } from './post.model';
import { PostsService } from './posts.service';

/** The knowledge context's field on the org context's Guild type. */
@Resolver(() => Guild)
export class GuildPostsResolver {
  constructor(private readonly postsService: PostsService) {}

  @ResolveField(() => PostConnection, { description: 'Pinned first, then newest first.' })
  posts(@Parent() guild: GuildEntity, @Args() args: GuildPostsArgs, @CurrentViewer() viewer: Viewer, @Info() info: GraphQLResolveInfo) {
    // Each post's `guild` is this one, already read: the posts carry it. A count the client asks
    // for is read with the page, in the same statement.
    return this.postsService.guildPosts(viewer, guild, args, selectsField(info, 'totalCount'));
  }
}
