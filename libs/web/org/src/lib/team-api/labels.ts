/** Words and colours for the Team API's statuses and modes; the words always go with the colour. */
export const MODE_LABEL: Record<string, string> = {
  COLLABORATION: 'Collaboration',
  X_AS_A_SERVICE: 'X as a service',
  FACILITATING: 'Facilitating',
};
export const MODE_HELP: Record<string, string> = {
  COLLABORATION: 'Both squads work closely together for a while.',
  X_AS_A_SERVICE: 'One squad provides, the other consumes with little collaboration.',
  FACILITATING: 'One squad helps the other learn or get unblocked.',
};
export const AGREEMENT_STATUS: Record<string, { label: string; color: string }> = {
  PROPOSED: { label: 'Proposed', color: 'blue' },
  AGREED: { label: 'Agreed', color: 'green' },
  RETIRED: { label: 'Retired', color: 'gray' },
};
export const DEPENDENCY_STATUS: Record<string, { label: string; color: string }> = {
  REQUESTED: { label: 'Requested', color: 'blue' },
  ACCEPTED: { label: 'Accepted', color: 'violet' },
  DELIVERED: { label: 'Delivered', color: 'green' },
  DECLINED: { label: 'Declined', color: 'gray' },
};

export function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** A date field's value (yyyy-mm-dd) as the end of that day, or null when empty. */
export function endOfDay(value: string): string | null {
  return value ? new Date(`${value}T23:59:59`).toISOString() : null;
}

/** Too long, or missing when required: the message for the field, else undefined. */
export function textProblem(value: string, what: string, max: number, required: boolean): string | undefined {
  const text = value.trim();
  if (required && !text) return `Give ${what}.`;
  if (text.length > max) return `Keep ${what} to ${max.toLocaleString('en-GB')} characters or fewer.`;
  return undefined;
}
