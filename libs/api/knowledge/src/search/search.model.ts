import { createUnionType, Field, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@guildhall/api-core';
import { User, UserEntity } from '@guildhall/api-auth';
import { Guild, GuildEntity } from '@guildhall/api-org';
import { Post } from '../post/post.model';
import { PostRecord } from '../post/post.record';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  types: () => [Post, Guild, User] as const,
  resolveType(value: unknown) {
    if (value instanceof PostRecord) return Post;
    if (value instanceof GuildEntity) return Guild;
    if (value instanceof UserEntity) return User;
    return undefined;
  },
});

@ObjectType('SearchEdge')
export class SearchEdge {
  @Field() cursor: string;
  @Field(() => SearchResult) node: PostRecord | GuildEntity | UserEntity;
  @Field(() => String, { nullable: true, description: 'A short plain-text excerpt around the match; the matched words are marked «like this».' })
  snippet: string | null;
}

@ObjectType('SearchConnection')
export class SearchConnection {
  @Field(() => [SearchEdge]) edges: SearchEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}
