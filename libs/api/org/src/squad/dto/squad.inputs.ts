import { Field, ID, InputType } from '@nestjs/graphql';
import { SquadFramework } from '../squad.model';

@InputType()
export class CreateSquadInput {
  @Field(() => ID)
  tribeId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  mission?: string | null;

  @Field(() => SquadFramework, { nullable: true, description: 'SCRUM when omitted.' })
  framework?: SquadFramework | null;
}

@InputType({ description: 'Omitted fields stay as they are; an explicit null clears productOwnerId or agileCoachId.' })
export class UpdateSquadInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  mission?: string | null;

  @Field(() => SquadFramework, { nullable: true })
  framework?: SquadFramework | null;

  @Field(() => ID, { nullable: true })
  productOwnerId?: string | null;

  @Field(() => ID, { nullable: true })
  agileCoachId?: string | null;
}
