import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentViewer, GqlContext, selectsField, Viewer } from '@guildhall/api-core';
import { Chapter, ChapterLoaders } from '@guildhall/api-org';
import { Adoption, AdoptionChangeConnection, AdoptionSummary } from '../adoption/adoption.model';
import { StandardsLoaders } from '../standards.loaders';
import { CreateStandardInput, HistoryArgs, StandardsArgs, UpdateStandardDraftInput } from './standard.inputs';
import { ReviewComment, Standard, StandardConnection, StandardVersion } from './standard.model';
import { StandardRecord } from './standard.record';
import { StandardsService } from './standards.service';

@Resolver(() => Standard)
export class StandardResolver {
  constructor(
    private readonly service: StandardsService,
    private readonly loaders: StandardsLoaders,
    private readonly chapters: ChapterLoaders,
  ) {}

  /** Its page's statement reads along the versions and recorded adoptions the client asks for, and primes the request's loaders with them. */
  @Query(() => Standard, { nullable: true })
  async standard(@Args('slug') slug: string, @Context() ctx: GqlContext, @Info() info: GraphQLResolveInfo) {
    const standard = await this.service.bySlug(slug, {
      versions: selectsField(info, 'versions') || selectsField(info, 'currentVersion'),
      adoptions: selectsField(info, 'adoptions') || selectsField(info, 'adoptionSummary'),
    });
    if (standard) this.loaders.primeAlong(ctx, standard);
    return standard;
  }

  @Query(() => StandardConnection, { description: 'Alphabetical by title.' })
  standards(@Args() args: StandardsArgs) {
    return this.service.page(args);
  }

  @Query(() => String, { description: "Unified diff of one version's body against another's." })
  standardDiff(
    @Args('standardId', { type: () => ID }) standardId: string,
    @Args('fromVersion', { type: () => Int }) fromVersion: number,
    @Args('toVersion', { type: () => Int }) toVersion: number,
  ) {
    return this.service.diff(standardId, fromVersion, toVersion);
  }

  @Mutation(() => Standard, { description: "The chapter's lead or an admin." })
  createStandard(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateStandardInput) {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Standard, { description: "The chapter's lead or an admin. A stale expectedRevision: CONFLICT, and nothing is overwritten." })
  updateStandardDraft(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateStandardDraftInput,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
  ) {
    return this.service.updateDraft(viewer, id, input, expectedRevision);
  }

  @Mutation(() => Standard, { description: "Opens review; the chapter's members are told." })
  submitStandardForReview(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.submitForReview(viewer, id);
  }

  @Mutation(() => Standard, { description: 'Publishes the draft as version N+1; the squads it applies to are told.' })
  publishStandard(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('changeNote', { type: () => String, nullable: true }) changeNote?: string | null,
  ) {
    return this.service.publish(viewer, id, changeNote);
  }

  @Mutation(() => Standard, { description: "The chapter's lead or an admin; the successor cannot be the standard itself." })
  deprecateStandard(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @Args('supersededById', { type: () => ID, nullable: true }) supersededById?: string | null,
  ) {
    return this.service.deprecate(viewer, id, reason, supersededById);
  }

  @ResolveField(() => Chapter)
  chapter(@Parent() standard: StandardRecord, @Context() ctx: GqlContext) {
    return this.chapters.byId(ctx).load(standard.chapterId);
  }

  @ResolveField(() => Boolean)
  hasUnpublishedChanges(@Parent() standard: StandardRecord) {
    return standard.draftPending;
  }

  @ResolveField(() => StandardVersion, { nullable: true })
  currentVersion(@Parent() standard: StandardRecord, @Context() ctx: GqlContext) {
    return this.loaders.currentVersion(ctx, standard);
  }

  @ResolveField(() => [StandardVersion], { description: 'Newest first.' })
  versions(@Parent() standard: StandardRecord, @Context() ctx: GqlContext) {
    return this.loaders.versions(ctx, standard.id);
  }

  @ResolveField(() => Standard, { nullable: true })
  supersededBy(@Parent() standard: StandardRecord, @Context() ctx: GqlContext) {
    return this.loaders.standard(ctx, standard.supersededById);
  }

  @ResolveField(() => [Adoption], { description: "One per squad of the chapter's tribe, NOT_STARTED where a squad has recorded nothing." })
  adoptions(@Parent() standard: StandardRecord, @Context() ctx: GqlContext) {
    return this.loaders.adoptionsOf(ctx, standard);
  }

  @ResolveField(() => AdoptionSummary)
  adoptionSummary(@Parent() standard: StandardRecord, @Context() ctx: GqlContext) {
    return this.loaders.adoptionSummary(ctx, standard);
  }

  @ResolveField(() => [ReviewComment], { description: 'Oldest first.' })
  reviewComments(@Parent() standard: StandardRecord, @Context() ctx: GqlContext) {
    return this.loaders.reviewComments(ctx, standard.id);
  }

  @ResolveField(() => AdoptionChangeConnection, { description: "Every change of any squad's adoption of this standard, newest first." })
  adoptionHistory(@Parent() standard: StandardRecord, @Context() ctx: GqlContext, @Args() args: HistoryArgs) {
    return this.loaders.history(ctx, 'standard', standard.id, args.first, args.after);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may edit, submit, publish and deprecate it (the chapter lead or an admin).' })
  viewerCanEdit(@Parent() standard: StandardRecord, @Context() ctx: GqlContext) {
    return this.loaders.viewerCanEdit(ctx, standard);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may comment while it is in review (chapter members, the lead, admins).' })
  viewerCanComment(@Parent() standard: StandardRecord, @Context() ctx: GqlContext) {
    return this.loaders.viewerCanComment(ctx, standard);
  }
}
