import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreateChapterInput {
  @Field(() => ID)
  tribeId: string;

  @Field()
  name: string;

  @Field()
  discipline: string;

  @Field(() => ID, { nullable: true })
  leadId?: string | null;
}
