import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

/** Source object: an OfferRecord; `squad` and the viewer's permissions are resolved by OfferResolver. */
@ObjectType('SquadOffer', { description: "What a squad offers other teams: its 'team API'." })
export class SquadOffer {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => String, { nullable: true, description: 'What the squad expects from those who use the offer.' }) expectations: string | null;
  @Field(() => String, { nullable: true, description: 'What the squad will not do; limits that cannot be crossed.' }) limits: string | null;
  @Field(() => Int, { description: 'Bumped by every edit; pass it back as UpdateSquadOfferInput.expectedRevision.' }) revision: number;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the squad retired it; a retired offer is not listed and takes no new agreements.' })
  retiredAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}
