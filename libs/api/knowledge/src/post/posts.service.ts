import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, cleanSearchTerm, decodeCursor, DomainEvents, forbidden, MAX_PAGE_SIZE, notFound, Page, pageSize, PrivilegedActionTaken, toPage, Viewer } from '@guildhall/api-core';
import { type DirectoryGuild, GuildsService } from '@guildhall/api-org';
import { CommentRepository } from '../comment/comment.repository';
import { assertModerator } from '../moderation';
import { CreatePostInput, GuildPostsArgs, PageArgs, TagsArgs, UpdatePostInput } from './dto/post.inputs';
import { PostKind, TagCount } from './post.model';
import { PostRecord } from './post.record';
import { PostRepository, PostWithRole } from './post.repository';
import { checkBody, cleanTitle, normaliseTags, POST_BODY_MAX_LENGTH } from './post-rules';

/** A page of posts; counting them is a query of its own, run only when a client asks. */
export type PostPage = Page<PostRecord, () => Promise<number>>;

@Injectable()
export class PostsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly posts: PostRepository,
    private readonly comments: CommentRepository,
    private readonly guilds: GuildsService,
    private readonly events: DomainEvents,
  ) {}

  /** A post as the viewer sees it; with its first `commentRows` comments in thread order read along, when given. */
  get(viewer: Viewer, id: string, commentRows?: number): Promise<PostRecord | null> {
    return this.posts.findForViewer(id, viewer.id, commentRows);
  }

  findByIds(ids: readonly string[]): Promise<PostRecord[]> {
    return this.posts.findByIds(ids);
  }

  /** Of `postIds`, those `userId` has upvoted. */
  upvotedBy(userId: string, postIds: readonly string[]): Promise<Set<string>> {
    return this.posts.upvotedBy(userId, postIds);
  }

  // ---- writing -------------------------------------------------------------------------------

  /** Members of the guild only; announcements by its coordinators only. */
  async create(viewer: Viewer, input: CreatePostInput): Promise<PostRecord> {
    const guild = await this.guilds.require(input.guildId);
    const role = await this.guilds.membership(guild.id, viewer.id);
    if (!role.isMember) throw forbidden('Join the guild to post in it.');
    const kind = input.kind ?? PostKind.ARTICLE;
    if (kind === PostKind.ANNOUNCEMENT && !role.isCoordinator) throw forbidden("Only the guild's coordinators can post announcements.");
    const title = cleanTitle(input.title);
    const body = checkBody(input.body, POST_BODY_MAX_LENGTH);
    const tags = normaliseTags(input.tags);
    return this.posts.insert({ guildId: guild.id, authorId: viewer.id, kind, title, body, tags });
  }

  /**
   * The author only. Writes only the fields the input sets, so two edits of different fields
   * made at the same time both survive (a read-then-write-everything would drop one).
   */
  async update(viewer: Viewer, id: string, input: UpdatePostInput): Promise<PostRecord> {
    const title = input.title != null ? cleanTitle(input.title) : null;
    const body = input.body != null ? checkBody(input.body, POST_BODY_MAX_LENGTH) : null;
    const tags = input.tags != null ? normaliseTags(input.tags) : null;
    const post = await this.require(id);
    if (post.authorId !== viewer.id) throw forbidden('Only the author can edit a post.');
    return found(await this.posts.updateContent(id, { title, body, tags }));
  }

  /** The author, a coordinator of the guild, or an admin. */
  async delete(viewer: Viewer, id: string): Promise<boolean> {
    const { post, role } = await this.requireWithRole(id, viewer);
    if (post.authorId !== viewer.id) assertModerator(viewer, role, "delete other people's posts");
    await this.db.transaction(async (tx) => {
      await this.posts.delete(id, tx);
      if (post.authorId !== viewer.id) await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'post.deleted', { type: 'post', id: post.id, label: post.title }, { kind: post.kind, authorId: post.authorId, guildId: post.guildId }, null));
    });
    return true;
  }

  /** Coordinators of the guild or admins. */
  async setPinned(viewer: Viewer, id: string, pinned: boolean): Promise<PostRecord> {
    const { post, role } = await this.requireWithRole(id, viewer);
    assertModerator(viewer, role, 'pin posts');
    return this.db.transaction(async (tx) => {
      if (post.pinned !== pinned) await this.events.publish(new PrivilegedActionTaken(tx, viewer, pinned ? 'post.pinned' : 'post.unpinned', { type: 'post', id: post.id, label: post.title }, { pinned: post.pinned }, { pinned }));
      return found(await this.posts.setFlag(id, 'pinned', pinned, tx));
    });
  }

  /** Coordinators of the guild or admins. */
  async setLocked(viewer: Viewer, id: string, locked: boolean): Promise<PostRecord> {
    const { post, role } = await this.requireWithRole(id, viewer);
    assertModerator(viewer, role, 'lock posts');
    return this.db.transaction(async (tx) => {
      if (post.locked !== locked) await this.events.publish(new PrivilegedActionTaken(tx, viewer, locked ? 'post.locked' : 'post.unlocked', { type: 'post', id: post.id, label: post.title }, { locked: post.locked }, { locked }));
      return found(await this.posts.setFlag(id, 'locked', locked, tx));
    });
  }

  /** Idempotent: a second upvote by the same person changes nothing. */
  async upvote(viewer: Viewer, postId: string): Promise<PostRecord> {
    await this.require(postId);
    return found(await this.posts.addVote(postId, viewer.id));
  }

  /** Idempotent: removing an upvote one has not given changes nothing. */
  async removeUpvote(viewer: Viewer, postId: string): Promise<PostRecord> {
    await this.require(postId);
    return found(await this.posts.removeVote(postId, viewer.id));
  }

  /** The question's author only; the comment must be on a QUESTION post. */
  async acceptAnswer(viewer: Viewer, commentId: string): Promise<PostRecord> {
    const postId = await this.comments.postIdOf(commentId);
    if (!postId) throw notFound('That comment');
    const post = await this.require(postId);
    if (post.authorId !== viewer.id) throw forbidden("Only the question's author can accept an answer.");
    if (post.kind !== PostKind.QUESTION) throw badInput('Only answers to a question can be accepted; this comment is on an article or announcement.', 'commentId');
    return found(await this.posts.setAcceptedAnswer(post.id, commentId));
  }

  // ---- lists ---------------------------------------------------------------------------------

  /** Posts from the viewer's guilds, newest first. */
  async feed(viewer: Viewer, args: PageArgs): Promise<PostPage> {
    const size = pageSize(args.first);
    const after = decodeCursor<[string, string]>(args.after, ['timestamp', 'uuid']);
    const rows = await this.posts.feedRows(viewer.id, size + 1, after);
    return toPage(rows, size, () => this.posts.countFeed(viewer.id), (p) => [p.createdAtKey, p.id]);
  }

  /**
   * A guild's posts: pinned first, then newest first; filterable by tag, kind and unanswered. With
   * `withTotal`, the count is read with the page. The posts carry `guild` itself, so none looks it up.
   */
  async guildPosts(viewer: Viewer, guild: DirectoryGuild, args: GuildPostsArgs, withTotal = false): Promise<PostPage> {
    const size = pageSize(args.first);
    const after = decodeCursor<[boolean, string, string]>(args.after, ['boolean', 'timestamp', 'uuid']);
    const filter = { tag: args.tag != null ? (normaliseTags([args.tag])[0] ?? '') : undefined, kind: args.kind, unanswered: args.unanswered };
    const { rows, total } = await this.posts.guildRows(guild.id, viewer.id, filter, size + 1, after, withTotal);
    for (const post of rows) post.guild = guild;
    const count = total !== undefined ? () => Promise.resolve(total) : () => this.posts.countGuild(guild.id, filter);
    return toPage(rows, size, count, (p) => [p.pinned, p.createdAtKey, p.id]);
  }

  /** Most used tags, optionally those starting with `prefix`. */
  tags(args: TagsArgs): Promise<TagCount[]> {
    const size = Math.min(pageSize(args.first), MAX_PAGE_SIZE);
    const prefix = cleanSearchTerm(args.prefix, 'prefix').toLowerCase().replace(/\s+/g, '-');
    return this.posts.popularTags(prefix, size);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private async require(id: string): Promise<PostRecord> {
    return found(await this.posts.findById(id));
  }

  private async requireWithRole(id: string, viewer: Viewer): Promise<PostWithRole> {
    const withRole = await this.posts.findWithViewerRole(id, viewer.id);
    if (!withRole) throw notFound('That post');
    return withRole;
  }
}

function found(post: PostRecord | null): PostRecord {
  if (!post) throw notFound('That post');
  return post;
}
