import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({
  description:
    "With allianceId: the alliance's editors, citing only its criteria (exact text; duplicates count once). Without: a decision outside any alliance, recorded by a trio member of any tribe or an admin, citing no criteria.",
})
export class DecisionInput {
  @Field(() => ID, { nullable: true }) allianceId?: string | null;
  @Field() title: string;
  @Field(() => String, { nullable: true }) context?: string | null;
  @Field() outcome: string;
  @Field(() => [String], { nullable: true }) criteria?: string[] | null;
}
