import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@guildhall/api-core';

@ObjectType('AuditEntry', { description: 'One privileged action: who took it, what, on what, when, and the values before and after.' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => ID)
  actorId: string;

  @Field({ description: "The actor's display name when they acted." })
  actorName: string;

  @Field({ description: 'Dotted and past tense, e.g. user.role.changed, squad.member.moved, org.imported, post.locked.' })
  action: string;

  @Field({ description: 'What the action touched: user, tribe, squad, chapter, guild, post, comment or organisation.' })
  subjectType: string;

  @Field(() => ID, { nullable: true, description: 'Null when the subject is the organisation as a whole (an import).' })
  subjectId: string | null;

  @Field({ description: "The subject's name when the action was taken." })
  subjectLabel: string;

  @Field(() => String, { nullable: true, description: 'The changed values before the action, as a JSON object; null when it created something.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The changed values after the action, as a JSON object; null when it removed something.' })
  after: string | null;

  /** Keyset value of occurredAt to the microsecond. */
  occurredAtKey: string;
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry, 'AuditEntry') {}
