/** After a step of a review, read the agenda again (and wait, so the next step shows on fresh data). */
export const TENSION_REFETCH = { refetchQueries: ['TensionAgenda'], awaitRefetchQueries: true };

/** Too long, or missing when required: the message for the field, else undefined. */
export function textProblem(value: string, what: string, max: number, required: boolean): string | undefined {
  const text = value.trim();
  if (required && !text) return `Give ${what}.`;
  if (text.length > max) return `Keep ${what} to ${max.toLocaleString('en-GB')} characters or fewer.`;
  return undefined;
}

/** Team Topologies' interaction modes, in words. */
export const MODE_LABEL: Record<string, string> = {
  COLLABORATION: 'Collaboration',
  X_AS_A_SERVICE: 'X as a service',
  FACILITATING: 'Facilitating',
};

const DAY = 24 * 60 * 60 * 1000;

/** How long the tension has been open (or was, until resolved), in whole days. */
export function tensionAge(createdAt: string, until: string | null, now = Date.now()): string {
  const days = Math.max(0, Math.floor(((until ? new Date(until).getTime() : now) - new Date(createdAt).getTime()) / DAY));
  const span = days === 0 ? 'less than a day' : days === 1 ? '1 day' : `${days} days`;
  return until ? `was open for ${span}` : `open for ${span}`;
}
