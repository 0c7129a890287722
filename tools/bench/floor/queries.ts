import { bool, cursorKey, isoDate, page, postFields, str, timestampKey } from './sql';

/**
 * The floor's statements for the bench's feed, guild page and post page: each is one statement
 * that checks the session (`$1`, the token hash; see session.ts) and writes the whole `data`
 * object. Page sizes are the bench's (`first: 20` posts, `first: 50` comments). The orders, keys
 * and filters follow libs/api/knowledge/src/post/post.repository.ts and comment.repository.ts.
 */
const POSTS = 20;
const COMMENTS = 50;

/** Post columns the bench's POST_FIELDS need, for a table aliased `p`. */
const POST_COLUMNS = 'p.id, p.guild_id, p.author_id, p.kind, p.title, p.tags, p.score, p.comment_count, p.pinned, p.created_at';

/** A page of posts `p` (rows in list order, with `ord`) as edges with nodes and the list's cursor key. */
const postRows = (posts: string, order: string, key: string[]) => `(
  SELECT row_number() OVER (ORDER BY ${order}) AS rn, json_build_object(${postFields('v.id')}) AS node, ${cursorKey(key)} AS key
  FROM ${posts} p JOIN users u ON u.id = p.author_id JOIN guilds g ON g.id = p.guild_id)`;

/** `feed(first: 20)`: each of the viewer's guilds' newest posts, merged (PostRepository.feedRows). */
export const FEED = `json_build_object('feed', ${page(
  postRows(
    `(SELECT p.* FROM org_guild_members gm
      CROSS JOIN LATERAL (
        SELECT ${POST_COLUMNS} FROM posts p WHERE p.guild_id = gm.guild_id ORDER BY p.created_at DESC, p.id DESC LIMIT ${POSTS + 1}
      ) p
      WHERE gm.user_id = v.id ORDER BY p.created_at DESC, p.id DESC LIMIT ${POSTS + 1})`,
    'p.created_at DESC, p.id DESC',
    [str(timestampKey('p.created_at')), str('p.id::text')],
  ),
  POSTS,
)})`;

/** `guild(slug: $2) { … posts(first: 20) { totalCount … } }`: pinned first, then newest (PostRepository.guildRows). */
export const GUILD_PAGE = `json_build_object('guild', (
  SELECT json_build_object('id', gg.id, 'name', gg.name, 'description', gg.description, 'posts', ${page(
    postRows(
      `(SELECT ${POST_COLUMNS} FROM posts p WHERE p.guild_id = gg.id
        ORDER BY p.pinned DESC, p.created_at DESC, p.id DESC LIMIT ${POSTS + 1})`,
      'p.pinned DESC, p.created_at DESC, p.id DESC',
      [bool('p.pinned'), str(timestampKey('p.created_at')), str('p.id::text')],
    ),
    POSTS,
    { extra: `'totalCount', (SELECT count(*) FROM posts c WHERE c.guild_id = gg.id),` },
  )})
  FROM guilds gg WHERE gg.slug = $2))`;

/** Thread order (CommentRepository): top-level comments oldest first, each followed by its replies. */
const THREAD_ORDER = 'c.thread_created_at, c.thread_id, (c.parent_id IS NOT NULL), c.created_at, c.id';

/** `post(id: $2) { … comments(first: 50) { totalCount … } }`; `$2` is null when the id is no uuid (no such post). */
export const POST_PAGE = `json_build_object('post', (
  SELECT json_build_object(${postFields('v.id')},
    'body', p.body, 'updatedAt', ${isoDate('p.updated_at')}, 'locked', p.locked,
    'acceptedAnswer', (SELECT json_build_object('id', a.id) FROM comments a WHERE a.id = p.accepted_answer_id),
    'comments', ${page(
      `(SELECT row_number() OVER (ORDER BY ${THREAD_ORDER}) AS rn,
          json_build_object('id', c.id, 'body', c.body, 'createdAt', ${isoDate('c.created_at')},
            'author', json_build_object('id', cu.id, 'displayName', cu.display_name),
            'parent', CASE WHEN c.parent_id IS NOT NULL THEN json_build_object('id', c.parent_id) END) AS node,
          ${cursorKey([str(timestampKey('c.thread_created_at')), str('c.thread_id::text'), bool('c.parent_id IS NOT NULL'), str(timestampKey('c.created_at')), str('c.id::text')])} AS key
        FROM (SELECT c.* FROM comments c WHERE c.post_id = p.id ORDER BY ${THREAD_ORDER} LIMIT ${COMMENTS + 1}) c
        JOIN users cu ON cu.id = c.author_id)`,
      COMMENTS,
      { extra: `'totalCount', p.comment_count,` },
    )})
  FROM posts p JOIN users u ON u.id = p.author_id JOIN guilds g ON g.id = p.guild_id
  WHERE p.id = $2::uuid))`;
