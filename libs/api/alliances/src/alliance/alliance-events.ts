import type { EntityManager } from 'typeorm';
import type { Viewer } from '@guildhall/api-core';

/** What an event says about the alliance it concerns. */
export interface AllianceRef {
  id: string;
  slug: string;
  name: string;
}

/** A tribe in an event, with the trio members to be told. */
export interface TribeToTell {
  tribeId: string;
  /** The tribe's trio members (tribe, product and design lead; the seats filled). */
  trioMemberIds: string[];
}

/**
 * An alliance was formed: the trio members of each founding tribe are to be told. Published
 * through core DomainEvents inside the transaction (`tx`), so a subscriber's writes commit or roll
 * back with it; the coming notifications context subscribes, nothing calls it.
 */
export class AllianceFormed {
  constructor(
    readonly tx: EntityManager,
    readonly actor: Viewer,
    readonly alliance: AllianceRef,
    readonly tribes: TribeToTell[],
  ) {}
}

/** A tribe joined an alliance (added by its own trio or by an editor): its trio members are to be told. */
export class TribeJoinedAlliance {
  constructor(
    readonly tx: EntityManager,
    readonly actor: Viewer,
    readonly alliance: AllianceRef,
    readonly tribeId: string,
    readonly trioMemberIds: string[],
  ) {}
}

export function allianceRef(a: AllianceRef): AllianceRef {
  return { id: a.id, slug: a.slug, name: a.name };
}
