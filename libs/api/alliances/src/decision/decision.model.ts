import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

/** Source object: a DecisionRecord; alliance and decidedBy are resolved by DecisionResolver. */
@ObjectType('Decision')
export class Decision {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) context: string | null;
  @Field() outcome: string;
  @Field(() => [String], { description: 'Which of the shared criteria carried the decision.' }) criteria: string[];
  @Field(() => GraphQLISODateTime) decidedAt: Date;
}
