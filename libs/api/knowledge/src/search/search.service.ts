import { Injectable } from '@nestjs/common';
import { decodeCursor, Page, pageSize, toPage } from '@guildhall/api-core';
import { cleanSearchText, plainSnippet, prefixTsquery } from './search-query';
import { SearchHitType, SearchRepository } from './search.repository';

export interface SearchHit {
  type: SearchHitType;
  id: string;
  rank: number;
  snippet: string | null;
}

/** Full-text search over posts, comments' posts, standards, guilds and people, best match first (keyset on rank, id). */
@Injectable()
export class SearchService {
  constructor(private readonly repository: SearchRepository) {}

  async search(query: string, first?: number | null, after?: string | null): Promise<Page<SearchHit, null>> {
    const size = pageSize(first);
    const text = cleanSearchText(query);
    const key = decodeCursor<[number, string]>(after, ['number', 'uuid']);
    const rows = text ? await this.repository.hits(text, prefixTsquery(text), size + 1, key) : [];
    const hits = rows.map((r) => ({ type: r.type, id: r.id, rank: r.rank, snippet: plainSnippet(r.headline) }));
    return toPage(hits, size, null, (h) => [h.rank, h.id]);
  }
}
