import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';

@InputType()
export class CreateGuildInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@ArgsType()
export class GuildsArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => String, { nullable: true, description: 'Matches name and description.' })
  search?: string | null;
}

@ArgsType()
export class GuildMembersArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
