import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, DomainEvents, forbidden, isUuid, notFound, Viewer } from '@guildhall/api-core';
import { SquadEntity } from '@guildhall/api-org';
import { OPEN_DEPENDENCIES_PER_SQUAD_MAX, TEAM_API_TEXT_MAX_LENGTH } from '@guildhall/shared-domain';
import { AllianceAccess } from '../alliance/alliance-access';
import { AllianceRecord } from '../alliance/alliance.record';
import { AlliancesService } from '../alliance/alliances.service';
import { OfferRepository } from '../offer/offer.repository';
import { TeamAccess } from '../offer/team-access';
import { checkDate, cleanRequired } from '../offer/team-text';
import { DependencyAnswered, dependencyRef, DependencyRequested } from './dependency-events';
import { DependencyInput } from './dependency.inputs';
import { DependencyRecord } from './dependency.record';
import { DependencyRepository } from './dependency.repository';
import { dependencyStatusMove } from './dependency-rules';

/**
 * One squad needs something from another. Members of the requesting squad, or editors of the
 * alliance it is asked within (when the requesting squad's tribe is one of the alliance's),
 * request it; only members of the providing squad answer.
 */
@Injectable()
export class DependenciesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dependencies: DependencyRepository,
    private readonly offers: OfferRepository,
    private readonly access: TeamAccess,
    private readonly alliances: AlliancesService,
    private readonly allianceAccess: AllianceAccess,
    private readonly events: DomainEvents,
  ) {}

  findByIds(ids: readonly string[]): Promise<DependencyRecord[]> {
    return this.dependencies.findByIds(ids);
  }

  ofSquads(squadIds: readonly string[]) {
    return this.dependencies.ofSquads(squadIds);
  }

  ofAlliances(allianceIds: readonly string[]) {
    return this.dependencies.ofAlliances(allianceIds);
  }

  /** The alliance an input names: BAD_USER_INPUT naming `allianceId` when there is none. */
  async allianceOf(id: string | null | undefined): Promise<AllianceRecord | null> {
    if (id === null || id === undefined) return null;
    const [alliance] = isUuid(id) ? await this.alliances.findByIds([id]) : [];
    if (!alliance) throw badInput('There is no alliance with that id.', 'allianceId');
    return alliance;
  }

  async request(viewer: Viewer, input: DependencyInput): Promise<DependencyRecord> {
    const description = cleanRequired(input.description, 'description', TEAM_API_TEXT_MAX_LENGTH, 'A dependency');
    const neededBy = checkDate(input.neededBy, 'neededBy');
    const requester = await this.access.squadOf(input.requesterSquadId, 'requesterSquadId');
    const provider = await this.access.squadOf(input.providerSquadId, 'providerSquadId');
    if (requester.id === provider.id) throw badInput('A squad cannot depend on itself: the provider must be another squad than the requester.', 'providerSquadId');
    const alliance = await this.allianceOf(input.allianceId);
    let offerId: string | null = null;
    if (input.offerId !== null && input.offerId !== undefined) {
      const offer = await this.offers.findById(input.offerId);
      if (!offer || offer.squadId !== provider.id) throw badInput(`That offer is not one of squad ${provider.name}'s: name an offer of the providing squad.`, 'offerId');
      if (offer.retiredAt) throw badInput(`"${offer.title}" is retired; request without it or name a live offer.`, 'offerId');
      offerId = offer.id;
    }
    await this.assertCanRequest(viewer, requester, alliance);
    return this.db.transaction(async (tx) => {
      await this.assertRoom(tx, [requester, provider]);
      const created = await this.dependencies.create(tx, {
        allianceId: alliance?.id ?? null,
        requesterSquadId: requester.id,
        providerSquadId: provider.id,
        offerId,
        description,
        neededBy,
        requestedById: viewer.id,
      });
      await this.events.publish(new DependencyRequested(tx, viewer, dependencyRef(created), [provider.id]));
      return created;
    });
  }

  /** Members of the providing squad: REQUESTED -> ACCEPTED | DECLINED (with a response), ACCEPTED -> DELIVERED. */
  async respond(viewer: Viewer, id: string, status: string, response: string | null | undefined): Promise<DependencyRecord> {
    const dependency = await this.dependencies.findById(id);
    if (!dependency) throw notFound('That dependency');
    if ((await this.access.squadIdOf(viewer.id)) !== dependency.providerSquadId) {
      const provider = await this.access.requireSquad(dependency.providerSquadId);
      throw forbidden(`Only members of squad ${provider.name}, which provides it, can respond to this dependency.`);
    }
    const move = dependencyStatusMove(dependency.status, status, response);
    return this.db.transaction(async (tx) => {
      const moved = await this.dependencies.move(tx, dependency.id, dependency.status, move.status, move.response, viewer.id);
      if (!moved) return this.lostRace(tx, dependency.id, status, response);
      await this.events.publish(new DependencyAnswered(tx, viewer, dependencyRef(moved), moved.status, moved.response, [moved.requesterSquadId]));
      return moved;
    });
  }

  private async assertCanRequest(viewer: Viewer, requester: SquadEntity, alliance: AllianceRecord | null): Promise<void> {
    if ((await this.access.squadIdOf(viewer.id)) === requester.id) return;
    if (alliance) {
      const tribes = await this.allianceAccess.tribesOf(alliance.id);
      // An editor speaks for the squads of the alliance's tribes, not for every squad.
      if (tribes.some((t) => t.id === requester.tribeId) && (await this.allianceAccess.canEdit(viewer, alliance))) return;
    }
    throw forbidden(
      alliance
        ? `Only members of squad ${requester.name}, or editors of alliance ${alliance.name} when the squad's tribe is in it, can request a dependency for it.`
        : `Only members of squad ${requester.name} can request a dependency for it (or editors of an alliance of its tribe, naming it).`,
    );
  }

  private async assertRoom(tx: EntityManager, squads: SquadEntity[]): Promise<void> {
    const counts = await this.dependencies.openCountsLocked(
      tx,
      squads.map((s) => s.id),
    );
    for (const squad of squads) {
      if ((counts.get(squad.id) ?? 0) >= OPEN_DEPENDENCIES_PER_SQUAD_MAX) {
        throw badInput(`Squad ${squad.name} is party to ${OPEN_DEPENDENCIES_PER_SQUAD_MAX} open dependencies, the most a squad may be; close some first.`, 'providerSquadId');
      }
    }
  }

  /** Someone answered first: the error the new status calls for (an impossible move), else CONFLICT. */
  private async lostRace(tx: EntityManager, id: string, status: string, response: string | null | undefined): Promise<never> {
    const now = await this.dependencies.findById(id, tx);
    if (!now) throw notFound('That dependency');
    dependencyStatusMove(now.status, status, response);
    throw conflict('That dependency was answered by someone else meanwhile; reload it.');
  }
}
