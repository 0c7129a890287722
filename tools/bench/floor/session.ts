import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The session check, as the API runs it with its session cache off (sessionCacheSeconds 0 on a
 * database server): the bearer token (libs/api/auth/src/session.strategy.ts `tokenFrom`, the
 * `gh_` prefix and length bound of session.service.ts `authenticate`), hashed as
 * libs/api/auth/src/secret-token.ts `hashToken` does, looked up on every request.
 */
export function tokenHash(req: IncomingMessage): string | null {
  const [scheme, token] = (req.headers.authorization ?? '').split(' ');
  const bearer = scheme?.toLowerCase() === 'bearer' && token ? token.trim() : '';
  if (!bearer.startsWith('gh_') || bearer.length > 200) return null;
  return createHash('sha256').update(bearer).digest('hex');
}

/**
 * session.repository.ts `findOpen` as a CTE (`viewer`, with the person's id), for `$1` the token
 * hash, so each statement checks the session itself: an open (unrevoked, unexpired) session and
 * its person.
 */
export const VIEWER_CTE = `viewer AS (
  SELECT u.id FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
)`;

/**
 * One statement: the session check and the answer. `answer` is a scalar JSON subquery that may
 * use `v.id`, evaluated only when the session is open; the row carries `viewer_id` (null: not
 * signed in) and `data` (json text).
 */
export const withSession = (answer: string) =>
  `WITH ${VIEWER_CTE}
   SELECT v.id AS viewer_id, CASE WHEN v.id IS NOT NULL THEN (${answer})::text END AS data
   FROM (SELECT 1) one LEFT JOIN viewer v ON true`;
