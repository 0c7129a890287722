import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@guildhall/api-core';
import { STANDARD_LEVELS, STANDARD_STATUSES, StandardLevelName, StandardStatusName } from '@guildhall/shared-domain';
import { StandardRecord } from './standard.record';

/** The GraphQL enums of the shared domain's lists, usable as `StandardStatus.DRAFT`. */
export const StandardStatus = Object.fromEntries(STANDARD_STATUSES.map((s) => [s, s])) as { readonly [S in StandardStatusName]: S };
export type StandardStatus = StandardStatusName;
registerEnumType(StandardStatus, { name: 'StandardStatus' });

export const StandardLevel = Object.fromEntries(STANDARD_LEVELS.map((l) => [l, l])) as { readonly [L in StandardLevelName]: L };
export type StandardLevel = StandardLevelName;
registerEnumType(StandardLevel, { name: 'StandardLevel', description: 'How binding a standard is, in the sense of RFC 2119.' });

/** Source object: a StandardRecord; relations and computed fields are resolved by StandardResolver. */
@ObjectType('Standard')
export class Standard {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => StandardLevel) level: StandardLevel;
  @Field(() => StandardStatus) status: StandardStatus;
  @Field({ description: "The working text, Markdown; equals the current version's body when nothing is pending." }) draftBody: string;
  @Field(() => Int, { description: 'Bumped by every draft edit; pass it back as expectedRevision.' }) revision: number;
  @Field(() => GraphQLISODateTime, { nullable: true, description: "When squads are expected to have adopted it: the rollout's deadline." })
  adoptBy: Date | null;
  @Field(() => String, { nullable: true }) deprecationReason: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

/** Source object: a StandardVersionRecord. */
@ObjectType('StandardVersion')
export class StandardVersion {
  @Field(() => Int) number: number;
  @Field() body: string;
  @Field(() => String, { nullable: true }) changeNote: string | null;
  @Field(() => GraphQLISODateTime) publishedAt: Date;
}

/** Source object: a ReviewCommentRecord. */
@ObjectType('ReviewComment')
export class ReviewComment {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType('StandardEdge')
export class StandardEdge {
  @Field() cursor: string;
  @Field(() => Standard) node: StandardRecord;
}

/** `totalCount` is the page's lazy count, resolved by StandardConnectionResolver only when a client asks for it. */
@ObjectType('StandardConnection')
export class StandardConnection {
  @Field(() => [StandardEdge]) edges: StandardEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}
