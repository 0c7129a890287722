import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@guildhall/api-core';
import { PostRecord } from './post.record';

export enum PostKind {
  ARTICLE = 'ARTICLE',
  QUESTION = 'QUESTION',
  ANNOUNCEMENT = 'ANNOUNCEMENT',
}
registerEnumType(PostKind, { name: 'PostKind', valuesMap: { ANNOUNCEMENT: { description: 'Coordinators only.' } } });

@ObjectType('Post')
export class Post {
  @Field(() => ID) id: string;
  @Field(() => PostKind) kind: PostKind;
  @Field() title: string;
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

/** `totalCount` is the page's lazy count, resolved by PostConnectionResolver only when a client asks for it. */
@ObjectType('PostConnection')
export class PostConnection {
  @Field(() => [PostEdge]) edges: PostEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

@ObjectType('TagCount')
export class TagCount {
  @Field() tag: string;
  @Field(() => Int) count: number;
}
