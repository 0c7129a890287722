import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { InteractionMode } from './agreement.model';

@InputType('AgreementInput')
export class AgreementInput {
  @Field(() => ID) offerId: string;
  @Field(() => ID) consumerSquadId: string;
  @Field() terms: string;
  @Field(() => InteractionMode, { nullable: true, description: 'X_AS_A_SERVICE when not given.' }) mode?: InteractionMode | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) reviewBy?: Date | null;
}

@InputType('AgreementAmendmentInput', { description: 'What a tension review changes in a standing agreement; only the fields given change.' })
export class AgreementAmendmentInput {
  @Field(() => ID) agreementId: string;
  @Field(() => String, { nullable: true }) terms?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null clears the review date.' }) reviewBy?: Date | null;
}
