import { Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@guildhall/api-core';

@Resolver()
export class AlliancesResolver {
  @Query(() => Boolean, { description: 'Signed-in people: whether the alliances context is served.' })
  alliancesServed(@CurrentViewer() _viewer: Viewer): boolean {
    return true;
  }
}
