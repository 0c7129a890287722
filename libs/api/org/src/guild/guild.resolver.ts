import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext, ReadAlong, Viewer } from '@guildhall/api-core';
import { User, UserConnection } from '@guildhall/api-auth';
import { CreateGuildInput, GuildMembersArgs, GuildsArgs } from './dto/guild.inputs';
import type { DirectoryGuild } from './guild-directory';
import { GuildEntity } from './guild.entity';
import { GuildLoaders } from './guild.loaders';
import { Guild, GuildConnection } from './guild.model';
import { GuildsService } from './guild.service';

@Resolver(() => Guild)
export class GuildResolver {
  constructor(
    private readonly guilds: GuildsService,
    private readonly loaders: GuildLoaders,
  ) {}

  @Query(() => GuildConnection, { name: 'guilds', description: 'Guilds by name; `first` is clamped to 100.' })
  guildList(@Args() args: GuildsArgs) {
    return this.guilds.list(args);
  }

  @Query(() => Guild, { nullable: true })
  guild(@Args('slug') slug: string) {
    return this.guilds.getBySlug(slug);
  }

  @Mutation(() => Guild, { description: 'Any member; the creator becomes its first coordinator and member.' })
  createGuild(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateGuildInput) {
    return this.guilds.create(viewer, input);
  }

  @Mutation(() => Guild, { description: 'Anyone signed in. Idempotent: joining twice changes nothing.' })
  joinGuild(@CurrentViewer() viewer: Viewer, @Args('guildId', { type: () => ID }) guildId: string) {
    return this.guilds.join(viewer, guildId);
  }

  @Mutation(() => Guild, { description: 'A sole coordinator who leaves also steps down.' })
  leaveGuild(@CurrentViewer() viewer: Viewer, @Args('guildId', { type: () => ID }) guildId: string) {
    return this.guilds.leave(viewer, guildId);
  }

  @Mutation(() => Guild, { description: 'Members only: raise a hand to help coordinate. Non-members: FORBIDDEN.' })
  volunteerAsCoordinator(@CurrentViewer() viewer: Viewer, @Args('guildId', { type: () => ID }) guildId: string) {
    return this.guilds.volunteer(viewer, guildId);
  }

  @Mutation(() => Guild)
  stepDownAsCoordinator(@CurrentViewer() viewer: Viewer, @Args('guildId', { type: () => ID }) guildId: string) {
    return this.guilds.stepDown(viewer, guildId);
  }

  // A guild read along by another context's page (DirectoryGuild) has only what pages show; its
  // other fields load the guild, batched per request.
  @ResolveField()
  @ReadAlong('Guild')
  async description(@Parent() guild: DirectoryGuild, @Context() ctx: GqlContext) {
    return (await this.loaders.byId(ctx).load(guild.id))?.description ?? null;
  }

  @ResolveField()
  @ReadAlong('Guild')
  async createdAt(@Parent() guild: DirectoryGuild, @Context() ctx: GqlContext) {
    return (await this.loaders.byId(ctx).load(guild.id))?.createdAt ?? null;
  }

  @ResolveField(() => [User])
  coordinators(@Parent() guild: GuildEntity, @Context() ctx: GqlContext) {
    return this.loaders.coordinators(ctx, guild.id);
  }

  @ResolveField(() => UserConnection)
  members(@Parent() guild: GuildEntity, @Args() args: GuildMembersArgs) {
    return this.guilds.members(guild.id, args);
  }

  @ResolveField(() => Int)
  memberCount(@Parent() guild: GuildEntity, @Context() ctx: GqlContext) {
    return this.loaders.memberCount(ctx, guild.id);
  }

  @ResolveField(() => Boolean)
  viewerIsMember(@Parent() guild: GuildEntity, @Context() ctx: GqlContext) {
    return this.loaders.viewerIsMember(ctx, guild.id);
  }
}
