import type { EntityManager } from 'typeorm';
import type { Viewer } from '@guildhall/api-core';
import type { TensionRecord } from './tension.record';

export interface TensionRef {
  id: string;
  allianceId: string | null;
  title: string;
}

export function tensionRef(t: TensionRecord): TensionRef {
  return { id: t.id, allianceId: t.allianceId, title: t.title };
}

/**
 * A tension was surfaced: the members of its squads are to be told, and, when it asks for a
 * coach, the coaches on call. Published through core DomainEvents inside the transaction (`tx`);
 * the coming notifications context subscribes, nothing calls it.
 */
export class TensionRaised {
  constructor(
    readonly tx: EntityManager,
    readonly actor: Viewer,
    readonly tension: TensionRef,
    /** The squads whose members are to be told. */
    readonly squadIds: string[],
    /** People to be told beyond the squads: the coaches on call when it asks for a coach, else none. */
    readonly userIds: string[],
  ) {}
}
