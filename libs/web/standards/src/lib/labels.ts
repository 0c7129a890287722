import { ADOPTION_STATUSES, STANDARD_LEVELS, STANDARD_STATUSES } from '@guildhall/shared-domain';

export { ADOPTION_STATUSES, STANDARD_LEVELS, STANDARD_STATUSES };

/** RFC 2119 wording, what each level asks of a squad. */
export const LEVEL_INFO: Record<string, { label: string; color: string; meaning: string }> = {
  MUST: { label: 'MUST', color: 'red', meaning: 'required of every squad' },
  SHOULD: { label: 'SHOULD', color: 'orange', meaning: 'expected unless a squad has a good reason' },
  MAY: { label: 'MAY', color: 'blue', meaning: 'optional, recommended where it helps' },
};

export const STATUS_INFO: Record<string, { label: string; color: string }> = {
  DRAFT: { label: 'Draft', color: 'gray' },
  IN_REVIEW: { label: 'In review', color: 'violet' },
  PUBLISHED: { label: 'Published', color: 'green' },
  DEPRECATED: { label: 'Deprecated', color: 'dark' },
};

/**
 * Adoption statuses: a colour for the picture and a symbol and words for everyone who does not
 * tell the colours apart (the matrix never relies on colour alone).
 */
export const ADOPTION_INFO: Record<string, { label: string; symbol: string; color: string }> = {
  ADOPTED: { label: 'Adopted', symbol: '✓', color: 'green' },
  IN_PROGRESS: { label: 'In progress', symbol: '◐', color: 'yellow' },
  NOT_STARTED: { label: 'Not started', symbol: '○', color: 'gray' },
  EXEMPT: { label: 'Exempt', symbol: '–', color: 'blue' },
};

const DAY = 24 * 60 * 60 * 1000;

/** An exemption ending within this many days is marked as expiring. */
export const EXPIRING_WITHIN_DAYS = 14;

export function daysUntil(date: string | Date, now = new Date()): number {
  return Math.ceil((new Date(date).getTime() - now.getTime()) / DAY);
}

export function isExpiringSoon(exemptUntil: string | null | undefined, now = new Date()): boolean {
  return !!exemptUntil && daysUntil(exemptUntil, now) <= EXPIRING_WITHIN_DAYS;
}

export function formatDate(date: string | Date): string {
  return new Date(date).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** The rollout deadline in words: how long is left, or how long ago it passed. */
export function deadlineText(adoptBy: string, now = new Date()): { text: string; overdue: boolean } {
  const days = daysUntil(adoptBy, now);
  if (new Date(adoptBy).getTime() <= now.getTime()) {
    const ago = Math.max(0, -days);
    return { text: ago === 0 ? 'overdue since today' : `overdue by ${plural(ago, 'day')}`, overdue: true };
  }
  return { text: days <= 1 ? 'due within a day' : `${plural(days, 'day')} left`, overdue: false };
}
