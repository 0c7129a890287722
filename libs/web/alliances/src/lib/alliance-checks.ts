/** The alliance forms' own refusals, with the limits the API applies (from shared domain), before anything is sent. */
import {
  ALLIANCE_CRITERIA_MAX,
  ALLIANCE_CRITERION_MAX_LENGTH,
  ALLIANCE_GOAL_MAX_LENGTH,
  ALLIANCE_NAME_MAX_LENGTH,
  ALLIANCE_TITLE_MAX_LENGTH,
  ALLIANCE_TRIBES_MAX,
  ALLIANCE_TRIBES_MIN,
  DECISION_TEXT_MAX_LENGTH,
  KEY_RESULT_UNIT_MAX_LENGTH,
  KEY_RESULT_VALUE_LIMIT,
} from '@guildhall/shared-domain';

export type Problems = Record<string, string>;

/** A list of criteria: at most a few, none blank, none too long, none twice. */
export function checkCriteria(criteria: readonly string[]): string | undefined {
  if (criteria.length > ALLIANCE_CRITERIA_MAX) return `Keep to ${ALLIANCE_CRITERIA_MAX} criteria or fewer: the few that settle trade-offs.`;
  if (criteria.some((c) => !c.trim())) return 'A criterion cannot be blank.';
  if (criteria.some((c) => c.trim().length > ALLIANCE_CRITERION_MAX_LENGTH)) return `Keep each criterion to ${ALLIANCE_CRITERION_MAX_LENGTH} characters or fewer.`;
  const seen = new Set<string>();
  for (const c of criteria) {
    const key = c.trim().toLowerCase();
    if (seen.has(key)) return `“${c.trim()}” is listed twice.`;
    seen.add(key);
  }
  return undefined;
}

/** An alliance's name and its goal in one sentence. */
export function checkNameAndGoal(name: string, goal: string): Problems {
  const problems: Problems = {};
  if (!name.trim()) problems['name'] = 'Give the alliance a name.';
  else if (name.trim().length > ALLIANCE_NAME_MAX_LENGTH) problems['name'] = `Keep the name to ${ALLIANCE_NAME_MAX_LENGTH} characters or fewer.`;
  if (!goal.trim()) problems['goal'] = 'Say the goal in one sentence.';
  else if (goal.trim().length > ALLIANCE_GOAL_MAX_LENGTH) problems['goal'] = `Keep the goal to one sentence of ${ALLIANCE_GOAL_MAX_LENGTH} characters or fewer.`;
  return problems;
}

export interface NewAllianceFields {
  name: string;
  goal: string;
  tribeIds: string[];
  criteria: string[];
}

/** A new alliance; `trioTribeIds` are the tribes whose trio the creator sits in (null for an admin, who may pick any). */
export function checkNewAlliance(f: NewAllianceFields, trioTribeIds: readonly string[] | null): Problems {
  const problems = checkNameAndGoal(f.name, f.goal);
  if (f.tribeIds.length < ALLIANCE_TRIBES_MIN) problems['tribeIds'] = `Choose at least ${ALLIANCE_TRIBES_MIN} tribes: an alliance spans several.`;
  else if (f.tribeIds.length > ALLIANCE_TRIBES_MAX) problems['tribeIds'] = `Choose ${ALLIANCE_TRIBES_MAX} tribes or fewer.`;
  else if (trioTribeIds && !f.tribeIds.some((id) => trioTribeIds.includes(id))) problems['tribeIds'] = 'Include a tribe whose trio you sit in.';
  const criteria = checkCriteria(f.criteria);
  if (criteria) problems['criteria'] = criteria;
  return problems;
}

/** A number typed in a form (a decimal comma too), or the problem with it. */
export function parseValue(text: string, what: string): { value?: number; problem?: string } {
  const t = text.trim().replace(',', '.');
  if (!t) return { problem: `Give the ${what}.` };
  const value = Number(t);
  if (!Number.isFinite(value)) return { problem: `The ${what} must be a number.` };
  if (Math.abs(value) > KEY_RESULT_VALUE_LIMIT) return { problem: `Keep the ${what} within ±${KEY_RESULT_VALUE_LIMIT.toExponential()}.` };
  return { value };
}

export interface KeyResultFields {
  title: string;
  unit: string;
  baseline: string;
  target: string;
  current: string;
}

/** A new key result: its problems, or the input to send. */
export function checkKeyResult(f: KeyResultFields): { problems: Problems; input?: { title: string; unit: string | null; baseline: number; target: number; current: number | null } } {
  const problems: Problems = {};
  const title = f.title.trim();
  const unit = f.unit.trim();
  if (!title) problems['title'] = 'Say what the key result measures.';
  else if (title.length > ALLIANCE_TITLE_MAX_LENGTH) problems['title'] = `Keep the title to ${ALLIANCE_TITLE_MAX_LENGTH} characters or fewer.`;
  if (unit.length > KEY_RESULT_UNIT_MAX_LENGTH) problems['unit'] = `Keep the unit to ${KEY_RESULT_UNIT_MAX_LENGTH} characters or fewer.`;
  const baseline = parseValue(f.baseline, 'baseline');
  const target = parseValue(f.target, 'target');
  const current = f.current.trim() ? parseValue(f.current, 'current value') : { value: undefined };
  if (baseline.problem) problems['baseline'] = baseline.problem;
  if (target.problem) problems['target'] = target.problem;
  if (current.problem) problems['current'] = current.problem;
  if (Object.keys(problems).length > 0 || baseline.value === undefined || target.value === undefined) return { problems };
  return { problems, input: { title, unit: unit || null, baseline: baseline.value, target: target.value, current: current.value ?? null } };
}

/** A title for an objective or a milestone. */
export function checkTitle(title: string, what: string, empty: string): Problems {
  if (!title.trim()) return { title: empty };
  if (title.trim().length > ALLIANCE_TITLE_MAX_LENGTH) return { title: `Keep the ${what} to ${ALLIANCE_TITLE_MAX_LENGTH} characters or fewer.` };
  return {};
}

export interface DecisionFields {
  title: string;
  context: string;
  outcome: string;
  criteria: string[];
}

/** A decision: what was decided and its outcome; the context is optional. */
export function checkDecision(f: DecisionFields): Problems {
  const problems = checkTitle(f.title, 'title', 'Say what was decided, in a few words.');
  if (f.context.trim().length > DECISION_TEXT_MAX_LENGTH) problems['context'] = `Keep the context to ${DECISION_TEXT_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer.`;
  if (!f.outcome.trim()) problems['outcome'] = 'Write the outcome: what the alliance will do.';
  else if (f.outcome.trim().length > DECISION_TEXT_MAX_LENGTH) problems['outcome'] = `Keep the outcome to ${DECISION_TEXT_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer.`;
  return problems;
}
