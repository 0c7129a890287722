import { badInput } from '@guildhall/api-core';
import { DEPENDENCY_STATUS_MOVES, DEPENDENCY_STATUSES, DependencyStatusName, TEAM_API_TEXT_MAX_LENGTH } from '@guildhall/shared-domain';

export interface DependencyMove {
  status: DependencyStatusName;
  /** The response to store; null leaves the one stored as it is. */
  response: string | null;
}

/**
 * The one rule of a dependency's life: REQUESTED -> ACCEPTED or DECLINED, ACCEPTED -> DELIVERED;
 * every other move (staying put included) is BAD_USER_INPUT. DECLINED needs a non-blank response
 * (the requester must learn why); any other move may carry one.
 */
export function dependencyStatusMove(from: DependencyStatusName, to: string, response: string | null | undefined): DependencyMove {
  if (!(DEPENDENCY_STATUSES as readonly string[]).includes(to)) throw badInput(`status must be one of ${DEPENDENCY_STATUSES.join(', ')}.`, 'status');
  const target = to as DependencyStatusName;
  if (!DEPENDENCY_STATUS_MOVES[from].includes(target)) {
    const allowed = DEPENDENCY_STATUS_MOVES[from];
    const next = allowed.length ? `it can only become ${allowed.join(' or ')}` : 'it can no longer change';
    throw badInput(`A ${from.toLowerCase()} dependency cannot become ${target}: ${next}.`, 'status');
  }
  if (response !== null && response !== undefined && response.length > TEAM_API_TEXT_MAX_LENGTH * 2) throw tooLong();
  const text = response?.trim() || null;
  if (text && text.length > TEAM_API_TEXT_MAX_LENGTH) throw tooLong();
  if (target === 'DECLINED' && !text) throw badInput('Say why you decline: a declined dependency needs a response.', 'response');
  return { status: target, response: text };
}

function tooLong() {
  return badInput(`Keep response to ${TEAM_API_TEXT_MAX_LENGTH} characters or fewer.`, 'response');
}

/**
 * Past its neededBy and still to come (requested or accepted). A delivered dependency is done, and
 * a declined one will not come at all: neither is overdue (the decline is what the map shows).
 */
export function isOverdue(d: { neededBy: Date | null; status: DependencyStatusName }, now: Date): boolean {
  return !!d.neededBy && d.neededBy.getTime() < now.getTime() && (d.status === 'REQUESTED' || d.status === 'ACCEPTED');
}
