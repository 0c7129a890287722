import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { forbidden, isAdmin, notFound, Viewer } from '@guildhall/api-core';
import { SquadEntity, SquadsService, sitsInTrio, TribeEntity, TribesService, TrioSeats } from '@guildhall/api-org';
import { AllianceRecord } from './alliance.record';
import { AllianceRepository } from './alliance.repository';

/**
 * Who may do what with an alliance, from org's own services (never its tables): its editors are
 * the trio members of its tribes and admins; a tribe's trio may add its own tribe; everyone signed
 * in reads everything.
 */
@Injectable()
export class AllianceAccess {
  constructor(
    private readonly alliances: AllianceRepository,
    private readonly tribes: TribesService,
    private readonly squads: SquadsService,
  ) {}

  /** Editors of an alliance with these tribes: their trio members, and admins. */
  static canEdit(viewer: Viewer, tribes: readonly TrioSeats[]): boolean {
    return isAdmin(viewer) || tribes.some((t) => sitsInTrio(viewer.id, t));
  }

  /** Key results: editors, and members of squads named on the alliance's milestones (`viewerSquadId` is the viewer's squad). */
  static canUpdateKeyResults(viewer: Viewer, tribes: readonly TrioSeats[], milestoneSquadIds: readonly string[], viewerSquadId: string | null): boolean {
    return AllianceAccess.canEdit(viewer, tribes) || (viewerSquadId !== null && milestoneSquadIds.includes(viewerSquadId));
  }

  /**
   * The tribes, those that exist, in the order asked. Every look-up here reads in `tx` when given:
   * on the embedded database the pool's one connection is the open transaction's.
   */
  async tribesByIds(ids: readonly string[], tx?: EntityManager): Promise<TribeEntity[]> {
    const found = await this.tribes.findByIds(ids, tx);
    const byId = new Map(found.map((t) => [t.id, t]));
    return ids.map((id) => byId.get(id)).filter((t): t is TribeEntity => !!t);
  }

  /** Every tribe (an organisation has a handful). */
  allTribes(): Promise<TribeEntity[]> {
    return this.tribes.list();
  }

  /** The alliance's tribes, read in `tx` when given (so a locked alliance's tribes are current). */
  async tribesOf(allianceId: string, tx?: EntityManager): Promise<TribeEntity[]> {
    const rows = await this.alliances.tribesOf([allianceId], tx);
    return this.tribesByIds(
      rows.map((r) => r.tribeId),
      tx,
    );
  }

  /** The squad, or null. */
  async squad(id: string, tx?: EntityManager): Promise<SquadEntity | null> {
    const [squad] = await this.squads.findByIds([id], tx);
    return squad ?? null;
  }

  /** Each person's squad membership (org's), for the viewer's permissions on a page. */
  squadIdsOf(userIds: readonly string[]) {
    return this.squads.membershipsOf(userIds);
  }

  /** The viewer's squad, if any (org's memberships). */
  async squadIdOf(userId: string, tx?: EntityManager): Promise<string | null> {
    const [membership] = await this.squads.membershipsOf([userId], tx);
    return membership?.squadId ?? null;
  }

  /** The alliance, or NOT_FOUND. Read in `tx` when given. */
  async alliance(allianceId: string, tx?: EntityManager): Promise<AllianceRecord> {
    const alliance = await this.alliances.findById(allianceId, tx);
    if (!alliance) throw notFound('That alliance');
    return alliance;
  }

  /** Whether the viewer may edit the alliance (by record or id). */
  async canEdit(viewer: Viewer, alliance: AllianceRecord | string, tx?: EntityManager): Promise<boolean> {
    if (isAdmin(viewer)) return true;
    return AllianceAccess.canEdit(viewer, await this.tribesOf(typeof alliance === 'string' ? alliance : alliance.id, tx));
  }

  /**
   * The alliance if the viewer may edit it: NOT_FOUND when there is none, FORBIDDEN unless the
   * viewer sits in the trio of one of its tribes or is an admin. `what` completes "… can <what>".
   */
  async assertCanEdit(viewer: Viewer, allianceId: string, tx?: EntityManager, what = 'change it'): Promise<AllianceRecord> {
    const alliance = await this.alliance(allianceId, tx);
    if (!(await this.canEdit(viewer, alliance, tx))) throw forbidden(`Only the trio members of the tribes of alliance ${alliance.name}, or an admin, can ${what}.`);
    return alliance;
  }

  /** Whether the viewer sits in the trio of any tribe (who may create alliances and record decisions outside them), or is an admin. */
  async isTrioMemberOrAdmin(viewer: Viewer, tx?: EntityManager): Promise<boolean> {
    if (isAdmin(viewer)) return true;
    return (await this.tribes.list(tx)).some((t) => sitsInTrio(viewer.id, t));
  }
}
