import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@guildhall/api-core';
import { CommentRecord } from './comment.record';

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
