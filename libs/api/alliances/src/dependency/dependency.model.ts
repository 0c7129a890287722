import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DEPENDENCY_STATUSES, DependencyStatusName } from '@guildhall/shared-domain';

/** The GraphQL enum of DEPENDENCY_STATUSES (shared domain), usable as `DependencyStatus.REQUESTED`. */
export const DependencyStatus = Object.fromEntries(DEPENDENCY_STATUSES.map((s) => [s, s])) as { readonly [S in DependencyStatusName]: S };
export type DependencyStatus = DependencyStatusName;
registerEnumType(DependencyStatus, { name: 'DependencyStatus', description: 'REQUESTED -> ACCEPTED or DECLINED; ACCEPTED -> DELIVERED.' });

/** Source object: a DependencyRecord; relations and computed fields are resolved by DependencyResolver. */
@ObjectType('Dependency', { description: 'One squad needs something from another.' })
export class Dependency {
  @Field(() => ID) id: string;
  @Field() description: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) neededBy: Date | null;
  @Field(() => DependencyStatus) status: DependencyStatus;
  @Field(() => String, { nullable: true, description: "The providing squad's answer; always given when DECLINED." }) response: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}
