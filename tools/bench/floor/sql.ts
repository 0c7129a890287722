/**
 * SQL fragments that make PostgreSQL write the API's JSON itself, byte for byte where the API's
 * choices show: dates as `Date.toISOString()` (milliseconds, truncated like the pg driver's
 * parse), cursors as core's `encodeCursor` (base64url of `JSON.stringify(values)`, no padding).
 */

/** A timestamptz as GraphQLISODateTime serialises the pg driver's Date: `2024-01-02T03:04:05.678Z`. */
export const isoDate = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** core's `timestampKey`: a cursor's timestamp to the microsecond. */
export const timestampKey = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** A cursor value as JSON text: a string that needs no escaping (uuid, timestamp key), a boolean, or a number. */
export const str = (expr: string) => `'"' || ${expr} || '"'`;
export const bool = (expr: string) => `(${expr})::text`;

/** A cursor's values as `JSON.stringify` writes them: `[v1,v2,…]` (no spaces, unlike PostgreSQL's json). */
export const cursorKey = (parts: string[]) => `'[' || ${parts.join(` || ',' || `)} || ']'`;

/** core's `encodeCursor`: base64url of the key text, without padding or the line breaks PostgreSQL adds. */
export const encodeCursor = (key: string) => `translate(encode(convert_to(${key}, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;

/**
 * The fields of the bench's POST_FIELDS for a post row `p`, its author `u` and guild `g`;
 * `viewer` is the SQL expression of the viewer's id.
 */
export function postFields(viewer: string): string {
  return `'id', p.id, 'title', p.title, 'kind', p.kind, 'tags', p.tags, 'score', p.score, 'commentCount', p.comment_count,
    'viewerHasUpvoted', EXISTS (SELECT 1 FROM post_votes pv WHERE pv.post_id = p.id AND pv.user_id = ${viewer}),
    'pinned', p.pinned, 'createdAt', ${isoDate('p.created_at')},
    'author', json_build_object('id', u.id, 'displayName', u.display_name),
    'guild', json_build_object('id', g.id, 'name', g.name, 'slug', g.slug)`;
}

/**
 * core's `toPage` over `rows`: a relation of at most `size + 1` rows (as every list fetches) with
 * `rn` (1-based, in list order), `node` (json) and `key` (cursorKey text). Gives the connection's
 * JSON: edges (with `edgeExtra`, e.g. `'snippet', r.snippet,`), hasNextPage, and the last shown
 * row's cursor, encoded once. `extra` adds fields first, e.g. `'totalCount', 12,`.
 */
export function page(rows: string, size: number, { extra = '', edgeExtra = '' } = {}): string {
  const lastKey = `(array_agg(r.key ORDER BY r.rn DESC) FILTER (WHERE r.rn <= ${size}))[1]`;
  return `(SELECT json_build_object(${extra}
      'pageInfo', json_build_object('hasNextPage', count(*) > ${size}, 'endCursor', ${encodeCursor(lastKey)}),
      'edges', coalesce(json_agg(json_build_object(${edgeExtra} 'node', r.node) ORDER BY r.rn) FILTER (WHERE r.rn <= ${size}), '[]'))
    FROM ${rows} r)`;
}
