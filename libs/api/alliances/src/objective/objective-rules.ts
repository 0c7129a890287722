import { badInput } from '@guildhall/api-core';
import { ALLIANCE_TITLE_MAX_LENGTH, KEY_RESULT_UNIT_MAX_LENGTH, KEY_RESULT_VALUE_LIMIT, KEY_RESULTS_PER_OBJECTIVE_MAX } from '@guildhall/shared-domain';
import { cleanLine, cleanOptionalText } from '../alliance/alliance-rules';
import { KeyResultInput } from './objective.inputs';
import { NewKeyResult } from './objective.repository';

/** A finite number within ±KEY_RESULT_VALUE_LIMIT. */
export function checkValue(value: number, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > KEY_RESULT_VALUE_LIMIT) {
    throw badInput(`${field} must be a number between -${KEY_RESULT_VALUE_LIMIT} and ${KEY_RESULT_VALUE_LIMIT}.`, field);
  }
  return value;
}

export function cleanObjectiveTitle(raw: string | null | undefined): string {
  return cleanLine(raw, 'title', ALLIANCE_TITLE_MAX_LENGTH, 'the objective a title');
}

/** A key result as given: title, optional unit, finite numbers; current defaults to the baseline. */
export function cleanKeyResult(input: KeyResultInput): NewKeyResult {
  const title = cleanLine(input.title, 'title', ALLIANCE_TITLE_MAX_LENGTH, 'the key result a title');
  const unit = cleanOptionalText(input.unit, 'unit', KEY_RESULT_UNIT_MAX_LENGTH);
  const baseline = checkValue(input.baseline, 'baseline');
  const target = checkValue(input.target, 'target');
  const current = input.current === null || input.current === undefined ? baseline : checkValue(input.current, 'current');
  return { title, unit, baseline, target, current };
}

/** Key results given with a new objective: at most KEY_RESULTS_PER_OBJECTIVE_MAX (counted before any is read). */
export function cleanKeyResults(list: readonly KeyResultInput[] | null | undefined): NewKeyResult[] {
  if (!list) return [];
  if (list.length > KEY_RESULTS_PER_OBJECTIVE_MAX) throw badInput(`An objective has at most ${KEY_RESULTS_PER_OBJECTIVE_MAX} key results.`, 'keyResults');
  return list.map(cleanKeyResult);
}
