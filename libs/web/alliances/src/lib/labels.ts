/** Words, colours and small pure rules the alliance pages share. */
import { ALLIANCE_STATUS_MOVES, ALLIANCE_STATUSES, MILESTONE_STATUSES, type AllianceStatusName } from '@guildhall/shared-domain';

export { ALLIANCE_STATUSES, MILESTONE_STATUSES, type AllianceStatusName };

export const ALLIANCE_STATUS_INFO: Record<string, { label: string; color: string; meaning: string }> = {
  FORMING: { label: 'Forming', color: 'violet', meaning: 'The trios are agreeing the goal and the criteria' },
  ACTIVE: { label: 'Active', color: 'green', meaning: 'The tribes are working towards the goal' },
  COMPLETED: { label: 'Completed', color: 'blue', meaning: 'The goal was reached' },
  DISBANDED: { label: 'Disbanded', color: 'gray', meaning: 'The tribes stopped working on it together' },
};

const MOVE_WORDS: Record<AllianceStatusName, string> = { FORMING: 'Back to forming', ACTIVE: 'Start working', COMPLETED: 'Mark completed', DISBANDED: 'Disband' };

/** The moves an editor may make from a status, with the button's words (the API refuses any other). */
export function allianceMoves(status: string): { to: AllianceStatusName; action: string }[] {
  return (ALLIANCE_STATUS_MOVES[status as AllianceStatusName] ?? []).map((to) => ({ to, action: MOVE_WORDS[to] }));
}

/**
 * Milestone statuses: a colour for the timeline and a symbol and words for whoever does not tell
 * the colours apart (the picture never relies on colour alone).
 */
export const MILESTONE_STATUS_INFO: Record<string, { label: string; color: string; hex: string; symbol: string }> = {
  PLANNED: { label: 'Planned', color: 'blue', hex: '#1c7ed6', symbol: '○' },
  AT_RISK: { label: 'At risk', color: 'orange', hex: '#e8590c', symbol: '▲' },
  DONE: { label: 'Done', color: 'green', hex: '#2f9e44', symbol: '●' },
  MISSED: { label: 'Missed', color: 'red', hex: '#c92a2a', symbol: '✕' },
};

export function formatDate(date: string | Date | number): string {
  return new Date(date).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function formatShortDate(date: string | Date | number): string {
  return new Date(date).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** A fraction 0..1 as a whole percentage. */
export function percent(progress: number): number {
  return Math.round(Math.min(1, Math.max(0, progress)) * 100);
}

/** A key result's number with its unit ("42 ms", "12 %", "3"). */
export function withUnit(value: number, unit: string | null | undefined): string {
  const n = Number.isInteger(value) ? value.toLocaleString('en-GB') : value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  return unit ? `${n} ${unit}` : n;
}

/** The date input's value (YYYY-MM-DD) as the end of that day where the person is. */
export function dueDateFromInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = new Date(`${value}T23:59:59`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Moves the item at `index` by `delta` places (-1 up, +1 down); the same list when it cannot move. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item);
  return next;
}
