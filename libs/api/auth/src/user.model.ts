import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@guildhall/api-core';
import { RoleName, ROLES } from '@guildhall/shared-domain';

/** The GraphQL enum of ROLES (shared domain), usable as `Role.ADMIN`. */
export const Role = Object.fromEntries(ROLES.map((r) => [r, r])) as { readonly [R in RoleName]: R };
export type Role = RoleName;
registerEnumType(Role, { name: 'Role' });

@ObjectType('User')
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  // `email` is a field resolver on UserResolver: only the person themself and admins see it.

  @Field(() => String, { nullable: true, description: 'The craft a person practises, e.g. Backend, iOS, Data, Design.' })
  discipline: string | null;

  @Field(() => String, { nullable: true })
  bio: string | null;

  @Field(() => Role)
  role: Role;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType()
export class UserConnection extends Connection(User, 'User') {}

@ObjectType()
export class AuthPayload {
  @Field({ description: "Send as 'Authorization: Bearer <token>'." })
  accessToken: string;

  @Field(() => User)
  user: User;
}
