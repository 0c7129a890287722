import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PostConnection } from './post.model';

/** Counting is a query of its own: it runs only when a client selects totalCount. */
@Resolver(() => PostConnection)
export class PostConnectionResolver {
  @ResolveField(() => Int)
  totalCount(@Parent() connection: PostConnection): Promise<number> {
    return connection.count();
  }
}
