/** A GraphQL connection as every list in the schema returns it. */
export interface Connection<N> {
  edges: { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Follows a connection page by page from the start and returns every node in order.
 * `fetchPage(after)` asks for the page after that cursor (null for the first). Fails instead of
 * looping when the pages never end.
 */
export async function walkPages<N>(fetchPage: (after: string | null) => Promise<Connection<N>>, maxPages = 100): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const connection: Connection<N> = await fetchPage(after);
    nodes.push(...connection.edges.map((e) => e.node));
    if (!connection.pageInfo.hasNextPage) return nodes;
    after = connection.pageInfo.endCursor;
  }
  throw new Error(`Pagination did not end within ${maxPages} pages.`);
}
