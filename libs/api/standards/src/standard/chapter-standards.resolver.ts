import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GqlContext } from '@guildhall/api-core';
import { Chapter, ChapterEntity } from '@guildhall/api-org';
import { StandardsLoaders } from '../standards.loaders';
import { Standard, StandardStatus } from './standard.model';

/** The standards context's field on org's Chapter type. */
@Resolver(() => Chapter)
export class ChapterStandardsResolver {
  constructor(private readonly loaders: StandardsLoaders) {}

  @ResolveField(() => [Standard], { description: 'Alphabetical by title; all of them, or those with the given status.' })
  standards(@Parent() chapter: ChapterEntity, @Context() ctx: GqlContext, @Args('status', { type: () => StandardStatus, nullable: true }) status?: StandardStatus | null) {
    return this.loaders.byChapter(ctx, chapter.id, status);
  }
}
