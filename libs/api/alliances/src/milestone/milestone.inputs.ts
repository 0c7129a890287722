import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';

@InputType()
export class MilestoneInput {
  @Field(() => ID) allianceId: string;
  @Field() title: string;
  @Field(() => GraphQLISODateTime) dueDate: Date;
  @Field(() => ID, { nullable: true, description: "The squad delivering it: a squad of one of the alliance's tribes." }) squadId?: string | null;
}
