import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SQUAD_FRAMEWORKS, SquadFrameworkName } from '@guildhall/shared-domain';
import { OrgGroup } from '../shared/org-group.model';

/** The GraphQL enum of SQUAD_FRAMEWORKS (shared domain), usable as `SquadFramework.SCRUM`. */
export const SquadFramework = Object.fromEntries(SQUAD_FRAMEWORKS.map((f) => [f, f])) as { readonly [F in SquadFrameworkName]: F };
export type SquadFramework = SquadFrameworkName;
registerEnumType(SquadFramework, { name: 'SquadFramework' });

/** Source object: a SquadEntity; relations are resolved by SquadResolver. */
@ObjectType('Squad')
export class Squad extends OrgGroup {
  @Field(() => String, { nullable: true })
  mission: string | null;

  @Field(() => SquadFramework)
  framework: SquadFramework;
}
