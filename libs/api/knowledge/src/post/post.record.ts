import type { PostKind } from './post.model';

/** A post as stored; the GraphQL `Post` type's source object. Read and written by PostRepository. */
export class PostRecord {
  id: string;
  guildId: string;
  authorId: string;
  kind: PostKind;
  title: string;
  body: string;
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
}
