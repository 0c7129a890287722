import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext, ReadAlong, Viewer } from '@guildhall/api-core';
import { User, UserLoaders } from '@guildhall/api-auth';
import { KnowledgeLoaders } from '../knowledge.loaders';
import { Post } from '../post/post.model';
import { Comment } from './comment.model';
import { CommentRecord } from './comment.record';
import { CommentsService } from './comments.service';

@Resolver(() => Comment)
export class CommentResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly loaders: KnowledgeLoaders,
    private readonly users: UserLoaders,
  ) {}

  @Mutation(() => Comment, {
    description:
      'Members of the guild; not on a locked post (FORBIDDEN). Replies are one level deep: replying to a reply attaches to its top-level comment.',
  })
  addComment(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('body') body: string,
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string | null,
  ) {
    return this.comments.add(viewer, postId, body, parentId);
  }

  @Mutation(() => Comment, { description: 'The author only.' })
  updateComment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('body') body: string) {
    return this.comments.update(viewer, id, body);
  }

  @Mutation(() => Boolean, { description: 'The author, a coordinator of the guild, or an admin. Its replies are deleted with it.' })
  deleteComment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.comments.delete(viewer, id);
  }

  @ResolveField(() => Post)
  post(@Parent() comment: CommentRecord, @Context() ctx: GqlContext) {
    return this.loaders.post(ctx, comment.postId);
  }

  @ResolveField(() => User)
  @ReadAlong('Comment')
  author(@Parent() comment: CommentRecord, @Context() ctx: GqlContext) {
    return comment.author ?? this.users.byId(ctx).load(comment.authorId);
  }

  @ResolveField(() => Comment, { nullable: true, description: 'The comment this one replies to, if any.' })
  parent(@Parent() comment: CommentRecord, @Context() ctx: GqlContext) {
    return this.loaders.comment(ctx, comment.parentId);
  }
}
