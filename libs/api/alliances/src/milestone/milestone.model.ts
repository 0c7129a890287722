import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MILESTONE_STATUSES, MilestoneStatusName } from '@guildhall/shared-domain';

export const MilestoneStatus = Object.fromEntries(MILESTONE_STATUSES.map((s) => [s, s])) as { readonly [S in MilestoneStatusName]: S };
export type MilestoneStatus = MilestoneStatusName;
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus' });

/** Source object: a MilestoneRecord; squad and overdue are resolved by MilestoneResolver. */
@ObjectType('Milestone')
export class Milestone {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => GraphQLISODateTime) dueDate: Date;
  @Field(() => MilestoneStatus) status: MilestoneStatus;
}
