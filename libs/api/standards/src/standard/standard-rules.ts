import { badInput, conflict } from '@guildhall/api-core';
import {
  REVIEW_COMMENT_MAX_LENGTH,
  STANDARD_BODY_MAX_LENGTH,
  STANDARD_LEVELS,
  STANDARD_NOTE_MAX_LENGTH,
  STANDARD_SUMMARY_MAX_LENGTH,
  STANDARD_TITLE_MAX_LENGTH,
  StandardLevelName,
} from '@guildhall/shared-domain';
import { StandardRecord } from './standard.record';

/** A title: trimmed, single-spaced, 1..STANDARD_TITLE_MAX_LENGTH (length checked before any pattern runs). */
export function cleanTitle(raw: string | null | undefined): string {
  const value = (raw ?? '').slice(0, STANDARD_TITLE_MAX_LENGTH * 4).trim().replace(/\s+/g, ' ');
  if (!value) throw badInput('Give the standard a title.', 'title');
  if (value.length > STANDARD_TITLE_MAX_LENGTH) throw badInput(`Keep the title to ${STANDARD_TITLE_MAX_LENGTH} characters or fewer.`, 'title');
  return value;
}

/** Optional text: blank is null; too long is refused, never cut. */
export function cleanOptional(raw: string | null | undefined, field: string, max: number): string | null {
  if (raw === null || raw === undefined) return null;
  if (raw.length > max * 2) throw badInput(`Keep ${field} to ${max} characters or fewer.`, field);
  const value = raw.trim();
  if (value.length > max) throw badInput(`Keep ${field} to ${max} characters or fewer.`, field);
  return value || null;
}

export function cleanSummary(raw: string | null | undefined): string | null {
  return cleanOptional(raw, 'summary', STANDARD_SUMMARY_MAX_LENGTH);
}

/** Markdown: kept as written (no trimming inside), but not blank. */
export function cleanBody(raw: string | null | undefined): string {
  const value = raw ?? '';
  if (value.length > STANDARD_BODY_MAX_LENGTH) throw badInput(`Keep the body to ${STANDARD_BODY_MAX_LENGTH} characters or fewer.`, 'body');
  if (!value.trim()) throw badInput('Write the standard: the body cannot be empty.', 'body');
  return value;
}

export function cleanNote(raw: string | null | undefined, field: string): string | null {
  return cleanOptional(raw, field, STANDARD_NOTE_MAX_LENGTH);
}

export function cleanReason(raw: string | null | undefined): string {
  const reason = cleanNote(raw, 'reason');
  if (!reason) throw badInput('Say why the standard is deprecated.', 'reason');
  return reason;
}

export function cleanCommentBody(raw: string | null | undefined): string {
  const body = cleanOptional(raw, 'body', REVIEW_COMMENT_MAX_LENGTH);
  if (!body) throw badInput('Write a comment.', 'body');
  return body;
}

export function checkLevel(value: string): StandardLevelName {
  if (!(STANDARD_LEVELS as readonly string[]).includes(value)) throw badInput(`level must be one of ${STANDARD_LEVELS.join(', ')}.`, 'level');
  return value as StandardLevelName;
}

/** A deadline: a real date; null clears it. */
export function checkDate(value: Date | null | undefined, field: string): Date | null {
  if (value === null || value === undefined) return null;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw badInput(`${field} must be a date and time.`, field);
  return value;
}

/** A standard's draft can change until it is deprecated. */
export function assertEditable(standard: StandardRecord): void {
  if (standard.status === 'DEPRECATED') throw conflict(`"${standard.title}" is deprecated; it can no longer change.`);
}

/** Review opens on a first draft, or on a published standard whose draft holds the next version. */
export function assertCanSubmit(standard: StandardRecord): void {
  assertEditable(standard);
  if (standard.status === 'IN_REVIEW') throw conflict(`"${standard.title}" is already in review.`);
  if (standard.status === 'PUBLISHED' && !standard.draftPending) throw conflict(`"${standard.title}" has no unpublished changes to review: edit the draft first.`);
}

/**
 * Publishing needs a review first (DRAFT -> IN_REVIEW -> PUBLISHED); once published, a changed
 * draft may be published as the next version directly or after another review.
 */
export function assertCanPublish(standard: StandardRecord): void {
  assertEditable(standard);
  if (standard.status === 'DRAFT') throw conflict(`"${standard.title}" has not been reviewed: submit it for review first.`);
  if (!standard.draftPending) throw conflict(`"${standard.title}" has no unpublished changes: version ${standard.currentVersion} is current.`);
}

export function assertCanDeprecate(standard: StandardRecord): void {
  if (standard.status === 'DEPRECATED') throw conflict(`"${standard.title}" is already deprecated.`);
  if (standard.currentVersion === null) throw conflict(`"${standard.title}" was never published; only a published standard can be deprecated.`);
}

export function assertInReview(standard: StandardRecord): void {
  if (standard.status !== 'IN_REVIEW') throw conflict(`"${standard.title}" is not in review; comments are taken while it is.`);
}

/** A successor: another standard, published and not deprecated itself. */
export function assertSuccessor(standard: StandardRecord, successor: StandardRecord | null): void {
  if (!successor) throw badInput('The successor standard was not found.', 'supersededById');
  if (successor.id === standard.id) throw badInput('A standard cannot supersede itself.', 'supersededById');
  if (successor.status === 'DEPRECATED' || successor.currentVersion === null) {
    throw badInput(`"${successor.title}" cannot supersede it: the successor must be published and current.`, 'supersededById');
  }
}
