import { Field, ObjectType } from '@nestjs/graphql';
import { OrgGroup } from '../shared/org-group.model';

/** Source object: a TribeEntity; squads, chapters, trio and memberCount are resolved by TribeResolver. */
@ObjectType('Tribe')
export class Tribe extends OrgGroup {
  @Field(() => String, { nullable: true })
  mission: string | null;
}

/** Source object: the seats' user ids, taken from the tribe row. */
@ObjectType('Trio', { description: "A tribe's leadership trio: tribe lead, product lead and design lead." })
export class Trio {
  tribeLeadId: string | null;
  productLeadId: string | null;
  designLeadId: string | null;
}
