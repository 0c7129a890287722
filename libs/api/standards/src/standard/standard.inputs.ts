import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { AdoptionStatus } from '../adoption/adoption.model';
import { StandardLevel, StandardStatus } from './standard.model';

@InputType()
export class CreateStandardInput {
  @Field(() => ID) chapterId: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => StandardLevel, { nullable: true, description: 'SHOULD when omitted.' }) level?: StandardLevel | null;
  @Field() body: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) adoptBy?: Date | null;
}

@InputType()
export class UpdateStandardDraftInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'null clears it.' }) summary?: string | null;
  @Field(() => StandardLevel, { nullable: true }) level?: StandardLevel | null;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'null clears the deadline.' }) adoptBy?: Date | null;
}

@InputType()
export class SetAdoptionInput {
  @Field(() => ID) standardId: string;
  @Field(() => ID) squadId: string;
  @Field(() => AdoptionStatus) status: AdoptionStatus;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) exemptUntil?: Date | null;
}

@ArgsType()
export class StandardsArgs {
  @Field(() => ID, { nullable: true }) chapterId?: string | null;
  @Field(() => StandardStatus, { nullable: true }) status?: StandardStatus | null;
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@ArgsType()
export class HistoryArgs {
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}
