import { cursorKey, page, str } from './sql';

/**
 * The floor's `search(query: $2, first: 20)`, one statement with the session check.
 *
 * KEEP IN STEP with libs/api/knowledge/src/search/search.repository.ts (the hits: the title and
 * tag tier, the body window, union, order, headlines) and search-query.ts (`prefixTsquery`,
 * `plainSnippet`): when search ranking changes there, change it here too. The bench compares
 * this answer with the API's before it measures and stops when they differ.
 *
 * Parameters: `$1` token hash, `$2` the search text (trimmed), `$3` its prefix tsquery (or null).
 */
const SIZE = 20;
const BODY_WINDOW = 1000;
const HEADLINE = `'StartSel=«, StopSel=», MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "'`;
const Q = `websearch_to_tsquery('english', $2)`;
const NAMES = `to_tsquery('simple', $3::text)`;

/** search-query.ts `prefixTsquery`: "ada lov" -> `'ada':* & 'lov':*`, null without words. */
export function prefixTsquery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words)].slice(0, 8);
  return unique.length ? unique.map((w) => `'${w}':*`).join(' & ') : null;
}

/** search-query.ts `plainSnippet` in SQL: Markdown links, HTML tags and emphasis dropped, whitespace collapsed; null when empty. */
const plainSnippet = (headline: string) => {
  const steps: [string, string][] = [
    [String.raw`!\[([^]]*)\]\([^)]*\)`, String.raw`\1`],
    [String.raw`\[([^]]*)\]\([^)]*\)`, String.raw`\1`],
    ['<[^>]*>', ' '],
    ['[`*_~#>|]+', ' '],
    [String.raw`\s+`, ' '],
  ];
  const cleaned = steps.reduce((sql, [pattern, to]) => `regexp_replace(${sql}, '${pattern}', '${to}', 'g')`, headline);
  return `nullif(btrim(${cleaned}, ' '), '')`;
};

/**
 * A float8 as JavaScript's `JSON.stringify` writes it (cursors hold the rank as a number).
 * PostgreSQL's shortest round-trip digits are JavaScript's (checked against JSON.stringify on
 * 2,000 random ranks from 1e-9 to 1; they part above 1e21, far beyond any rank); the notation
 * differs: PostgreSQL writes an exponent below 1e-4 and from 1e15, JavaScript below 1e-6 and
 * from 1e21, and without a leading zero in it (`5e-7`, not `5e-07`).
 */
const jsNumber = (expr: string) => String.raw`(SELECT CASE
    WHEN m IS NULL THEN t
    WHEN e BETWEEN -6 AND -1 THEN m[1] || '0.' || repeat('0', -e - 1) || d
    WHEN e BETWEEN 15 AND 20 THEN m[1] || CASE WHEN length(d) <= e + 1 THEN rpad(d, e + 1, '0') ELSE left(d, e + 1) || '.' || substr(d, e + 2) END
    ELSE m[1] || m[2] || coalesce('.' || m[3], '') || 'e' || CASE WHEN e < 0 THEN '-' ELSE '+' END || abs(e)
  END
  FROM (SELECT t, m, m[4]::int AS e, m[2] || coalesce(m[3], '') AS d
    FROM (SELECT t, regexp_match(t, '^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$') AS m FROM (SELECT (${expr})::float8::text AS t) a) b) c)`;

/**
 * Every match's type, id and rank, as SearchRepository.hits ranks them: first every post whose
 * title and tags match and every standard whose title does (1 + ts_rank), then, only when those
 * do not fill the page, the newest BODY_WINDOW of the other posts and of the other standards
 * (ts_rank), with guilds and people by name. The bench's standards are all published, so every
 * viewer sees each (a draft's visibility, StandardsLoaders.searchHit, is not reproduced here).
 */
const HITS = `WITH head_page AS MATERIALIZED (
    (SELECT 'Post' AS type, p.id, 1 + ts_rank(p.search, ${Q})::float8 AS rank
     FROM posts p WHERE p.search_head @@ ${Q} AND (p.search @@ ${Q}) IS TRUE
     ORDER BY rank DESC, p.id DESC LIMIT ${SIZE + 1})
    UNION ALL
    (SELECT 'Standard', s.id, 1 + ts_rank(s.search, ${Q})::float8
     FROM standards_search_directory s WHERE s.search_head @@ ${Q} AND (s.search @@ ${Q}) IS TRUE
     ORDER BY 3 DESC, s.id DESC LIMIT ${SIZE + 1})
  ),
  body_window AS (
    SELECT p.id, p.search FROM posts p
    WHERE (SELECT count(*) FROM head_page) < ${SIZE + 1} AND p.search @@ ${Q} AND NOT (p.search_head @@ ${Q})
    ORDER BY p.created_at DESC, p.id DESC LIMIT ${BODY_WINDOW}
  ),
  standards_window AS (
    SELECT s.id, s.search FROM standards_search_directory s
    WHERE (SELECT count(*) FROM head_page) < ${SIZE + 1} AND s.search @@ ${Q} AND NOT (s.search_head @@ ${Q})
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
  )
  SELECT h.* FROM hits h ORDER BY h.rank DESC, h.id DESC LIMIT ${SIZE + 1}`;

/** The post's excerpt: its body if that matches, else its first matching comment, else title and start of body. */
const POST_HEADLINE = `(SELECT CASE
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
  WHERE p.id = h.id)`;

/** The standard's excerpt: its searched body if that matches, else title, summary and start of body. */
const STANDARD_HEADLINE = `(SELECT CASE
    WHEN to_tsvector('english', s.body) @@ ${Q} THEN ts_headline('english', s.body, ${Q}, ${HEADLINE})
    ELSE ts_headline('english', s.title || coalesce(' — ' || s.summary, '') || ' — ' || left(s.body, 300), ${Q}, ${HEADLINE})
  END
  FROM standards_search_directory s WHERE s.id = h.id)`;

/** Each hit's node (the bench's fragments on Post, Guild and User; a Standard, which the bench selects nothing of, is its __typename alone) and excerpt. */
const HIT_ROWS = `(
  SELECT row_number() OVER (ORDER BY h.rank DESC, h.id DESC) AS rn,
    ${cursorKey([jsNumber('h.rank'), str('h.id::text')])} AS key,
    CASE h.type
      WHEN 'Post' THEN (SELECT json_build_object('__typename', 'Post', 'id', p.id, 'title', p.title, 'score', p.score,
          'author', json_build_object('displayName', u.display_name), 'guild', json_build_object('name', g.name))
        FROM posts p JOIN users u ON u.id = p.author_id JOIN guilds g ON g.id = p.guild_id WHERE p.id = h.id)
      WHEN 'Standard' THEN json_build_object('__typename', 'Standard')
      WHEN 'Guild' THEN (SELECT json_build_object('__typename', 'Guild', 'id', g.id, 'name', g.name, 'slug', g.slug) FROM guilds g WHERE g.id = h.id)
      ELSE (SELECT json_build_object('__typename', 'User', 'id', u.id, 'displayName', u.display_name) FROM users u WHERE u.id = h.id)
    END AS node,
    ${plainSnippet(`CASE h.type
      WHEN 'Post' THEN ${POST_HEADLINE}
      WHEN 'Standard' THEN ${STANDARD_HEADLINE}
      WHEN 'Guild' THEN (SELECT ts_headline('simple', g.name || coalesce(' — ' || g.description, ''), ${NAMES}, ${HEADLINE})
        FROM org_guild_directory g WHERE g.id = h.id)
      ELSE (SELECT ts_headline('simple', u.display_name || coalesce(' — ' || u.discipline, ''), ${NAMES}, ${HEADLINE})
        FROM auth_people_directory u WHERE u.id = h.id)
    END`)} AS snippet
  FROM (${HITS}) h)`;

export const SEARCH = `json_build_object('search', ${page(HIT_ROWS, SIZE, { edgeExtra: `'snippet', r.snippet,` })})`;
