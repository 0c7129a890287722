import type { PersonSummary } from '@guildhall/api-auth';
import type { DirectoryGuild } from '@guildhall/api-org';
import type { CommentRecord } from '../comment/comment.record';
import type { PostKind } from './post.model';

/** A post as stored; the GraphQL `Post` type's source object. Read and written by PostRepository. */
export class PostRecord {
  id: string;
  guildId: string;
  authorId: string;
  kind: PostKind;
  title: string;
  /** Undefined where a list read the post: lists show no bodies, so they do not read them (`Post.body` loads it then). */
  body?: string;
  tags: string[];
  pinned: boolean;
  locked: boolean;
  score: number;
  commentCount: number;
  acceptedAnswerId: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** created_at in UTC ISO 8601 with microseconds (JS dates stop at milliseconds), for keyset cursors. */
  createdAtKey: string;
  /** Whether the viewer has upvoted it, where the statement that read the post knew (pages read it along). */
  viewerHasUpvoted?: boolean;
  /** The author and the guild, where the statement that read the post read them along (pages do). */
  author?: PersonSummary;
  guild?: DirectoryGuild;
  /** The accepted answer (null: none), where the statement read it along (the post's page does). */
  acceptedAnswer?: CommentRecord | null;
  /**
   * The first comments in thread order (a page's size and one more), where the post's page read
   * them along because the client asked for one first page of them (PostResolver.post).
   */
  commentsAlong?: CommentRecord[];
}
