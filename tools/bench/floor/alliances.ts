import { KEY_RESULT_HISTORY_SHOWN } from '@guildhall/shared-domain';
import { isoDate } from './sql';

/**
 * The floor's statement for the alliance page (bench operation AlliancePage): one statement with
 * the session check (`$1`, see session.ts); `$2` is the alliance's slug; `v.id` is the viewer.
 *
 * KEEP IN STEP with libs/api/alliances (alliances.loaders.ts, objective/progress.ts, the
 * repositories' orders): editors are admins and the trio members of its tribes; key results may
 * be updated by editors and members of squads on its milestones; tribes by name (the API sorts
 * with localeCompare, the floor with the database's collation: the bench's names sort alike in
 * both), tribesViewerCanAdd the other tribes for editors, else those in whose trio the viewer
 * sits; squads by lower(name), id; objectives and key results by position; a key result's
 * progress is keyResultProgress, an objective's and the alliance's the mean over their key
 * results summed in page order (so the float sums are the API's to the last bit), 0 with none;
 * history the newest KEY_RESULT_HISTORY_SHOWN updates, oldest first; milestones by due date,
 * created_at, id, overdue when not DONE and past due; decisions newest first (decided_at, id).
 */

/** A person by id `col`, as `{ id, displayName }`, or null. */
const person = (col: string) => `(SELECT json_build_object('id', pu.id, 'displayName', pu.display_name) FROM users pu WHERE pu.id = ${col})`;

/** objective/progress.ts keyResultProgress for a key result row `k`. */
const KEY_RESULT_PROGRESS = `CASE WHEN k.target = k.baseline THEN (CASE WHEN k.current = k.target THEN 1 ELSE 0 END)::float8
  ELSE least(1::float8, greatest(0::float8, (k.current - k.baseline) / (k.target - k.baseline))) END`;

/** Whether person `who` sits in tribe `t`'s trio. */
const inTrio = (who: string, t: string) => `coalesce(${who} IN (${t}.tribe_lead_id, ${t}.product_lead_id, ${t}.design_lead_id), false)`;

/** The mean of the progress `kp.p` of the key results `k` of objectives `o` that `where` selects, in page order. */
const meanProgress = (where: string) => `(
  SELECT coalesce(sum(kp.p ORDER BY o.position, k.position) / count(*), 0)
  FROM alliance_objectives o JOIN alliance_key_results k ON k.objective_id = o.id
  CROSS JOIN LATERAL (SELECT ${KEY_RESULT_PROGRESS} AS p) kp
  WHERE ${where})`;

/** `alliance(slug: $2) { … }` (bench operation AlliancePage). */
export const ALLIANCE_PAGE = `json_build_object('alliance', (
  SELECT json_build_object('id', a.id, 'name', a.name, 'goal', a.goal, 'status', a.status, 'revision', a.revision,
    'criteria', to_json(a.criteria), 'createdAt', ${isoDate('a.created_at')}, 'createdBy', ${person('a.created_by')},
    'viewerCanEdit', perm.can_edit,
    'progress', ${meanProgress('o.alliance_id = a.id')},
    'tribes', (
      SELECT coalesce(json_agg(json_build_object('id', t.id, 'slug', t.slug, 'name', t.name,
          'trio', json_build_object('tribeLead', ${person('t.tribe_lead_id')}, 'productLead', ${person('t.product_lead_id')}, 'designLead', ${person('t.design_lead_id')}),
          'squads', (SELECT coalesce(json_agg(json_build_object('id', q.id, 'name', q.name) ORDER BY lower(q.name), q.id), '[]') FROM squads q WHERE q.tribe_id = t.id))
        ORDER BY t.name, t.id), '[]')
      FROM alliance_tribes x JOIN tribes t ON t.id = x.tribe_id WHERE x.alliance_id = a.id),
    'tribesViewerCanAdd', (
      SELECT coalesce(json_agg(json_build_object('id', t.id, 'name', t.name) ORDER BY t.name, t.id), '[]')
      FROM tribes t
      WHERE NOT EXISTS (SELECT 1 FROM alliance_tribes x WHERE x.alliance_id = a.id AND x.tribe_id = t.id) AND (perm.can_edit OR ${inTrio('v.id', 't')})),
    'objectives', (
      SELECT coalesce(json_agg(json_build_object('id', o.id, 'title', o.title,
          'progress', ${meanProgress('o.id = ob.id')},
          'keyResults', (
            SELECT coalesce(json_agg(json_build_object('id', k.id, 'title', k.title, 'unit', k.unit, 'baseline', k.baseline, 'target', k.target,
                'current', k.current, 'progress', ${KEY_RESULT_PROGRESS}, 'updatedAt', ${isoDate('k.updated_at')}, 'viewerCanUpdate', perm.can_update,
                'history', (
                  SELECT coalesce(json_agg(json_build_object('value', h.value, 'updatedAt', ${isoDate('h.updated_at')}) ORDER BY h.updated_at, h.id), '[]')
                  FROM (SELECT u.value, u.updated_at, u.id FROM alliance_key_result_updates u WHERE u.key_result_id = k.id
                        ORDER BY u.updated_at DESC, u.id DESC LIMIT ${KEY_RESULT_HISTORY_SHOWN}) h))
              ORDER BY k.position), '[]')
            FROM alliance_key_results k WHERE k.objective_id = o.id))
        ORDER BY o.position), '[]')
      FROM alliance_objectives o CROSS JOIN LATERAL (SELECT o.id) ob WHERE o.alliance_id = a.id),
    'milestones', (
      SELECT coalesce(json_agg(json_build_object('id', m.id, 'title', m.title, 'dueDate', ${isoDate('m.due_date')}, 'status', m.status,
          'overdue', m.status <> 'DONE' AND m.due_date < now(),
          'squad', (SELECT json_build_object('id', q.id, 'name', q.name) FROM squads q WHERE q.id = m.squad_id))
        ORDER BY m.due_date, m.created_at, m.id), '[]')
      FROM alliance_milestones m WHERE m.alliance_id = a.id),
    'decisions', (
      SELECT coalesce(json_agg(json_build_object('id', d.id, 'title', d.title, 'context', d.context, 'outcome', d.outcome,
          'criteria', to_json(d.criteria), 'decidedAt', ${isoDate('d.decided_at')}, 'decidedBy', ${person('d.decided_by')})
        ORDER BY d.decided_at DESC, d.id DESC), '[]')
      FROM alliance_decisions d WHERE d.alliance_id = a.id))
  FROM alliances a
  CROSS JOIN LATERAL (
    SELECT coalesce((SELECT vu.role = 'ADMIN' FROM users vu WHERE vu.id = v.id), false)
      OR EXISTS (SELECT 1 FROM alliance_tribes x JOIN tribes t ON t.id = x.tribe_id WHERE x.alliance_id = a.id AND ${inTrio('v.id', 't')}) AS can_edit
  ) perm0
  CROSS JOIN LATERAL (
    SELECT perm0.can_edit AS can_edit, perm0.can_edit OR EXISTS (
      SELECT 1 FROM alliance_milestones m JOIN squad_memberships sm ON sm.squad_id = m.squad_id WHERE m.alliance_id = a.id AND sm.user_id = v.id) AS can_update
  ) perm
  WHERE a.slug = $2))`;
