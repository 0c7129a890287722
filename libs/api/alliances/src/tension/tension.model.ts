import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TENSION_STATUSES, TensionStatusName } from '@guildhall/shared-domain';

/** The GraphQL enum of TENSION_STATUSES (shared domain), usable as `TensionStatus.SURFACED`. */
export const TensionStatus = Object.fromEntries(TENSION_STATUSES.map((s) => [s, s])) as { readonly [S in TensionStatusName]: S };
export type TensionStatus = TensionStatusName;
registerEnumType(TensionStatus, { name: 'TensionStatus' });

/** Source object: a TensionRecord; relations and the viewer's permission are resolved by TensionResolver. */
@ObjectType('Tension', { description: 'A friction between teams, surfaced early and reviewed in the open.' })
export class Tension {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => TensionStatus) status: TensionStatus;
  @Field(() => String, { nullable: true }) resolution: string | null;
  @Field({ description: 'Whoever raised it asked for a coach to facilitate its review.' }) wantsCoach: boolean;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) reviewStartedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) resolvedAt: Date | null;
}
