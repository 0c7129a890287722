import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AGREEMENT_STATUSES, AgreementStatusName, INTERACTION_MODES, InteractionModeName } from '@guildhall/shared-domain';

/** The GraphQL enums of the shared domain's lists, usable as `InteractionMode.COLLABORATION`. */
export const InteractionMode = Object.fromEntries(INTERACTION_MODES.map((m) => [m, m])) as { readonly [M in InteractionModeName]: M };
export type InteractionMode = InteractionModeName;
registerEnumType(InteractionMode, { name: 'InteractionMode', description: 'How the two teams work together (Team Topologies interaction modes).' });

export const AgreementStatus = Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s, s])) as { readonly [S in AgreementStatusName]: S };
export type AgreementStatus = AgreementStatusName;
registerEnumType(AgreementStatus, { name: 'AgreementStatus' });

/** Source object: an AgreementRecord; relations and the viewer's permissions are resolved by AgreementResolver. */
@ObjectType('InterfaceAgreement', { description: 'A written interface agreement between a providing and a consuming squad.' })
export class InterfaceAgreement {
  @Field(() => ID) id: string;
  @Field() terms: string;
  @Field(() => InteractionMode, { description: 'X_AS_A_SERVICE unless the proposer chose another.' }) mode: InteractionMode;
  @Field(() => AgreementStatus) status: AgreementStatus;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the two teams look at it again; past it, the agreement shows as due for review.' })
  reviewBy: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}
