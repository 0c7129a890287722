import { Injectable } from '@nestjs/common';
import { badInput, byKeys, forbidden, GqlContext, isAdmin, isUuid, notFound, requestLoader, Viewer } from '@guildhall/api-core';
import { SquadEntity, SquadsService, sitsInTrio, TribeEntity, TribesService, TrioSeats } from '@guildhall/api-org';

/**
 * Who may do what with squads' team interfaces, from org's own services (never its tables):
 * a person is a member of at most one squad (org's rule), a tribe's trio is its tribe lead,
 * product lead and design lead.
 */
@Injectable()
export class TeamAccess {
  constructor(
    private readonly squads: SquadsService,
    private readonly tribes: TribesService,
  ) {}

  /** An offer is published, edited and retired by the squad's members or its tribe's trio. */
  static canPublishOffer(viewer: Viewer, squadId: string, tribe: TrioSeats | null, viewerSquadId: string | null): boolean {
    return viewerSquadId === squadId || sitsInTrio(viewer.id, tribe);
  }

  /** Squads by id, in no order; ids that are not ids are left out. */
  findSquads(ids: readonly string[]): Promise<SquadEntity[]> {
    return this.squads.findByIds(ids.filter(isUuid));
  }

  async squadsOfTribe(tribeId: string): Promise<SquadEntity[]> {
    return isUuid(tribeId) ? this.squads.byTribes([tribeId]) : [];
  }

  /** The squad named by an input field: BAD_USER_INPUT naming the field when there is none. */
  async squadOf(id: string, field: string): Promise<SquadEntity> {
    const [squad] = isUuid(id) ? await this.squads.findByIds([id]) : [];
    if (!squad) throw badInput(`There is no squad with that id (${field}).`, field);
    return squad;
  }

  async requireSquad(id: string): Promise<SquadEntity> {
    const [squad] = isUuid(id) ? await this.squads.findByIds([id]) : [];
    if (!squad) throw notFound('That squad');
    return squad;
  }

  async tribe(id: string): Promise<TribeEntity | null> {
    const [tribe] = await this.tribes.findByIds([id]);
    return tribe ?? null;
  }

  async tribesOf(ids: readonly string[]): Promise<TribeEntity[]> {
    return ids.length ? this.tribes.findByIds([...new Set(ids)]) : [];
  }

  /** The squad the person is a member of, if any. */
  async squadIdOf(userId: string): Promise<string | null> {
    const [membership] = await this.squads.membershipsOf([userId]);
    return membership?.squadId ?? null;
  }

  /** The viewer's squad, once per request however many fields ask. */
  viewerSquadId(ctx: GqlContext): Promise<string | null> {
    const viewer = ctx.req.user;
    if (!viewer) return Promise.resolve(null);
    return requestLoader<string, string | null>(ctx, 'teamApi.viewerSquadId', async (ids) =>
      byKeys(ids, await this.squads.membershipsOf(ids), (m) => m.userId).map((m) => m?.squadId ?? null),
    ).load(viewer.id);
  }

  async assertCanPublishOffer(viewer: Viewer, squad: SquadEntity, action: string): Promise<void> {
    const [viewerSquadId, tribe] = await Promise.all([this.squadIdOf(viewer.id), this.tribe(squad.tribeId)]);
    if (!TeamAccess.canPublishOffer(viewer, squad.id, tribe, viewerSquadId)) {
      throw forbidden(`Only members of squad ${squad.name} or its tribe's trio can ${action}.`);
    }
  }

  static isAdmin(viewer: Viewer): boolean {
    return isAdmin(viewer);
  }
}
