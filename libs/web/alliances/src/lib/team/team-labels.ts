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
