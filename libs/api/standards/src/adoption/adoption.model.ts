import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@guildhall/api-core';
import { ADOPTION_STATUSES, AdoptionStatusName } from '@guildhall/shared-domain';
import { AdoptionChangeRecord } from './adoption.record';

export const AdoptionStatus = Object.fromEntries(ADOPTION_STATUSES.map((s) => [s, s])) as { readonly [S in AdoptionStatusName]: S };
export type AdoptionStatus = AdoptionStatusName;
registerEnumType(AdoptionStatus, { name: 'AdoptionStatus', valuesMap: { EXEMPT: { description: 'Needs a note that says why.' } } });

/** Source object: an AdoptionView; standard, squad and updatedBy are resolved by AdoptionResolver. */
@ObjectType('Adoption')
export class Adoption {
  @Field(() => AdoptionStatus) status: AdoptionStatus;
  @Field(() => Int, { nullable: true, description: 'The version number the squad adopted or is adopting.' }) version: number | null;
  @Field({ description: 'True when the squad adopted an older version than the current one.' }) outdated: boolean;
  @Field({ description: "True when the standard's adoptBy has passed and the squad has neither adopted it nor been exempted." }) overdue: boolean;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'For EXEMPT: when the exemption lapses and the squad is NOT_STARTED again.' })
  exemptUntil: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) updatedAt: Date | null;
}

@ObjectType('AdoptionSummary')
export class AdoptionSummary {
  @Field(() => Int) squads: number;
  @Field(() => Int) adopted: number;
  @Field(() => Int) inProgress: number;
  @Field(() => Int) notStarted: number;
  @Field(() => Int) exempt: number;
  @Field(() => Int) outdated: number;
  @Field(() => Int, { description: 'Squads past adoptBy that have neither adopted nor been exempted.' }) overdue: number;
  @Field(() => Float, { description: 'adopted / (squads - exempt); 0 when nothing applies.' }) adoptionRate: number;
}

/** Source object: an AdoptionChangeRecord; standard, squad and changedBy are resolved by AdoptionChangeResolver. */
@ObjectType('AdoptionChange', { description: "One change of a squad's adoption of a standard: who, when, from, to, and the note given." })
export class AdoptionChange {
  @Field(() => ID) id: string;
  @Field(() => AdoptionStatus) fromStatus: AdoptionStatus;
  @Field(() => Int, { nullable: true }) fromVersion: number | null;
  @Field(() => AdoptionStatus) toStatus: AdoptionStatus;
  @Field(() => Int, { nullable: true }) toVersion: number | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) exemptUntil: Date | null;
  @Field(() => GraphQLISODateTime) changedAt: Date;
}

@ObjectType('AdoptionChangeEdge')
export class AdoptionChangeEdge {
  @Field() cursor: string;
  @Field(() => AdoptionChange) node: AdoptionChangeRecord;
}

/** Newest first; no total. */
@ObjectType('AdoptionChangeConnection')
export class AdoptionChangeConnection {
  @Field(() => [AdoptionChangeEdge]) edges: AdoptionChangeEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}
