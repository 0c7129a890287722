import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, forbidden, notFound, Viewer } from '@guildhall/api-core';
import { SquadEntity } from '@guildhall/api-org';
import { DEFAULT_INTERACTION_MODE, INTERACTION_MODES, InteractionModeName, OPEN_AGREEMENTS_PER_SQUAD_MAX, TEAM_API_LONG_TEXT_MAX_LENGTH } from '@guildhall/shared-domain';
import { OfferRecord } from '../offer/offer.record';
import { OfferRepository } from '../offer/offer.repository';
import { TeamAccess } from '../offer/team-access';
import { checkDate, checkOneOf, cleanRequired } from '../offer/team-text';
import { AgreementInput } from './agreement.inputs';
import { AgreementRecord } from './agreement.record';
import { AgreementRepository } from './agreement.repository';
import { acceptingSquadId, assertCanAccept, assertCanRetire, isParty } from './agreement-rules';

/** A review's proposal, checked: its text, offer and squads. */
export interface ReviewProposal {
  fields: { terms: string; mode: InteractionModeName; reviewBy: Date | null };
  offer: OfferRecord;
  provider: SquadEntity;
  consumer: SquadEntity;
}

/**
 * Interface agreements between a providing squad (the offer's) and a consuming squad: a member
 * of either proposes, a member of the other accepts, a member of either retires.
 */
@Injectable()
export class AgreementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agreements: AgreementRepository,
    private readonly offers: OfferRepository,
    private readonly access: TeamAccess,
  ) {}

  findByIds(ids: readonly string[]): Promise<AgreementRecord[]> {
    return this.agreements.findByIds(ids);
  }

  ofSquads(squadIds: readonly string[]) {
    return this.agreements.ofSquads(squadIds);
  }

  ofTensions(tensionIds: readonly string[]) {
    return this.agreements.ofTensions(tensionIds);
  }

  /** A member of the offer's squad (the provider) or of the consumer squad; they must differ. */
  async propose(viewer: Viewer, input: AgreementInput): Promise<AgreementRecord> {
    const { fields, offer, provider, consumer } = await this.prepare(input);
    const viewerSquadId = await this.access.squadIdOf(viewer.id);
    if (!isParty({ providerSquadId: provider.id, consumerSquadId: consumer.id, proposedBySquadId: provider.id }, viewerSquadId)) {
      throw forbidden(`Only members of squad ${provider.name} or squad ${consumer.name} can propose an agreement between them.`);
    }
    return this.db.transaction((tx) => this.create(tx, fields, offer, provider, consumer, viewer.id, viewerSquadId!, null));
  }

  /**
   * A tension's review proposes a new agreement between two of its squads, in the review's
   * transaction and linked to the tension. It is proposed on the consuming squad's behalf (the
   * reviewer need not be a member of either), so the providing squad accepts it.
   */
  async proposeInReview(tx: EntityManager, viewer: Viewer, proposal: ReviewProposal, tension: { id: string }): Promise<AgreementRecord> {
    const { fields, offer, provider, consumer } = proposal;
    return this.create(tx, fields, offer, provider, consumer, viewer.id, consumer.id, tension.id);
  }

  /** A review's proposal checked before its transaction opens (its reads go through the pool). */
  async prepareInReview(input: AgreementInput, tension: { squadIds: string[] }): Promise<ReviewProposal> {
    const prepared = await this.prepare(input);
    if (!tension.squadIds.includes(prepared.provider.id) || !tension.squadIds.includes(prepared.consumer.id)) {
      throw badInput("A review proposes agreements between the tension's own squads: the offer's squad and the consumer must both be among them.", 'propose');
    }
    return prepared;
  }

  /** The proposal's text, offer and squads, checked: BAD_USER_INPUT naming the field. */
  private async prepare(input: AgreementInput) {
    const terms = cleanRequired(input.terms, 'terms', TEAM_API_LONG_TEXT_MAX_LENGTH, 'An agreement');
    const mode = checkOneOf(input.mode ?? DEFAULT_INTERACTION_MODE, INTERACTION_MODES, 'mode');
    const reviewBy = checkDate(input.reviewBy, 'reviewBy');
    const offer = await this.offers.findById(input.offerId);
    if (!offer) throw badInput('There is no offer with that id.', 'offerId');
    const consumer = await this.access.squadOf(input.consumerSquadId, 'consumerSquadId');
    if (consumer.id === offer.squadId) throw badInput('A squad cannot make an agreement with itself: the consumer must be another squad than the offer’s.', 'consumerSquadId');
    const provider = await this.access.requireSquad(offer.squadId);
    return { fields: { terms, mode, reviewBy }, offer, provider, consumer };
  }

  private async create(
    tx: EntityManager,
    fields: { terms: string; mode: InteractionModeName; reviewBy: Date | null },
    offer: OfferRecord,
    provider: SquadEntity,
    consumer: SquadEntity,
    proposedById: string,
    proposedBySquadId: string,
    tensionId: string | null,
  ): Promise<AgreementRecord> {
    const locked = await this.offers.lock(tx, offer.id);
    if (!locked || locked.retiredAt) throw badInput(`"${offer.title}" is retired; it takes no new agreements.`, 'offerId');
    await this.assertRoom(tx, [provider, consumer]);
    return this.agreements.create(tx, { offerId: offer.id, providerSquadId: provider.id, consumerSquadId: consumer.id, ...fields, proposedById, proposedBySquadId, tensionId });
  }

  /** Only a member of the squad that did not propose it; the proposer's side is FORBIDDEN. */
  async accept(viewer: Viewer, id: string): Promise<AgreementRecord> {
    const agreement = await this.require(id);
    const viewerSquadId = await this.access.squadIdOf(viewer.id);
    const [provider, consumer] = await this.parties(agreement);
    if (!isParty(agreement, viewerSquadId)) throw forbidden(`Only members of squad ${provider.name} or squad ${consumer.name} can accept an agreement between them.`);
    if (viewerSquadId !== acceptingSquadId(agreement)) {
      const other = acceptingSquadId(agreement) === provider.id ? provider : consumer;
      throw forbidden(`Your squad proposed this agreement; a member of squad ${other.name} accepts it.`);
    }
    assertCanAccept(agreement);
    return this.db.transaction(async (tx) => {
      const offer = await this.offers.lock(tx, agreement.offerId);
      if (!offer || offer.retiredAt) throw badInput('The offer of that agreement is retired; it takes no new agreements.', 'id');
      return (await this.agreements.move(tx, agreement.id, ['PROPOSED'], 'AGREED')) ?? this.lostRace(tx, agreement.id, assertCanAccept);
    });
  }

  /** A member of either party; PROPOSED or AGREED becomes RETIRED. */
  async retire(viewer: Viewer, id: string): Promise<AgreementRecord> {
    const agreement = await this.require(id);
    const viewerSquadId = await this.access.squadIdOf(viewer.id);
    if (!isParty(agreement, viewerSquadId)) {
      const [provider, consumer] = await this.parties(agreement);
      throw forbidden(`Only members of squad ${provider.name} or squad ${consumer.name} can retire an agreement between them.`);
    }
    assertCanRetire(agreement);
    return this.db.transaction(async (tx) => (await this.agreements.move(tx, agreement.id, ['PROPOSED', 'AGREED'], 'RETIRED')) ?? this.lostRace(tx, agreement.id, assertCanRetire));
  }

  /** A tension's review amends a standing agreement (terms, review date) and links it to the tension, in the review's transaction. */
  async amendInReview(tx: EntityManager, id: string, patch: { terms?: string | null; reviewBy?: Date | null }, tensionId: string): Promise<AgreementRecord> {
    const terms = patch.terms === undefined || patch.terms === null ? undefined : cleanRequired(patch.terms, 'terms', TEAM_API_LONG_TEXT_MAX_LENGTH, 'An agreement');
    const reviewBy = patch.reviewBy === undefined ? undefined : checkDate(patch.reviewBy, 'reviewBy');
    const amended = await this.agreements.amend(tx, id, { terms, reviewBy }, tensionId);
    if (amended) return amended;
    if (!(await this.agreements.findById(id, tx))) throw badInput('There is no agreement with that id.', 'agreementId');
    throw badInput('That agreement is retired; it can no longer change.', 'agreementId');
  }

  private async assertRoom(tx: EntityManager, squads: SquadEntity[]): Promise<void> {
    const counts = await this.agreements.openCountsLocked(
      tx,
      squads.map((s) => s.id),
    );
    for (const squad of squads) {
      if ((counts.get(squad.id) ?? 0) >= OPEN_AGREEMENTS_PER_SQUAD_MAX) {
        throw badInput(`Squad ${squad.name} is party to ${OPEN_AGREEMENTS_PER_SQUAD_MAX} open agreements, the most a squad may be; retire one first.`, 'consumerSquadId');
      }
    }
  }

  /** Another request moved the agreement first: the error its new status calls for. */
  private async lostRace(tx: EntityManager, id: string, check: (a: AgreementRecord) => void): Promise<never> {
    const now = await this.agreements.findById(id, tx);
    if (!now) throw notFound('That agreement');
    check(now);
    throw conflict('That agreement was changed by someone else meanwhile; reload it.');
  }

  private async parties(a: AgreementRecord): Promise<[SquadEntity, SquadEntity]> {
    const squads = await this.access.findSquads([a.providerSquadId, a.consumerSquadId]);
    const find = (id: string) => squads.find((s) => s.id === id) ?? ({ id, name: 'that squad' } as SquadEntity);
    return [find(a.providerSquadId), find(a.consumerSquadId)];
  }

  private async require(id: string): Promise<AgreementRecord> {
    const agreement = await this.agreements.findById(id);
    if (!agreement) throw notFound('That agreement');
    return agreement;
  }
}
