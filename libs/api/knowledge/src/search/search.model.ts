import { createUnionType, Field, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@guildhall/api-core';
import { User, UserEntity } from '@guildhall/api-auth';
import { Guild, GuildEntity } from '@guildhall/api-org';
import { Standard, StandardRecord } from '@guildhall/api-standards';
import { Post } from '../post/post.model';
import { PostRecord } from '../post/post.record';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  types: () => [Post, Guild, User, Standard] as const,
  resolveType(value: unknown) {
    if (value instanceof PostRecord) return Post;
    if (value instanceof GuildEntity) return Guild;
    if (value instanceof UserEntity) return User;
    if (value instanceof StandardRecord) return Standard;
    return undefined;
  },
});

@ObjectType('SearchEdge')
export class SearchEdge {
  @Field() cursor: string;
  @Field(() => SearchResult) node: PostRecord | GuildEntity | UserEntity | StandardRecord;
  @Field(() => String, { nullable: true, description: 'A short plain-text excerpt around the match; the matched words are marked «like this».' })
  snippet: string | null;
}

@ObjectType('SearchConnection')
export class SearchConnection {
  @Field(() => [SearchEdge]) edges: SearchEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}
