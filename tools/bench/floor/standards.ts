import { isoDate } from './sql';

/**
 * The floor's statements for the standard page and the adoption matrix, each one statement with
 * the session check (`$1`, see session.ts); `$2` is the standard's or the tribe's slug.
 *
 * KEEP IN STEP with libs/api/standards: adoptions are one per squad of the chapter's tribe in the
 * tribe's squad order (lower(name), id); nothing recorded or an exemption past `exempt_until`
 * reads NOT_STARTED (adoption-rules.ts `readAdoption`, read at the request's time); a version
 * below the current one is outdated; the summary is `summarise` (adoptionRate = adopted /
 * (squads - exempt), 0 when nothing applies). Standards are listed by lower(title), id; versions
 * newest first; chapters by lower(name), id.
 */

/** The adoptions of standard `s` (its chapter `ch`) as rows, one per squad of the tribe. */
const ADOPTION_ROWS = `(
  SELECT q.id AS squad_id, q.name, q.slug, st.status, st.version,
    st.version IS NOT NULL AND s.current_version IS NOT NULL AND st.version < s.current_version AS outdated,
    CASE WHEN st.live THEN a.note END AS note,
    CASE WHEN st.live AND a.status = 'EXEMPT' THEN a.exempt_until END AS exempt_until,
    a.updated_at
  FROM squads q
  LEFT JOIN standard_adoptions a ON a.standard_id = s.id AND a.squad_id = q.id
  CROSS JOIN LATERAL (
    SELECT l.live, CASE WHEN l.live THEN a.status ELSE 'NOT_STARTED' END AS status,
      CASE WHEN l.live AND a.status IN ('ADOPTED', 'IN_PROGRESS') THEN a.version END AS version
    FROM (SELECT a.status IS NOT NULL AND NOT (a.status = 'EXEMPT' AND a.exempt_until IS NOT NULL AND a.exempt_until <= now()) AS live) l
  ) st
  WHERE q.tribe_id = ch.tribe_id)`;

/** `adoptions` (with `fields` of each row `r`) and `summary` of standard `s`, as a LATERAL relation `ad`. */
const adoptionsOf = (fields: string) => `CROSS JOIN LATERAL (
  SELECT coalesce(json_agg(json_build_object(${fields},
      'status', r.status, 'version', r.version, 'outdated', r.outdated, 'exemptUntil', ${isoDate('r.exempt_until')}) ORDER BY lower(r.name), r.squad_id), '[]') AS adoptions,
    json_build_object('squads', count(*), 'adopted', count(*) FILTER (WHERE r.status = 'ADOPTED'),
      'inProgress', count(*) FILTER (WHERE r.status = 'IN_PROGRESS'), 'notStarted', count(*) FILTER (WHERE r.status = 'NOT_STARTED'),
      'exempt', count(*) FILTER (WHERE r.status = 'EXEMPT'), 'outdated', count(*) FILTER (WHERE r.outdated),
      'adoptionRate', CASE WHEN count(*) FILTER (WHERE r.status <> 'EXEMPT') > 0
        THEN (count(*) FILTER (WHERE r.status = 'ADOPTED'))::float8 / (count(*) FILTER (WHERE r.status <> 'EXEMPT'))::float8 ELSE 0 END) AS summary
  FROM ${ADOPTION_ROWS} r
) ad`;

/** `standard(slug: $2)`: the standard page (bench operation StandardPage). */
export const STANDARD_PAGE = `json_build_object('standard', (
  SELECT json_build_object('id', s.id, 'slug', s.slug, 'title', s.title, 'summary', s.summary, 'level', s.level, 'status', s.status,
    'adoptBy', ${isoDate('s.adopt_by')},
    'chapter', json_build_object('id', ch.id, 'name', ch.name, 'slug', ch.slug),
    'currentVersion', (
      SELECT json_build_object('number', cv.number, 'body', cv.body, 'changeNote', cv.change_note, 'publishedAt', ${isoDate('cv.published_at')},
        'publishedBy', json_build_object('id', pu.id, 'displayName', pu.display_name))
      FROM standard_versions cv JOIN users pu ON pu.id = cv.published_by_id
      WHERE cv.standard_id = s.id AND cv.number = s.current_version),
    'versions', (
      SELECT coalesce(json_agg(json_build_object('number', v.number, 'changeNote', v.change_note, 'publishedAt', ${isoDate('v.published_at')}) ORDER BY v.number DESC), '[]')
      FROM standard_versions v WHERE v.standard_id = s.id),
    'adoptions', ad.adoptions, 'adoptionSummary', ad.summary)
  FROM standards s JOIN chapters ch ON ch.id = s.chapter_id
  ${adoptionsOf(`'squad', json_build_object('id', r.squad_id, 'name', r.name, 'slug', r.slug), 'note', r.note, 'updatedAt', ${isoDate('r.updated_at')}`)}
  WHERE s.slug = $2))`;

/** `tribe(slug: $2) { squads chapters { standards(status: PUBLISHED) { … adoptions adoptionSummary } } }` (bench operation AdoptionMatrix). */
export const MATRIX = `json_build_object('tribe', (
  SELECT json_build_object('id', t.id, 'name', t.name,
    'squads', (SELECT coalesce(json_agg(json_build_object('id', q.id, 'name', q.name, 'slug', q.slug) ORDER BY lower(q.name), q.id), '[]') FROM squads q WHERE q.tribe_id = t.id),
    'chapters', (
      SELECT coalesce(json_agg(json_build_object('id', ch.id, 'name', ch.name, 'standards', (
        SELECT coalesce(json_agg(json_build_object('id', s.id, 'slug', s.slug, 'title', s.title, 'level', s.level,
            'currentVersion', CASE WHEN s.current_version IS NOT NULL THEN json_build_object('number', s.current_version) END,
            'adoptions', ad.adoptions, 'adoptionSummary', ad.summary) ORDER BY lower(s.title), s.id), '[]')
        FROM standards s ${adoptionsOf(`'squad', json_build_object('id', r.squad_id)`)}
        WHERE s.chapter_id = ch.id AND s.status = 'PUBLISHED')) ORDER BY lower(ch.name), ch.id), '[]')
      FROM chapters ch WHERE ch.tribe_id = t.id))
  FROM tribes t WHERE t.slug = $2))`;
