import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, decodeCursor, DomainEvents, forbidden, notFound, Page, pageSize, PrivilegedActionTaken, toPage, Viewer } from '@guildhall/api-core';
import { assertModerator } from '../moderation';
import { LockedPost, PostRepository } from '../post/post.repository';
import { checkBody, COMMENT_BODY_MAX_LENGTH } from '../post/post-rules';
import { CommentRecord } from './comment.record';
import { CommentOrderKey, CommentRepository } from './comment.repository';

@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly comments: CommentRepository,
    private readonly posts: PostRepository,
    private readonly events: DomainEvents,
  ) {}

  findByIds(ids: readonly string[]): Promise<CommentRecord[]> {
    return this.comments.findByIds(ids);
  }

  /**
   * One page of comments (size+1 rows, for toPage) for each of `postIds`, same size and cursor,
   * in one statement, so a list of posts showing their comments does not query once per post.
   */
  async pagesFor(postIds: readonly string[], first: number | null | undefined, after: string | null | undefined): Promise<Map<string, CommentRecord[]>> {
    const size = pageSize(first);
    const key = decodeCursor<CommentOrderKey>(after, ['timestamp', 'uuid', 'boolean', 'timestamp', 'uuid']);
    const rows = await this.comments.pageRows(postIds, size + 1, key);
    const byPost = new Map<string, CommentRecord[]>();
    for (const comment of rows) {
      const list = byPost.get(comment.postId);
      if (list) list.push(comment);
      else byPost.set(comment.postId, [comment]);
    }
    return byPost;
  }

  /** A post's page of comments from the rows pagesFor gave; the post row keeps the count. */
  static page(rows: CommentRecord[], first: number | null | undefined, commentCount: number): Page<CommentRecord> {
    return toPage(rows, pageSize(first), commentCount, (c) => c.orderKey);
  }

  /**
   * Members of the guild; not on a locked post. Replies are one level deep: a reply to a reply
   * attaches to the top-level comment it answers, so threads never nest further.
   */
  async add(viewer: Viewer, postId: string, body: string, parentId?: string | null): Promise<CommentRecord> {
    return this.db.transaction(async (tx) => {
      const post = await this.lockPost(tx, postId, viewer);
      if (!post.role.isMember) throw forbidden('Join the guild to comment in it.');
      if (post.locked) throw forbidden('This post is locked; nobody can comment on it.');
      checkBody(body, COMMENT_BODY_MAX_LENGTH, 'comment');
      let topId: string | null = null;
      if (parentId != null) {
        topId = await this.comments.threadTopOf(tx, parentId, postId);
        if (!topId) throw badInput('You can only reply to a comment on the same post.', 'parentId');
      }
      return this.comments.insert(tx, { postId, authorId: viewer.id, body, topId });
    });
  }

  /** The author only. */
  async update(viewer: Viewer, id: string, body: string): Promise<CommentRecord> {
    const comment = await this.require(id);
    if (comment.authorId !== viewer.id) throw forbidden('Only the author can edit a comment.');
    checkBody(body, COMMENT_BODY_MAX_LENGTH, 'comment');
    return this.db.transaction(async (tx) => {
      await this.lockPost(tx, comment.postId, viewer);
      const updated = await this.comments.updateBody(tx, id, body);
      if (!updated) throw notFound('That comment');
      return updated;
    });
  }

  /** The author, a coordinator of the guild, or an admin. Replies go with the comment they answer. */
  async delete(viewer: Viewer, id: string): Promise<boolean> {
    const comment = await this.require(id);
    return this.db.transaction(async (tx) => {
      const post = await this.lockPost(tx, comment.postId, viewer);
      if (comment.authorId !== viewer.id) assertModerator(viewer, post.role, "delete other people's comments");
      await this.comments.delete(tx, id);
      if (comment.authorId !== viewer.id) await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'comment.deleted', { type: 'comment', id: comment.id, label: excerpt(comment.body, 80) }, { authorId: comment.authorId, postId: comment.postId, body: excerpt(comment.body, 500) }, null));
      return true;
    });
  }

  private async require(id: string): Promise<CommentRecord> {
    const [comment] = await this.comments.findByIds([id]);
    if (!comment) throw notFound('That comment');
    return comment;
  }

  /** Comment writers on one post take turns (see PostRepository.lockForComment). */
  private async lockPost(tx: EntityManager, postId: string, viewer: Viewer): Promise<LockedPost> {
    const post = await this.posts.lockForComment(tx, postId, viewer.id);
    if (!post) throw notFound('That post');
    return post;
  }
}

/** The start of a comment, to name it in the audit log without keeping all of it. */
function excerpt(body: string, max: number): string {
  const text = body.slice(0, max * 2).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
