import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AllianceStatus } from './alliance.model';

@InputType()
export class CreateAllianceInput {
  @Field() name: string;
  @Field({ description: 'The goal bigger than any one tribe, in one sentence.' }) goal: string;
  @Field(() => [ID], {
    description: 'Two or more distinct tribes (duplicates count once); the creator must sit in the trio of one of them, or be an admin.',
  })
  tribeIds: string[];
  @Field(() => [String], { nullable: true, description: 'Most important first; each non-blank, distinct.' }) criteria?: string[] | null;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateAllianceInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) goal?: string | null;
  @Field(() => AllianceStatus, {
    nullable: true,
    description: 'FORMING -> ACTIVE -> COMPLETED or DISBANDED, and FORMING -> DISBANDED (an alliance that never got going); the same status again changes nothing; any other move is BAD_USER_INPUT.',
  })
  status?: AllianceStatus | null;
  @Field(() => [String], { nullable: true, description: 'Replaces the whole list (so editors reorder by sending it in the new order).' }) criteria?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'The revision last read; when the alliance has moved on since: CONFLICT, and nothing is written.' })
  expectedRevision?: number | null;
}
