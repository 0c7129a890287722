import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type SearchHitType = 'Post' | 'Guild' | 'User';

export interface SearchRow {
  type: SearchHitType;
  id: string;
  rank: number;
  /** ts_headline output around the match, before plainSnippet cleans it. */
  headline: string | null;
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
 * The search read model: posts (their title, tags, body and comments; english stemming) and
 * people and guilds (name prefix, no stemming), best match first, in one statement. Guilds and
 * people come from the read models their contexts publish (`org_guild_directory`,
 * `auth_people_directory`). Every predicate is served by a GIN index (or, for very common words,
 * the recency index); headlines are computed for the returned rows only.
 */
@Injectable()
export class SearchRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Up to `limit` hits for `text` (`prefixQuery`: its words as name prefixes), after the cursor key (rank, id). */
  async hits(text: string, prefixQuery: string | null, limit: number, after?: [number, string]): Promise<SearchRow[]> {
    const params: unknown[] = [text, prefixQuery, limit];
    let keyset = '';
    if (after) {
      params.push(after[0], after[1]);
      keyset = 'WHERE (h.rank, h.id) < ($4::float8, $5::uuid)';
    }
    const rows: (Omit<SearchRow, 'headline'> & { snippet: string | null })[] = await this.db.query(
      `WITH post_candidates AS (
         SELECT p.id, p.search FROM posts p WHERE p.search @@ websearch_to_tsquery('english', $1)
         ORDER BY p.created_at DESC LIMIT ${RANKING_WINDOW}
       ),
       hits AS (
         SELECT 'Post' AS type, c.id, ts_rank(c.search, websearch_to_tsquery('english', $1))::float8 AS rank
         FROM post_candidates c
         UNION ALL
         SELECT 'Guild', g.id, ts_rank(to_tsvector('simple', g.name), to_tsquery('simple', $2::text))::float8
         FROM org_guild_directory g WHERE to_tsvector('simple', g.name) @@ to_tsquery('simple', $2::text)
         UNION ALL
         SELECT 'User', u.id, ts_rank(to_tsvector('simple', u.display_name), to_tsquery('simple', $2::text))::float8
         FROM auth_people_directory u WHERE to_tsvector('simple', u.display_name) @@ to_tsquery('simple', $2::text)
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
             FROM org_guild_directory g WHERE g.id = page.id)
           ELSE (
             SELECT ts_headline('simple', u.display_name || coalesce(' — ' || u.discipline, ''), to_tsquery('simple', $2::text), ${HEADLINE})
             FROM auth_people_directory u WHERE u.id = page.id)
         END AS snippet
       FROM page ORDER BY page.rank DESC, page.id DESC`,
      params,
    );
    return rows.map((r) => ({ type: r.type, id: r.id, rank: Number(r.rank), headline: r.snippet }));
  }
}
