import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PostKind } from '../post.model';

@InputType()
export class CreatePostInput {
  @Field(() => ID) guildId: string;
  @Field(() => PostKind, { nullable: true, description: 'ARTICLE when omitted.' }) kind?: PostKind | null;
  @Field() title: string;
  @Field() body: string;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
}

@InputType()
export class UpdatePostInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@ArgsType()
export class GuildPostsArgs extends PageArgs {
  @Field(() => String, { nullable: true }) tag?: string | null;
  @Field(() => PostKind, { nullable: true }) kind?: PostKind | null;
  @Field(() => Boolean, { nullable: true, description: 'When true, only questions without an accepted answer.' })
  unanswered?: boolean | null;
}

@ArgsType()
export class TagsArgs {
  @Field(() => String, { nullable: true }) prefix?: string | null;
  @Field(() => Int, { nullable: true }) first?: number | null;
}
