import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext, Viewer } from '@guildhall/api-core';
import { User, UserLoaders } from '@guildhall/api-auth';
import { Tribe } from '../tribe/tribe.model';
import { TribeLoaders } from '../tribe/tribe.loaders';
import { CreateChapterInput } from './dto/chapter.inputs';
import { ChapterEntity } from './chapter.entity';
import { ChapterLoaders } from './chapter.loaders';
import { Chapter } from './chapter.model';
import { ChaptersService } from './chapter.service';

@Resolver(() => Chapter)
export class ChapterResolver {
  constructor(
    private readonly chapters: ChaptersService,
    private readonly loaders: ChapterLoaders,
    private readonly tribeLoaders: TribeLoaders,
    private readonly users: UserLoaders,
  ) {}

  @Query(() => Chapter, { nullable: true })
  chapter(@Args('slug') slug: string) {
    return this.chapters.getBySlug(slug);
  }

  @Mutation(() => Chapter, { description: "Admins and the tribe's lead." })
  createChapter(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateChapterInput) {
    return this.chapters.create(viewer, input);
  }

  @Mutation(() => Chapter, { description: "Admins and the tribe's lead." })
  setChapterLead(@CurrentViewer() viewer: Viewer, @Args('chapterId', { type: () => ID }) chapterId: string, @Args('userId', { type: () => ID }) userId: string) {
    return this.chapters.setLead(viewer, chapterId, userId);
  }

  @Mutation(() => Chapter, {
    description: "The person's squad must be in the chapter's tribe (BAD_USER_INPUT otherwise). Admins and the tribe's lead.",
  })
  addChapterMember(
    @CurrentViewer() viewer: Viewer,
    @Args('chapterId', { type: () => ID }) chapterId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ) {
    return this.chapters.addMember(viewer, chapterId, userId);
  }

  @Mutation(() => Chapter, { description: "Admins and the tribe's lead. Idempotent." })
  removeChapterMember(
    @CurrentViewer() viewer: Viewer,
    @Args('chapterId', { type: () => ID }) chapterId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ) {
    return this.chapters.removeMember(viewer, chapterId, userId);
  }

  @ResolveField(() => Tribe)
  tribe(@Parent() chapter: ChapterEntity, @Context() ctx: GqlContext) {
    return this.tribeLoaders.byId(ctx).load(chapter.tribeId);
  }

  @ResolveField(() => User, { nullable: true })
  lead(@Parent() chapter: ChapterEntity, @Context() ctx: GqlContext) {
    return this.users.load(ctx, chapter.leadId);
  }

  @ResolveField(() => [User])
  members(@Parent() chapter: ChapterEntity, @Context() ctx: GqlContext) {
    return this.loaders.members(ctx, chapter.id);
  }

  @ResolveField(() => Int)
  memberCount(@Parent() chapter: ChapterEntity, @Context() ctx: GqlContext) {
    return this.loaders.memberCount(ctx, chapter.id);
  }
}
