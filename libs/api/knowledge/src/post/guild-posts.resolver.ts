import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Guild, GuildEntity } from '@guildhall/api-org';
import { GuildPostsArgs } from './dto/post.inputs';
import { PostConnection } from './post.model';
import { PostsService } from './posts.service';

/** The knowledge context's field on the org context's Guild type. */
@Resolver(() => Guild)
export class GuildPostsResolver {
  constructor(private readonly postsService: PostsService) {}

  @ResolveField(() => PostConnection, { description: 'Pinned first, then newest first.' })
  posts(@Parent() guild: GuildEntity, @Args() args: GuildPostsArgs) {
    return this.postsService.guildPosts(guild.id, args);
  }
}
