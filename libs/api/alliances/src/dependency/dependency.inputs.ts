import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';

@InputType('DependencyInput')
export class DependencyInput {
  @Field(() => ID, { nullable: true }) allianceId?: string | null;
  @Field(() => ID) requesterSquadId: string;
  @Field(() => ID) providerSquadId: string;
  @Field(() => ID, { nullable: true, description: "One of the providing squad's live offers." }) offerId?: string | null;
  @Field() description: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) neededBy?: Date | null;
}
