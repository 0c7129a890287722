import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SquadFramework {
  SCRUM = 'SCRUM',
  KANBAN = 'KANBAN',
  SCRUMBAN = 'SCRUMBAN',
  OTHER = 'OTHER',
}
registerEnumType(SquadFramework, { name: 'SquadFramework' });

/** Source object: a SquadEntity; relations are resolved by SquadResolver. */
@ObjectType('Squad')
export class Squad {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  mission: string | null;

  @Field(() => SquadFramework)
  framework: SquadFramework;
}
