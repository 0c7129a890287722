import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo, timestampKey } from '@guildhall/api-core';

export enum PostKind {
  ARTICLE = 'ARTICLE',
  QUESTION = 'QUESTION',
  ANNOUNCEMENT = 'ANNOUNCEMENT',
}
registerEnumType(PostKind, { name: 'PostKind', valuesMap: { ANNOUNCEMENT: { description: 'Coordinators only.' } } });

/** A post as stored; the GraphQL `Post` type's source object. */
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

  static fromRow(row: Record<string, any>): PostRecord {
    return Object.assign(new PostRecord(), {
      id: row.id,
      guildId: row.guild_id,
      authorId: row.author_id,
      kind: row.kind,
      title: row.title,
      body: row.body,
      tags: row.tags ?? [],
      pinned: row.pinned,
      locked: row.locked,
      score: row.score,
      commentCount: row.comment_count,
      acceptedAnswerId: row.accepted_answer_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      createdAtKey: row.created_at_key,
    });
  }
}

/** The columns PostRecord.fromRow reads, for a table aliased `p`. */
export const POST_COLUMNS = `p.id, p.guild_id, p.author_id, p.kind, p.title, p.body, p.tags, p.pinned, p.locked, p.score,
  p.comment_count, p.accepted_answer_id, p.created_at, p.updated_at, ${timestampKey('p.created_at')} AS created_at_key`;

@ObjectType('Post')
export class Post {
  @Field(() => ID) id: string;
  @Field(() => PostKind) kind: PostKind;
  @Field() title: string;
  @Field({ description: 'Markdown source.' }) body: string;
  @Field(() => [String], { description: 'Lower-case, unique, at most 5.' }) tags: string[];
  @Field() pinned: boolean;
  @Field() locked: boolean;
  @Field(() => Int, { description: 'Number of upvotes.' }) score: number;
  @Field(() => Int) commentCount: number;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@ObjectType('PostEdge')
export class PostEdge {
  @Field() cursor: string;
  @Field(() => Post) node: PostRecord;
}

/** `totalCount` is resolved by PostConnectionResolver from `count`, only when a client asks for it. */
@ObjectType('PostConnection')
export class PostConnection {
  @Field(() => [PostEdge]) edges: PostEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  count: () => Promise<number>;
}

@ObjectType('TagCount')
export class TagCount {
  @Field() tag: string;
  @Field(() => Int) count: number;
}
