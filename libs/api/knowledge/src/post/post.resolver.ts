import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentViewer, GqlContext, pageSize, ReadAlong, selectedArguments, Viewer } from '@guildhall/api-core';
import { User, UserLoaders } from '@guildhall/api-auth';
import { Guild, GuildLoaders } from '@guildhall/api-org';
import { Comment, CommentConnection } from '../comment/comment.model';
import { CommentsService } from '../comment/comments.service';
import { KnowledgeLoaders } from '../knowledge.loaders';
import { CreatePostInput, PageArgs, TagsArgs, UpdatePostInput } from './dto/post.inputs';
import { Post, PostConnection, TagCount } from './post.model';
import { PostRecord } from './post.record';
import { PostsService } from './posts.service';

@Resolver(() => Post)
export class PostResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly loaders: KnowledgeLoaders,
    private readonly users: UserLoaders,
    private readonly guilds: GuildLoaders,
  ) {}

  /** Its page's one statement reads the first page of comments along when the client asks for one (oneFirstCommentPage). */
  @Query(() => Post, { nullable: true })
  async post(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext, @Info() info: GraphQLResolveInfo) {
    const comments = oneFirstCommentPage(info);
    const post = await this.posts.get(viewer, id, comments ? comments.size + 1 : undefined);
    if (post?.commentsAlong && comments) this.loaders.primeFirstCommentPage(ctx, post.id, comments.first, post.commentsAlong);
    return post;
  }

  @Query(() => PostConnection, { description: "Posts from the viewer's guilds, newest first." })
  feed(@CurrentViewer() viewer: Viewer, @Args() args: PageArgs) {
    return this.posts.feed(viewer, args);
  }

  @Query(() => [TagCount], { description: 'Most used tags, optionally those starting with prefix.' })
  tags(@Args() args: TagsArgs) {
    return this.posts.tags(args);
  }

  @Mutation(() => Post, { description: "Members of the guild only; not in a guild one has not joined (FORBIDDEN)." })
  createPost(@CurrentViewer() viewer: Viewer, @Args('input') input: CreatePostInput) {
    return this.posts.create(viewer, input);
  }

  @Mutation(() => Post, { description: 'The author only.' })
  updatePost(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdatePostInput) {
    return this.posts.update(viewer, id, input);
  }

  @Mutation(() => Boolean, { description: 'The author, a coordinator of the guild, or an admin.' })
  deletePost(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.posts.delete(viewer, id);
  }

  @Mutation(() => Post, { description: 'Idempotent: a second upvote by the same person changes nothing.' })
  upvotePost(@CurrentViewer() viewer: Viewer, @Args('postId', { type: () => ID }) postId: string) {
    return this.posts.upvote(viewer, postId);
  }

  @Mutation(() => Post, { description: 'Idempotent: removing an upvote one has not given changes nothing.' })
  removeUpvote(@CurrentViewer() viewer: Viewer, @Args('postId', { type: () => ID }) postId: string) {
    return this.posts.removeUpvote(viewer, postId);
  }

  @Mutation(() => Post, { description: "The question's author only; the comment must be on that question." })
  acceptAnswer(@CurrentViewer() viewer: Viewer, @Args('commentId', { type: () => ID }) commentId: string) {
    return this.posts.acceptAnswer(viewer, commentId);
  }

  @Mutation(() => Post, { description: 'Coordinators of the guild or admins.' })
  pinPost(@CurrentViewer() viewer: Viewer, @Args('postId', { type: () => ID }) postId: string, @Args('pinned') pinned: boolean) {
    return this.posts.setPinned(viewer, postId, pinned);
  }

  @Mutation(() => Post, { description: 'Coordinators of the guild or admins.' })
  lockPost(@CurrentViewer() viewer: Viewer, @Args('postId', { type: () => ID }) postId: string, @Args('locked') locked: boolean) {
    return this.posts.setLocked(viewer, postId, locked);
  }

  @ResolveField(() => Guild)
  @ReadAlong('Post')
  guild(@Parent() post: PostRecord, @Context() ctx: GqlContext) {
    return post.guild ?? this.guilds.byId(ctx).load(post.guildId);
  }

  @ResolveField(() => String, { description: 'Markdown source.' })
  @ReadAlong('Post')
  async body(@Parent() post: PostRecord, @Context() ctx: GqlContext) {
    // Lists read no bodies; a client that asks for them there gets them in one batch.
    return post.body ?? (await this.loaders.post(ctx, post.id))?.body ?? '';
  }

  @ResolveField(() => User)
  @ReadAlong('Post')
  author(@Parent() post: PostRecord, @Context() ctx: GqlContext) {
    return post.author ?? this.users.byId(ctx).load(post.authorId);
  }

  @ResolveField(() => Boolean)
  @ReadAlong('Post')
  viewerHasUpvoted(@Parent() post: PostRecord, @Context() ctx: GqlContext) {
    return post.viewerHasUpvoted ?? this.loaders.viewerHasUpvoted(ctx, post.id);
  }

  @ResolveField(() => Comment, { nullable: true, description: 'Only for QUESTION posts.' })
  @ReadAlong('Post')
  acceptedAnswer(@Parent() post: PostRecord, @Context() ctx: GqlContext) {
    return this.loaders.comment(ctx, post.acceptedAnswerId);
  }

  @ResolveField(() => CommentConnection, { description: 'Oldest first; each reply follows the comment it answers (one level deep).' })
  async comments(
    @Parent() post: PostRecord,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    const rows = await this.loaders.commentPage(ctx, post.id, first, after);
    return CommentsService.page(rows, first, post.commentCount);
  }
}

/**
 * The one first page of comments the client asked for under a post (`comments(first: n)` without
 * a cursor, through any number of aliases) and its size, which the post's statement can read
 * along; null when it asks for none, for a later page, or for pages of different sizes (each then
 * loads its own), and for a `first` the field itself will refuse (pageSize's rule).
 */
function oneFirstCommentPage(info: GraphQLResolveInfo): { first: number | null; size: number } | null {
  const asked = selectedArguments(info, 'comments');
  if (!asked?.length || asked.some((args) => args.after != null)) return null;
  const sizes = new Set(asked.map((args) => (args.first ?? null) as number | null));
  if (sizes.size !== 1) return null;
  const [first] = sizes;
  try {
    return { first, size: pageSize(first) };
  } catch {
    return null;
  }
}
