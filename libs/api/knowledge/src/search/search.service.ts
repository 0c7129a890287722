import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, pageSize } from '@guildhall/api-core';
import { cleanSearchText, plainSnippet, prefixTsquery } from './search-query';

export type SearchHitType = 'Post' | 'Guild' | 'User';

export interface SearchHit {
  type: SearchHitType;
  id: string;
  rank: number;
  snippet: string | null;
  cursor: string;
}

export interface SearchPage {
  hits: SearchHit[];
  hasNextPage: boolean;
}

/**
 * Posts ranked per search: the most recent matches, up to this many. ts_rank reads every
 * candidate's document, so ranking all matches of a common word would grow with the data; a
 * window keeps a search's cost flat (a query matching more posts ranks the newest of them —
 * adding a word narrows it). Every match is still found when fewer posts match.
 */
export const RANKING_WINDOW = 1000;

const HEADLINE = `'StartSel=«, StopSel=», MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "'`;

/**
 * Full-text search over posts (their title, tags, body and comments; english stemming) and
 * people and guilds (name prefix, no stemming), best match first. Every predicate is served by a
 * GIN index (or, for very common words, the recency index); snippets are computed for the
 * returned page only.
 */
@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async search(query: string, first?: number | null, after?: string | null): Promise<SearchPage> {
    const size = pageSize(first);
    const text = cleanSearchText(query);
    const key = decodeCursor<[number, string]>(after, ['number', 'uuid']);
    if (!text) return { hits: [], hasNextPage: false };
    const params: unknown[] = [text, prefixTsquery(text), size + 1];
    let keyset = '';
    if (key) {
      params.push(key[0], key[1]);
      keyset = 'WHERE (h.rank, h.id) < ($4::float8, $5::uuid)';
    }
    const rows: { type: SearchHitType; id: string; rank: number; snippet: string | null }[] = await this.db.query(
      `WITH post_candidates AS (
         SELECT p.id, p.search FROM posts p WHERE p.search @@ websearch_to_tsquery('english', $1)
         ORDER BY p.created_at DESC LIMIT ${RANKING_WINDOW}
       ),
       hits AS (
         SELECT 'Post' AS type, c.id, ts_rank(c.search, websearch_to_tsquery('english', $1))::float8 AS rank
         FROM post_candidates c
         UNION ALL
         SELECT 'Guild', g.id, ts_rank(to_tsvector('simple', g.name), to_tsquery('simple', $2::text))::float8
         FROM guilds g WHERE to_tsvector('simple', g.name) @@ to_tsquery('simple', $2::text)
         UNION ALL
         SELECT 'User', u.id, ts_rank(to_tsvector('simple', u.display_name), to_tsquery('simple', $2::text))::float8
         FROM users u WHERE to_tsvector('simple', u.display_name) @@ to_tsquery('simple', $2::text)
       ),
       page AS (SELECT h.* FROM hits h ${keyset} ORDER BY h.rank DESC, h.id DESC LIMIT $3)
       SELECT page.type, page.id, page.rank,
         CASE page.type
           WHEN 'Post' THEN (
             SELECT CASE
               WHEN to_tsvector('english', p.body) @@ websearch_to_tsquery('english', $1)
                 THEN ts_headline('english', p.body, websearch_to_tsquery('english', $1), ${HEADLINE})
               WHEN m.body IS NOT NULL
                 THEN ts_headline('english', m.body, websearch_to_tsquery('english', $1), ${HEADLINE})
               ELSE ts_headline('english', p.title || ' — ' || left(p.body, 300), websearch_to_tsquery('english', $1), ${HEADLINE})
             END
             FROM posts p
             LEFT JOIN LATERAL (
               SELECT c.body FROM comments c
               WHERE c.post_id = p.id AND to_tsvector('english', c.body) @@ websearch_to_tsquery('english', $1)
               ORDER BY c.created_at LIMIT 1
             ) m ON NOT (to_tsvector('english', p.body) @@ websearch_to_tsquery('english', $1))
             WHERE p.id = page.id)
           WHEN 'Guild' THEN (
             SELECT ts_headline('simple', g.name || coalesce(' — ' || g.description, ''), to_tsquery('simple', $2::text), ${HEADLINE})
             FROM guilds g WHERE g.id = page.id)
           ELSE (
             SELECT ts_headline('simple', u.display_name || coalesce(' — ' || u.discipline, ''), to_tsquery('simple', $2::text), ${HEADLINE})
             FROM users u WHERE u.id = page.id)
         END AS snippet
       FROM page ORDER BY page.rank DESC, page.id DESC`,
      params,
    );
    const hasNextPage = rows.length > size;
    const hits = (hasNextPage ? rows.slice(0, size) : rows).map((r) => ({
      type: r.type,
      id: r.id,
      rank: Number(r.rank),
      snippet: plainSnippet(r.snippet),
      cursor: encodeCursor([Number(r.rank), r.id]),
    }));
    return { hits, hasNextPage };
  }
}
