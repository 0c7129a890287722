import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext, Viewer } from '@guildhall/api-core';
import { User, UserLoaders } from '@guildhall/api-auth';
import { ReviewComment, StandardConnection, StandardVersion } from './standard.model';
import { ReviewCommentRecord, StandardVersionRecord } from './standard.record';
import { StandardsService } from './standards.service';

/** Counting standards is a query of its own: it runs only when a client selects totalCount. */
@Resolver(() => StandardConnection)
export class StandardConnectionResolver {
  @ResolveField(() => Int)
  totalCount(@Parent() connection: StandardConnection): Promise<number> {
    return connection.totalCount();
  }
}

@Resolver(() => StandardVersion)
export class StandardVersionResolver {
  constructor(private readonly users: UserLoaders) {}

  @ResolveField(() => User)
  publishedBy(@Parent() version: StandardVersionRecord, @Context() ctx: GqlContext) {
    return this.users.byId(ctx).load(version.publishedById);
  }
}

@Resolver(() => ReviewComment)
export class ReviewCommentResolver {
  constructor(
    private readonly standards: StandardsService,
    private readonly users: UserLoaders,
  ) {}

  @Mutation(() => ReviewComment, { description: 'Members of the chapter, the lead and admins; while the standard is in review.' })
  addReviewComment(@CurrentViewer() viewer: Viewer, @Args('standardId', { type: () => ID }) standardId: string, @Args('body') body: string) {
    return this.standards.addReviewComment(viewer, standardId, body);
  }

  @ResolveField(() => User)
  author(@Parent() comment: ReviewCommentRecord, @Context() ctx: GqlContext) {
    return this.users.byId(ctx).load(comment.authorId);
  }
}
