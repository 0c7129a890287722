import type { EntityManager } from 'typeorm';
import type { Viewer } from '@guildhall/api-core';
import type { DependencyStatusName } from '@guildhall/shared-domain';
import type { DependencyRecord } from './dependency.record';

/** What an event says about the dependency it concerns. */
export interface DependencyRef {
  id: string;
  allianceId: string | null;
  requesterSquadId: string;
  providerSquadId: string;
  description: string;
}

export function dependencyRef(d: DependencyRecord): DependencyRef {
  return { id: d.id, allianceId: d.allianceId, requesterSquadId: d.requesterSquadId, providerSquadId: d.providerSquadId, description: d.description };
}

/**
 * A squad asked another for something: the providing squad's members are to be told. Published
 * through core DomainEvents inside the transaction (`tx`); the coming notifications context
 * subscribes, nothing calls it.
 */
export class DependencyRequested {
  constructor(
    readonly tx: EntityManager,
    readonly actor: Viewer,
    readonly dependency: DependencyRef,
    /** The squads whose members are to be told: the provider. */
    readonly squadIds: string[],
  ) {}
}

/** The providing squad answered (accepted, declined with its response, delivered): the requesting squad is to be told. */
export class DependencyAnswered {
  constructor(
    readonly tx: EntityManager,
    readonly actor: Viewer,
    readonly dependency: DependencyRef,
    readonly status: DependencyStatusName,
    readonly response: string | null,
    /** The squads whose members are to be told: the requester. */
    readonly squadIds: string[],
  ) {}
}
