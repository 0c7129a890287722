import type { PersonSummary } from '@guildhall/api-auth';

/** A comment as stored; the GraphQL `Comment` type's source object. Read and written by CommentRepository. */
export class CommentRecord {
  id: string;
  postId: string;
  authorId: string;
  parentId: string | null;
  body: string;
  createdAt: Date;
  updatedAt: Date;
  /** The thread-order key (timestamps as exact text), for keyset cursors. */
  orderKey: [string, string, boolean, string, string];
  /** The author, where the statement that read the comment read them along (pages do). */
  author?: PersonSummary;
}
