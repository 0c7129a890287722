import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  discipline?: string | null;

  @Field(() => String, { nullable: true })
  bio?: string | null;
}
