import { Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@guildhall/api-core';

@Resolver()
export class StandardsResolver {
  @Query(() => Boolean, { description: 'Signed-in people: whether the standards context is served.' })
  standardsServed(@CurrentViewer() _viewer: Viewer): boolean {
    return true;
  }
}
