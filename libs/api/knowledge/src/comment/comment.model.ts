import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo, timestampKey } from '@guildhall/api-core';

/** A comment as stored; the GraphQL `Comment` type's source object. */
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

  static fromRow(row: Record<string, any>): CommentRecord {
    return Object.assign(new CommentRecord(), {
      id: row.id,
      postId: row.post_id,
      authorId: row.author_id,
      parentId: row.parent_id,
      body: row.body,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      orderKey: [row.thread_created_at_key, row.thread_id, row.parent_id !== null, row.created_at_key, row.id],
    });
  }
}

export const COMMENT_COLUMNS = `c.id, c.post_id, c.author_id, c.parent_id, c.body, c.created_at, c.updated_at, c.thread_id,
  ${timestampKey('c.thread_created_at')} AS thread_created_at_key, ${timestampKey('c.created_at')} AS created_at_key`;

@ObjectType('Comment')
export class Comment {
  @Field(() => ID) id: string;
  @Field({ description: 'Markdown source.' }) body: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@ObjectType('CommentEdge')
export class CommentEdge {
  @Field() cursor: string;
  @Field(() => Comment) node: CommentRecord;
}

@ObjectType('CommentConnection')
export class CommentConnection {
  @Field(() => [CommentEdge]) edges: CommentEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}
