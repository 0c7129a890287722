/** Rules about practice standards that the API enforces and the web app offers. */

export const STANDARD_LEVELS = ['MUST', 'SHOULD', 'MAY'] as const;
export type StandardLevelName = (typeof STANDARD_LEVELS)[number];
/** A new standard's level when none is given. */
export const DEFAULT_STANDARD_LEVEL: StandardLevelName = 'SHOULD';

export const STANDARD_STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'DEPRECATED'] as const;
export type StandardStatusName = (typeof STANDARD_STATUSES)[number];

export const ADOPTION_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'ADOPTED', 'EXEMPT'] as const;
export type AdoptionStatusName = (typeof ADOPTION_STATUSES)[number];

export const STANDARD_TITLE_MAX_LENGTH = 120;
export const STANDARD_SUMMARY_MAX_LENGTH = 500;
/** A standard's Markdown body (the draft and every version). */
export const STANDARD_BODY_MAX_LENGTH = 20000;
/** A version's change note, a deprecation reason, an adoption's note. */
export const STANDARD_NOTE_MAX_LENGTH = 1000;
export const REVIEW_COMMENT_MAX_LENGTH = 4000;

/** Counts that keep every list of a standard bounded. */
export const STANDARDS_PER_CHAPTER_MAX = 200;
export const STANDARD_VERSIONS_MAX = 100;
export const REVIEW_COMMENTS_PER_STANDARD_MAX = 300;
