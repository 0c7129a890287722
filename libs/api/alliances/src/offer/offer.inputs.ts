import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('SquadOfferInput')
export class SquadOfferInput {
  @Field(() => ID) squadId: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => String, { nullable: true }) expectations?: string | null;
  @Field(() => String, { nullable: true }) limits?: string | null;
}

@InputType('UpdateSquadOfferInput', { description: 'Only the fields given change; null clears expectations or limits.' })
export class UpdateSquadOfferInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) expectations?: string | null;
  @Field(() => String, { nullable: true }) limits?: string | null;
}
