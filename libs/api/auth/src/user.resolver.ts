import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext, ReadAlong, Viewer } from '@guildhall/api-core';
import { UpdateProfileInput } from './dto/update-profile.input';
import { UsersArgs } from './dto/users.args';
import { Role, User, UserConnection } from './user.model';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';
import { canSeeEmail, visibleEmail } from './account-rules';
import { DirectoryPerson, PersonSummary } from './people-directory';
import { UserLoaders } from './user.loaders';

@Resolver(() => User)
export class UserResolver {
  constructor(
    private readonly users: UsersService,
    private readonly loaders: UserLoaders,
  ) {}

  @Query(() => User, { nullable: true })
  user(@Args('id', { type: () => ID }) id: string) {
    return this.users.get(id);
  }

  @Query(() => UserConnection, {
    name: 'users',
    description: 'People directory; search matches display name and discipline, and for admins also the email prefix (email is private).',
  })
  directory(@CurrentViewer() viewer: Viewer, @Args() args: UsersArgs) {
    return this.users.directory(viewer, args);
  }

  @Mutation(() => User)
  updateProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateProfileInput) {
    return this.users.updateProfile(viewer, input);
  }

  @Mutation(() => User, { description: 'Admins only. The last admin cannot demote themself (CONFLICT).' })
  setUserRole(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => Role }) role: Role,
  ) {
    return this.users.setRole(viewer, userId, role);
  }

  // A person read along by a list (PersonSummary) has only what lists show; their other fields
  // load the person, batched per request.
  @ResolveField()
  @ReadAlong('User')
  discipline(@Parent() user: PersonSummary, @Context() ctx: GqlContext) {
    return this.loaded(ctx, user, 'discipline');
  }

  @ResolveField()
  @ReadAlong('User')
  bio(@Parent() user: PersonSummary, @Context() ctx: GqlContext) {
    return this.loaded(ctx, user, 'bio');
  }

  @ResolveField()
  @ReadAlong('User')
  role(@Parent() user: PersonSummary, @Context() ctx: GqlContext) {
    return this.loaded(ctx, user, 'role');
  }

  @ResolveField()
  @ReadAlong('User')
  createdAt(@Parent() user: PersonSummary, @Context() ctx: GqlContext) {
    return this.loaded(ctx, user, 'createdAt');
  }

  /** A field of the whole person, loaded (batched per request) for a PersonSummary. */
  private async loaded<K extends 'discipline' | 'bio' | 'role' | 'createdAt'>(ctx: GqlContext, user: PersonSummary, field: K) {
    return (await this.loaders.byId(ctx).load(user.id))?.[field] ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Only the person themself and admins see it; null for everyone else.' })
  async email(@Parent() user: UserEntity | DirectoryPerson | PersonSummary, @CurrentViewer() viewer: Viewer | null, @Context() ctx: GqlContext) {
    if (!canSeeEmail(viewer, user.id)) return null;
    // A person read along from the directory has no address: load it, for those who may see it only.
    const person = 'email' in user ? user : await this.loaders.byId(ctx).load(user.id);
    return person ? visibleEmail(viewer, person) : null;
  }
}
