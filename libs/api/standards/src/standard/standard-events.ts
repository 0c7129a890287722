import type { EntityManager } from 'typeorm';
import type { Viewer } from '@guildhall/api-core';

/** What an event says about the standard it concerns. */
export interface StandardRef {
  id: string;
  slug: string;
  title: string;
  chapterId: string;
}

/**
 * A standard's draft was opened for review: the chapter's members are to be told. Published
 * through core DomainEvents inside the transaction (`tx`), so a subscriber's writes commit or roll
 * back with it; the coming notifications context subscribes, nothing calls it.
 */
export class StandardSubmittedForReview {
  constructor(
    readonly tx: EntityManager,
    readonly actor: Viewer,
    readonly standard: StandardRef,
    /** The chapter's tribe: the squads the standard applies to. */
    readonly tribeId: string,
  ) {}
}

/** Version `version` of the standard was published: the squads of `tribeId` are to be told. */
export class StandardPublished {
  constructor(
    readonly tx: EntityManager,
    readonly actor: Viewer,
    readonly standard: StandardRef,
    readonly tribeId: string,
    readonly version: number,
    readonly changeNote: string | null,
  ) {}
}

/** The standard was deprecated, with its reason and the standard that supersedes it, if any. */
export class StandardDeprecated {
  constructor(
    readonly tx: EntityManager,
    readonly actor: Viewer,
    readonly standard: StandardRef,
    readonly tribeId: string,
    readonly reason: string,
    readonly supersededById: string | null,
  ) {}
}

export function standardRef(s: StandardRef): StandardRef {
  return { id: s.id, slug: s.slug, title: s.title, chapterId: s.chapterId };
}
