import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { GqlContext } from '@guildhall/api-core';
import { UserLoaders } from '@guildhall/api-auth';
import { GuildLoaders } from '@guildhall/api-org';
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
  ) {}

  @Query(() => SearchConnection, { description: "Full-text search, best match first, over posts, comments' posts, guilds and people." })
  async search(
    @Context() ctx: GqlContext,
    @Args('query') query: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<SearchConnection> {
    const page = await this.searchService.search(query, first, after);
    // Nodes load in batches: one statement per type, whatever the page size.
    const nodes = await Promise.all(
      page.edges.map(({ node: hit }) =>
        hit.type === 'Post' ? this.loaders.post(ctx, hit.id) : hit.type === 'Guild' ? this.guilds.byId(ctx).load(hit.id) : this.users.byId(ctx).load(hit.id),
      ),
    );
    const edges: SearchEdge[] = [];
    page.edges.forEach(({ cursor, node: hit }, i) => {
      const node = nodes[i];
      if (node) edges.push({ cursor, node, snippet: hit.snippet });
    });
    return { edges, pageInfo: page.pageInfo };
  }
}
