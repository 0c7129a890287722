import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { TensionStatus } from './tension.model';

@InputType('TensionInput')
export class TensionInput {
  @Field(() => ID, { nullable: true }) allianceId?: string | null;
  @Field() title: string;
  @Field() description: string;
  @Field(() => [ID], { description: 'One to ten squads it involves.' }) squadIds: string[];
  @Field(() => Boolean, { nullable: true, description: 'Ask for a coach to facilitate its review: the coaches on call are told.' }) wantsCoach?: boolean | null;
}

@ArgsType()
export class TensionsArgs {
  @Field(() => TensionStatus, { nullable: true }) status?: TensionStatus | null;
  @Field(() => ID, { nullable: true }) allianceId?: string | null;
  @Field(() => ID, { nullable: true, description: "Tensions involving any of the tribe's squads: the tribe's review." }) tribeId?: string | null;
}
