import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { User } from './user.model';

@ObjectType({ description: 'A one-time link for a person who arrived by import to claim their account.' })
export class Invitation {
  @Field({ description: 'The one-time URL path, /invitations/<token>; shown once, only its hash is stored.' })
  path: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => User)
  user: User;
}
