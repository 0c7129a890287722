import type { AdoptionRecord } from '../adoption/adoption.record';
import type { StandardLevelName, StandardStatusName } from '@guildhall/shared-domain';

/** A standard as its repository reads it; the GraphQL type `Standard` resolves from it. */
export class StandardRecord {
  id: string;
  slug: string;
  chapterId: string;
  title: string;
  summary: string | null;
  level: StandardLevelName;
  status: StandardStatusName;
  draftBody: string;
  /** The draft differs from the current version, or nothing is published yet. */
  draftPending: boolean;
  revision: number;
  /** The number of the newest published version, null before the first. */
  currentVersion: number | null;
  adoptBy: Date | null;
  supersededById: string | null;
  deprecationReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Its versions, newest first, where its page's statement read them along (StandardAlong). */
  versionsAlong?: StandardVersionRecord[];
  /** What the squads recorded for it, where its page's statement read that along (StandardAlong). */
  adoptionsAlong?: AdoptionRecord[];
}

/** What a standard's page reads along with the standard, in the same statement. */
export interface StandardAlong {
  versions?: boolean;
  adoptions?: boolean;
}

/** One published version: never changed once written. */
export class StandardVersionRecord {
  standardId: string;
  number: number;
  body: string;
  changeNote: string | null;
  publishedAt: Date;
  publishedById: string;
}

export class ReviewCommentRecord {
  id: string;
  standardId: string;
  authorId: string;
  body: string;
  createdAt: Date;
}
