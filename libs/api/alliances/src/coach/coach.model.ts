import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

/** Source object: a CoachRecord; `user` is resolved by CoachResolver. */
@ObjectType('Coach', { description: 'A person on call as a coach: a tension can ask for one, and a review can name one its facilitator.' })
export class Coach {
  @Field(() => String, { nullable: true, description: 'What they can help with.' }) note: string | null;
  @Field(() => GraphQLISODateTime, { description: 'Since when they are on call.' }) since: Date;
}
