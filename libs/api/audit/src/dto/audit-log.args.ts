import { ArgsType, Field, ID, Int } from '@nestjs/graphql';

@ArgsType()
export class AuditLogArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries of this action, e.g. user.role.changed.' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries about this kind of subject, e.g. squad.' })
  subjectType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries about this subject.' })
  subjectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries of this actor.' })
  actorId?: string | null;
}
