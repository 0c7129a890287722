import { Injectable } from '@nestjs/common';
import { byKeys, GqlContext, requestLoader } from '@guildhall/api-core';
import { CommentRecord } from './comment/comment.record';
import { CommentsService } from './comment/comments.service';
import { PostRecord } from './post/post.record';
import { PostsService } from './post/posts.service';

/** Per-request batching for posts, comments and the viewer's votes. */
@Injectable()
export class KnowledgeLoaders {
  constructor(
    private readonly posts: PostsService,
    private readonly comments: CommentsService,
  ) {}

  post(ctx: GqlContext, id: string): Promise<PostRecord | null> {
    return requestLoader<string, PostRecord | null>(ctx, 'post.byId', async (ids) =>
      byKeys(ids, await this.posts.findByIds(ids), (p) => p.id),
    ).load(id);
  }

  comment(ctx: GqlContext, id: string | null): Promise<CommentRecord | null> {
    if (!id) return Promise.resolve(null);
    return this.commentById(ctx).load(id);
  }

  private commentById(ctx: GqlContext) {
    return requestLoader<string, CommentRecord | null>(ctx, 'comment.byId', async (ids) => byKeys(ids, await this.comments.findByIds(ids), (c) => c.id));
  }

  viewerHasUpvoted(ctx: GqlContext, postId: string): Promise<boolean> {
    const viewerId = ctx.req.user?.id;
    if (!viewerId) return Promise.resolve(false);
    return requestLoader<string, boolean>(ctx, 'post.viewerHasUpvoted', async (ids) => {
      const mine = await this.posts.upvotedBy(viewerId, ids);
      return ids.map((id) => mine.has(id));
    }).load(postId);
  }

  /**
   * A page of comments per post; posts asking for the same page (size, cursor) share one query.
   * The page's comments are then known by id too: a reply's `parent` on the same page (threads
   * keep a reply after the comment it answers) costs no statement.
   */
  commentPage(ctx: GqlContext, postId: string, first: number | null | undefined, after: string | null | undefined): Promise<CommentRecord[]> {
    return this.commentPages(ctx, first, after).load(postId);
  }

  /** A post's first page of comments (its rows: page size + 1) that the post's statement read along: no statement of its own. */
  primeFirstCommentPage(ctx: GqlContext, postId: string, first: number | null, rows: CommentRecord[]): void {
    this.commentPages(ctx, first, null).prime(postId, rows);
    const byId = this.commentById(ctx);
    for (const comment of rows) byId.prime(comment.id, comment);
  }

  private commentPages(ctx: GqlContext, first: number | null | undefined, after: string | null | undefined) {
    return requestLoader<string, CommentRecord[]>(ctx, `post.comments:${first ?? ''}:${after ?? ''}`, async (ids) => {
      const pages = await this.comments.pagesFor(ids, first, after);
      const byId = this.commentById(ctx);
      for (const page of pages.values()) for (const comment of page) byId.prime(comment.id, comment);
      return ids.map((id) => pages.get(id) ?? []);
    });
  }
}
