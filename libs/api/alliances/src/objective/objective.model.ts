import { Field, Float, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

/** Source object: an ObjectiveRecord; keyResults and progress are resolved by ObjectiveResolver. */
@ObjectType('Objective')
export class Objective {
  @Field(() => ID) id: string;
  @Field() title: string;
}

/** Source object: a KeyResultRecord; progress, history and viewerCanUpdate are resolved by KeyResultResolver. */
@ObjectType('KeyResult')
export class KeyResult {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field(() => Float) baseline: number;
  @Field(() => Float) target: number;
  @Field(() => Float) current: number;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

/** Source object: a KeyResultUpdateRecord. */
@ObjectType('KeyResultUpdate', { description: 'A value a key result was set to (its first is the value it was created with).' })
export class KeyResultUpdate {
  @Field(() => Float) value: number;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}
