import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, DomainEvents, forbidden, isAdmin, isUuid, notFound, Viewer } from '@guildhall/api-core';
import { sitsInTrio, TrioSeats } from '@guildhall/api-org';
import { TEAM_API_LONG_TEXT_MAX_LENGTH, TEAM_API_TITLE_MAX_LENGTH, TENSION_SQUADS_MAX } from '@guildhall/shared-domain';
import { AllianceAccess } from '../alliance/alliance-access';
import { DecisionsService } from '../decision/decisions.service';
import { AgreementAmendmentInput, AgreementInput } from '../agreement/agreement.inputs';
import { AgreementsService } from '../agreement/agreements.service';
import { isParty } from '../agreement/agreement-rules';
import { CoachesService } from '../coach/coaches.service';
import { DependenciesService } from '../dependency/dependencies.service';
import { TeamAccess } from '../offer/team-access';
import { cleanRequired, cleanTitle } from '../offer/team-text';
import { TensionInput, TensionsArgs } from './tension.inputs';
import { TensionRecord } from './tension.record';
import { TensionRepository } from './tension.repository';
import { TensionRaised, tensionRef } from './tension-events';
import { assertCanResolve, assertCanStartReview, assertDecisionFits } from './tension-rules';

/**
 * Tensions between teams, surfaced early and reviewed in the open: anyone signed in raises one;
 * editors of its alliance, trio members of its squads' tribes and admins review and resolve it.
 */
@Injectable()
export class TensionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tensions: TensionRepository,
    private readonly access: TeamAccess,
    private readonly allianceAccess: AllianceAccess,
    private readonly dependencies: DependenciesService,
    private readonly decisions: DecisionsService,
    private readonly agreements: AgreementsService,
    private readonly coaches: CoachesService,
    private readonly events: DomainEvents,
  ) {}

  /** Who reviews: admins, editors of its alliance, trio members of the tribes of its squads. */
  static canReview(viewer: Viewer, allianceEditable: boolean, squadTribes: readonly TrioSeats[]): boolean {
    return isAdmin(viewer) || allianceEditable || squadTribes.some((t) => sitsInTrio(viewer.id, t));
  }

  findByIds(ids: readonly string[]): Promise<TensionRecord[]> {
    return this.tensions.findByIds(ids);
  }

  ofAlliances(allianceIds: readonly string[]): Promise<TensionRecord[]> {
    return this.tensions.ofAlliances(allianceIds);
  }

  /** The agenda: open tensions first, oldest first; at most TENSIONS_LISTED_MAX. */
  async list(args: TensionsArgs): Promise<TensionRecord[]> {
    if (args.allianceId && !isUuid(args.allianceId)) throw badInput('allianceId is not a valid id.', 'allianceId');
    if (args.tribeId && !isUuid(args.tribeId)) throw badInput('tribeId is not a valid id.', 'tribeId');
    let squadIds: string[] | null = null;
    if (args.tribeId) {
      squadIds = (await this.access.squadsOfTribe(args.tribeId)).map((s) => s.id);
      if (!squadIds.length) return [];
    }
    return this.tensions.list({ status: args.status, allianceId: args.allianceId, squadIds });
  }

  async raise(viewer: Viewer, input: TensionInput): Promise<TensionRecord> {
    const title = cleanTitle(input.title, TEAM_API_TITLE_MAX_LENGTH, 'A tension');
    const description = cleanRequired(input.description, 'description', TEAM_API_LONG_TEXT_MAX_LENGTH, 'A tension');
    const named = input.squadIds ?? [];
    if (named.length > TENSION_SQUADS_MAX) throw badInput(`Name at most ${TENSION_SQUADS_MAX} squads.`, 'squadIds');
    const squadIds = [...new Set(named)];
    if (!squadIds.length) throw badInput('Name the squads the tension is between: at least one.', 'squadIds');
    const found = await this.access.findSquads(squadIds);
    if (found.length !== squadIds.length) throw badInput('One of those squads does not exist.', 'squadIds');
    const alliance = await this.dependencies.allianceOf(input.allianceId);
    const wantsCoach = input.wantsCoach ?? false;
    // Read before the transaction: on the embedded database a read through the pool waits for the transaction's one connection.
    const coachIds = wantsCoach ? (await this.coaches.ids()).filter((id) => id !== viewer.id) : [];
    return this.db.transaction(async (tx) => {
      const raised = await this.tensions.create(tx, { allianceId: alliance?.id ?? null, title, description, squadIds, wantsCoach, raisedById: viewer.id });
      await this.events.publish(new TensionRaised(tx, viewer, tensionRef(raised), raised.squadIds, coachIds));
      return raised;
    });
  }

  /** SURFACED -> IN_REVIEW; the one who starts it may name a facilitator from the coaches on call. */
  async startReview(viewer: Viewer, id: string, facilitatorId: string | null | undefined): Promise<TensionRecord> {
    const tension = await this.require(id);
    await this.assertCanReview(viewer, tension, 'start its review');
    assertCanStartReview(tension);
    return this.db.transaction(async (tx) => {
      if (facilitatorId !== null && facilitatorId !== undefined) await this.coaches.requireCoach(tx, facilitatorId, 'facilitatorId');
      const started = await this.tensions.startReview(tx, tension.id, facilitatorId ?? null, viewer.id);
      if (started) return started;
      assertCanStartReview((await this.tensions.findById(tension.id, tx)) ?? tension);
      throw notFound('That tension');
    });
  }

  /**
   * SURFACED or IN_REVIEW -> RESOLVED with a resolution, optionally citing a decision of its own
   * alliance, amending an agreement between its squads and/or proposing a new one between them
   * (each linked to the tension), all in one transaction.
   */
  async resolve(
    viewer: Viewer,
    id: string,
    rawResolution: string,
    decisionId: string | null | undefined,
    amendment: AgreementAmendmentInput | null | undefined,
    proposal: AgreementInput | null | undefined,
  ): Promise<TensionRecord> {
    const resolution = cleanRequired(rawResolution, 'resolution', TEAM_API_LONG_TEXT_MAX_LENGTH, 'A resolution');
    const tension = await this.require(id);
    await this.assertCanReview(viewer, tension, 'resolve it');
    assertCanResolve(tension);
    // Read before the transaction: on the embedded database a read through the pool waits for the transaction's one connection.
    const amended = amendment ? await this.amendable(tension, amendment) : null;
    const proposed = proposal ? await this.agreements.prepareInReview(proposal, tension) : null;
    return this.db.transaction(async (tx) => {
      if (decisionId !== null && decisionId !== undefined) assertDecisionFits(tension, isUuid(decisionId) ? await this.decisions.findById(decisionId, tx) : null);
      const resolved = await this.tensions.resolve(tx, tension.id, resolution, decisionId ?? null, viewer.id);
      if (!resolved) {
        assertCanResolve((await this.tensions.findById(tension.id, tx)) ?? tension);
        throw notFound('That tension');
      }
      if (amendment && amended) await this.agreements.amendInReview(tx, amended.id, { terms: amendment.terms, reviewBy: amendment.reviewBy }, resolved.id);
      if (proposed) await this.agreements.proposeInReview(tx, viewer, proposed, resolved);
      return resolved;
    });
  }

  /** The amended agreement must be between squads of the tension (provider or consumer among them). */
  private async amendable(tension: TensionRecord, amendment: AgreementAmendmentInput) {
    const [agreement] = isUuid(amendment.agreementId) ? await this.agreements.findByIds([amendment.agreementId]) : [];
    if (!agreement) throw badInput('There is no agreement with that id.', 'agreementId');
    if (!tension.squadIds.some((s) => isParty(agreement, s))) throw badInput("That agreement is not one of the tension's squads': amend an agreement between them.", 'agreementId');
    return agreement;
  }

  private async assertCanReview(viewer: Viewer, tension: TensionRecord, what: string): Promise<void> {
    if (isAdmin(viewer)) return;
    if (tension.allianceId && (await this.allianceAccess.canEdit(viewer, tension.allianceId))) return;
    const squads = await this.access.findSquads(tension.squadIds);
    const tribes = await this.access.tribesOf(squads.map((s) => s.tribeId));
    if (!TensionsService.canReview(viewer, false, tribes)) {
      throw forbidden(`Only editors of its alliance, trio members of its squads' tribes, or admins can ${what}.`);
    }
  }

  private async require(id: string): Promise<TensionRecord> {
    const tension = await this.tensions.findById(id);
    if (!tension) throw notFound('That tension');
    return tension;
  }
}
