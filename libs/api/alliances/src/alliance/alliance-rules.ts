import { badInput } from '@guildhall/api-core';
import {
  ALLIANCE_CRITERIA_MAX,
  ALLIANCE_CRITERION_MAX_LENGTH,
  ALLIANCE_GOAL_MAX_LENGTH,
  ALLIANCE_NAME_MAX_LENGTH,
  ALLIANCE_STATUS_MOVES,
  ALLIANCE_STATUSES,
  ALLIANCE_TRIBES_MAX,
  ALLIANCE_TRIBES_MIN,
  AllianceStatusName,
} from '@guildhall/shared-domain';

/**
 * Whether an alliance may move from one status to another: FORMING -> ACTIVE -> COMPLETED or
 * DISBANDED, FORMING -> DISBANDED (it never got going); staying is always allowed (a no-op).
 * 'stay' for the same status, 'move' for an allowed move, 'refused' for any other.
 */
export function allianceStatusMove(from: AllianceStatusName, to: AllianceStatusName): 'stay' | 'move' | 'refused' {
  if (from === to) return 'stay';
  return ALLIANCE_STATUS_MOVES[from]?.includes(to) ? 'move' : 'refused';
}

export function assertStatusMove(from: AllianceStatusName, to: AllianceStatusName): void {
  if (!(ALLIANCE_STATUSES as readonly string[]).includes(to)) throw badInput(`${to} is not an alliance status.`, 'status');
  if (allianceStatusMove(from, to) === 'refused') {
    const allowed = ALLIANCE_STATUS_MOVES[from];
    throw badInput(
      `An alliance cannot go from ${from} to ${to}${allowed.length ? `; from ${from} it may go to ${allowed.join(' or ')}` : `; ${from} is final`}.`,
      'status',
    );
  }
}

/** Whether the status is final (COMPLETED, DISBANDED): nothing moves on from it. */
export function isFinalStatus(status: AllianceStatusName): boolean {
  return ALLIANCE_STATUS_MOVES[status].length === 0;
}

/** A COMPLETED or DISBANDED alliance takes no new tribes. */
export function assertTakesTribes(alliance: { name: string; status: AllianceStatusName }): void {
  if (isFinalStatus(alliance.status)) {
    throw badInput(`Alliance ${alliance.name} is ${alliance.status}: a ${alliance.status} alliance takes no new tribes.`, 'allianceId');
  }
}

/** One line of text: trimmed, single-spaced, 1..max (length checked before any pattern runs). */
export function cleanLine(raw: string | null | undefined, field: string, max: number, what: string): string {
  const value = (raw ?? '').slice(0, max * 4).trim().replace(/\s+/g, ' ');
  if (!value) throw badInput(`Give ${what}.`, field);
  if (value.length > max || (raw ?? '').length > max * 4) throw badInput(`Keep ${field} to ${max} characters or fewer.`, field);
  return value;
}

/** Optional longer text: blank is null; too long is refused, never cut. */
export function cleanOptionalText(raw: string | null | undefined, field: string, max: number): string | null {
  if (raw === null || raw === undefined) return null;
  if (raw.length > max * 2) throw badInput(`Keep ${field} to ${max} characters or fewer.`, field);
  const value = raw.trim();
  if (value.length > max) throw badInput(`Keep ${field} to ${max} characters or fewer.`, field);
  return value || null;
}

export function cleanName(raw: string | null | undefined): string {
  return cleanLine(raw, 'name', ALLIANCE_NAME_MAX_LENGTH, 'the alliance a name');
}

export function cleanGoal(raw: string | null | undefined): string {
  return cleanLine(raw, 'goal', ALLIANCE_GOAL_MAX_LENGTH, 'the goal in one sentence');
}

/** Criteria, most important first: at most ALLIANCE_CRITERIA_MAX, each non-blank, single-spaced, distinct (case-insensitively). */
export function cleanCriteria(raw: readonly string[] | null | undefined): string[] {
  if (!raw) return [];
  if (raw.length > ALLIANCE_CRITERIA_MAX) throw badInput(`An alliance has at most ${ALLIANCE_CRITERIA_MAX} criteria.`, 'criteria');
  const seen = new Set<string>();
  return raw.map((c, i) => {
    if ((c ?? '').length > ALLIANCE_CRITERION_MAX_LENGTH * 4) throw badInput(`Keep each criterion to ${ALLIANCE_CRITERION_MAX_LENGTH} characters or fewer.`, 'criteria');
    const value = (c ?? '').trim().replace(/\s+/g, ' ');
    if (!value) throw badInput(`Criterion ${i + 1} is blank; write it or leave it out.`, 'criteria');
    if (value.length > ALLIANCE_CRITERION_MAX_LENGTH) throw badInput(`Keep each criterion to ${ALLIANCE_CRITERION_MAX_LENGTH} characters or fewer.`, 'criteria');
    const key = value.toLowerCase();
    if (seen.has(key)) throw badInput(`"${value}" is listed twice; each criterion once.`, 'criteria');
    seen.add(key);
    return value;
  });
}

/** The founding tribes: de-duplicated, at least ALLIANCE_TRIBES_MIN distinct, at most ALLIANCE_TRIBES_MAX (counted before any loop). */
export function distinctTribeIds(raw: readonly string[] | null | undefined): string[] {
  const list = raw ?? [];
  if (list.length > ALLIANCE_TRIBES_MAX * 2) throw badInput(`An alliance spans at most ${ALLIANCE_TRIBES_MAX} tribes.`, 'tribeIds');
  const ids = [...new Set(list)];
  if (ids.length < ALLIANCE_TRIBES_MIN) throw badInput(`An alliance spans at least ${ALLIANCE_TRIBES_MIN} different tribes.`, 'tribeIds');
  if (ids.length > ALLIANCE_TRIBES_MAX) throw badInput(`An alliance spans at most ${ALLIANCE_TRIBES_MAX} tribes.`, 'tribeIds');
  return ids;
}
