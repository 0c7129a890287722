import { Field, ID, InputType, Int } from '@nestjs/graphql';

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
  @Field(() => Int, { nullable: true, description: 'The revision you last read: when it is stale, CONFLICT and nothing changes. Without it, the fields given win.' })
  expectedRevision?: number | null;
}
