import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { GqlContext } from '@guildhall/api-core';
import { UserLoaders } from '@guildhall/api-auth';
import { GuildLoaders } from '@guildhall/api-org';
import { StandardsLoaders } from '@guildhall/api-standards';
import { KnowledgeLoaders } from '../knowledge.loaders';
import { SearchConnection, SearchEdge } from './search.model';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(
    private readonly searchService: SearchService,
    private readonly loaders: KnowledgeLoaders,
    private readonly users: UserLoaders,
    private readonly guilds: GuildLoaders,
    private readonly standards: StandardsLoaders,
  ) {}

  @Query(() => SearchConnection, { description: "Full-text search, best match first, over posts, comments' posts, standards, guilds and people." })
  async search(
    @Context() ctx: GqlContext,
    @Args('query') query: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<SearchConnection> {
    const page = await this.searchService.search(query, first, after);
    // Nodes load in batches: one statement per type, whatever the page size. A hit that is gone,
    // or a standard's draft the viewer may not see, is left out (the page's cursors stay).
    const load = {
      Post: (id: string) => this.loaders.post(ctx, id),
      Standard: (id: string) => this.standards.searchHit(ctx, id),
      Guild: (id: string) => this.guilds.byId(ctx).load(id),
      User: (id: string) => this.users.byId(ctx).load(id),
    };
    const nodes = await Promise.all(page.edges.map(({ node: hit }) => load[hit.type](hit.id)));
    const edges: SearchEdge[] = [];
    page.edges.forEach(({ cursor, node: hit }, i) => {
      const node = nodes[i];
      if (node) edges.push({ cursor, node, snippet: hit.snippet });
    });
    return { edges, pageInfo: page.pageInfo };
  }
}
