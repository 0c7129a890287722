import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PostConnection } from './post.model';

/** Counting posts is a query of its own: toPage was given the count, and it runs only here, when a client selects totalCount. */
@Resolver(() => PostConnection)
export class PostConnectionResolver {
  @ResolveField(() => Int)
  totalCount(@Parent() connection: PostConnection): Promise<number> {
    return connection.totalCount();
  }
}
