import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type SearchHitType = 'Post' | 'Standard' | 'Guild' | 'User';

export interface SearchRow {
  type: SearchHitType;
  id: string;
  rank: number;
  /** ts_headline output around the match, before plainSnippet cleans it. */
  headline: string | null;
}

/**
 * Posts whose words are only in their body or comments (the second tier, see SearchRepository)
 * are ranked among the most recent such matches, up to this many. Ranking every one of them
 * would read every matching post, which for a common word is most of the table; the window
 * keeps a search's cost flat. Title and tag matches are never windowed, and a query with fewer
 * body-only matches than this ranks them all, so a rare word finds its post however old it is.
 */
export const BODY_WINDOW = 1000;

const HEADLINE = `'StartSel=«, StopSel=», MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "'`;

const Q = `websearch_to_tsquery('english', $1)`;
const NAMES = `to_tsquery('simple', $2::text)`;

/**
 * The search read model: posts (their title, tags, body and comments; english stemming),
 * standards (title, summary, current version's body; english stemming) and people and guilds
 * (name prefix, no stemming), best match first, in one statement. Standards, guilds and people
 * come from the read models their contexts publish (`standards_search_directory`,
 * `org_guild_directory`, `auth_people_directory`).
 *
 * Posts and standards rank in two tiers, each by `ts_rank` over the whole document (a post's
 * title A, tags B, body C, comments D; a standard's title A, summary B, body C):
 * 1. every post whose title and tags alone match the query (`posts.search_head`, its own GIN
 *    index), and every standard whose title does (`search_head`), however old, ranked
 *    1 + ts_rank: a title or tag match always comes before a hit that needs its body or
 *    comments to match (for one-word queries ts_rank already orders them so; for several words
 *    this makes it a rule);
 * 2. the other matches, ranked among the newest BODY_WINDOW posts (walking `posts_recent_idx`
 *    for common words, the GIN index for rarer ones) and the newest BODY_WINDOW standards. This
 *    tier is read only when the first one does not fill the page.
 * A standard never published is listed here like any other; whether the viewer may see its
 * draft is the standards context's rule, applied to the page (`StandardsLoaders.searchHit`).
 * People and guilds rank by ts_rank on their name (at most 0.1). Headlines are computed for the
 * returned rows only.
 */
@Injectable()
export class SearchRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Up to `limit` hits for `text` (`prefixQuery`: its words as name prefixes), after the cursor key (rank, id). */
  async hits(text: string, prefixQuery: string | null, limit: number, after?: [number, string]): Promise<SearchRow[]> {
    const params: unknown[] = [text, prefixQuery, limit];
    let headKeyset = (_alias: string) => '';
    let keyset = '';
    if (after) {
      params.push(after[0], after[1]);
      // A cursor below 1 is past the first tier: the condition on parameters alone skips its scan.
      headKeyset = (t) => `AND $4::float8 >= 1 AND (1 + ts_rank(${t}.search, ${Q})::float8, ${t}.id) < ($4::float8, $5::uuid)`;
      keyset = 'WHERE (h.rank, h.id) < ($4::float8, $5::uuid)';
    }
    const rows: (Omit<SearchRow, 'headline'> & { snippet: string | null })[] = await this.db.query(
      // "(search @@ q) IS TRUE" is a filter on the title matches' rows, not a second index scan
      // (the planner would otherwise intersect with posts_search_idx, reading every match of a
      // common word); it matters for a query with a -word, which the head alone may satisfy.
      `WITH head_page AS MATERIALIZED (
         (SELECT 'Post' AS type, p.id, 1 + ts_rank(p.search, ${Q})::float8 AS rank
          FROM posts p WHERE p.search_head @@ ${Q} AND (p.search @@ ${Q}) IS TRUE ${headKeyset('p')}
          ORDER BY rank DESC, p.id DESC LIMIT $3)
         UNION ALL
         (SELECT 'Standard', s.id, 1 + ts_rank(s.search, ${Q})::float8
          FROM standards_search_directory s WHERE s.search_head @@ ${Q} AND (s.search @@ ${Q}) IS TRUE ${headKeyset('s')}
          ORDER BY 3 DESC, s.id DESC LIMIT $3)
       ),
       body_window AS (
         SELECT p.id, p.search FROM posts p
         WHERE (SELECT count(*) FROM head_page) < $3 AND p.search @@ ${Q} AND NOT (p.search_head @@ ${Q})
         ORDER BY p.created_at DESC, p.id DESC LIMIT ${BODY_WINDOW}
       ),
       standards_window AS (
         SELECT s.id, s.search FROM standards_search_directory s
         WHERE (SELECT count(*) FROM head_page) < $3 AND s.search @@ ${Q} AND NOT (s.search_head @@ ${Q})
         ORDER BY s.updated_at DESC, s.id DESC LIMIT ${BODY_WINDOW}
       ),
       hits AS (
         SELECT * FROM head_page
         UNION ALL
         SELECT 'Post', c.id, ts_rank(c.search, ${Q})::float8 FROM body_window c
         UNION ALL
         SELECT 'Standard', c.id, ts_rank(c.search, ${Q})::float8 FROM standards_window c
         UNION ALL
         SELECT 'Guild', g.id, ts_rank(to_tsvector('simple', g.name), ${NAMES})::float8
         FROM org_guild_directory g WHERE to_tsvector('simple', g.name) @@ ${NAMES}
         UNION ALL
         SELECT 'User', u.id, ts_rank(to_tsvector('simple', u.display_name), ${NAMES})::float8
         FROM auth_people_directory u WHERE to_tsvector('simple', u.display_name) @@ ${NAMES}
       ),
       page AS (SELECT h.* FROM hits h ${keyset} ORDER BY h.rank DESC, h.id DESC LIMIT $3)
       SELECT page.type, page.id, page.rank,
         CASE page.type
           WHEN 'Post' THEN (
             SELECT CASE
               WHEN to_tsvector('english', p.body) @@ ${Q} THEN ts_headline('english', p.body, ${Q}, ${HEADLINE})
               WHEN m.body IS NOT NULL THEN ts_headline('english', m.body, ${Q}, ${HEADLINE})
               ELSE ts_headline('english', p.title || ' — ' || left(p.body, 300), ${Q}, ${HEADLINE})
             END
             FROM posts p
             LEFT JOIN LATERAL (
               SELECT c.body FROM comments c
               WHERE c.post_id = p.id AND to_tsvector('english', c.body) @@ ${Q}
               ORDER BY c.created_at LIMIT 1
             ) m ON NOT (to_tsvector('english', p.body) @@ ${Q})
             WHERE p.id = page.id)
           WHEN 'Standard' THEN (
             SELECT CASE
               WHEN to_tsvector('english', s.body) @@ ${Q} THEN ts_headline('english', s.body, ${Q}, ${HEADLINE})
               ELSE ts_headline('english', s.title || coalesce(' — ' || s.summary, '') || ' — ' || left(s.body, 300), ${Q}, ${HEADLINE})
             END
             FROM standards_search_directory s WHERE s.id = page.id)
           WHEN 'Guild' THEN (
             SELECT ts_headline('simple', g.name || coalesce(' — ' || g.description, ''), ${NAMES}, ${HEADLINE})
             FROM org_guild_directory g WHERE g.id = page.id)
           ELSE (
             SELECT ts_headline('simple', u.display_name || coalesce(' — ' || u.discipline, ''), ${NAMES}, ${HEADLINE})
             FROM auth_people_directory u WHERE u.id = page.id)
         END AS snippet
       FROM page ORDER BY page.rank DESC, page.id DESC`,
      params,
    );
    return rows.map((r) => ({ type: r.type, id: r.id, rank: Number(r.rank), headline: r.snippet }));
  }
}
