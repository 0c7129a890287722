import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ALLIANCE_STATUSES, AllianceStatusName } from '@guildhall/shared-domain';

/** The GraphQL enum of the shared domain's list, usable as `AllianceStatus.ACTIVE`. */
export const AllianceStatus = Object.fromEntries(ALLIANCE_STATUSES.map((s) => [s, s])) as { readonly [S in AllianceStatusName]: S };
export type AllianceStatus = AllianceStatusName;
registerEnumType(AllianceStatus, {
  name: 'AllianceStatus',
  description:
    'FORMING -> ACTIVE -> COMPLETED or DISBANDED; a FORMING alliance that never got going may be DISBANDED too. COMPLETED and DISBANDED are final.',
});

/**
 * Source object: an AllianceRecord. Tribes, objectives, milestones, decisions, progress, createdBy
 * and the viewer's permissions are resolved by AllianceResolver; dependencies and tensions by the
 * team interfaces (issue 16).
 */
@ObjectType('Alliance', { description: 'Trios of two or more tribes planning a goal bigger than any one tribe. Its editors are the trio members of its tribes and admins; everyone signed in reads it.' })
export class Alliance {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() name: string;
  @Field({ description: 'The goal bigger than any one tribe, in one sentence.' }) goal: string;
  @Field(() => AllianceStatus) status: AllianceStatus;
  @Field(() => [String], { description: 'Shared prioritisation criteria, most important first.' }) criteria: string[];
  @Field(() => Int, { description: 'Bumped by every change to the alliance itself; pass it back as UpdateAllianceInput.expectedRevision.' }) revision: number;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}
