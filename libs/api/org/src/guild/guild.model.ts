import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { Connection } from '@guildhall/api-core';
import { OrgGroup } from '../shared/org-group.model';

/**
 * A guild: a voluntary community of interest across tribes. Its source object is a GuildEntity;
 * coordinators, members, memberCount and viewerIsMember are resolved by GuildResolver.
 */
@ObjectType('Guild')
export class Guild extends OrgGroup {
  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType()
export class GuildConnection extends Connection(Guild, 'Guild') {}
