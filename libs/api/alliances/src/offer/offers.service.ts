import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, conflict, notFound, Viewer } from '@guildhall/api-core';
import { OFFERS_PER_SQUAD_MAX, TEAM_API_TEXT_MAX_LENGTH, TEAM_API_TITLE_MAX_LENGTH } from '@guildhall/shared-domain';
import { SquadOfferInput, UpdateSquadOfferInput } from './offer.inputs';
import { OfferRecord } from './offer.record';
import { OfferFields, OfferRepository } from './offer.repository';
import { TeamAccess } from './team-access';
import { cleanOptional, cleanRequired, cleanTitle } from './team-text';

const WHAT = 'An offer';

/** A squad's offers: published, edited and retired by the squad's members or its tribe's trio. */
@Injectable()
export class OffersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly offers: OfferRepository,
    private readonly access: TeamAccess,
  ) {}

  findByIds(ids: readonly string[]): Promise<OfferRecord[]> {
    return this.offers.findByIds(ids);
  }

  liveOfSquads(squadIds: readonly string[]): Promise<OfferRecord[]> {
    return this.offers.liveOfSquads(squadIds);
  }

  async publish(viewer: Viewer, input: SquadOfferInput): Promise<OfferRecord> {
    const fields: OfferFields = {
      title: cleanTitle(input.title, TEAM_API_TITLE_MAX_LENGTH, WHAT),
      description: cleanRequired(input.description, 'description', TEAM_API_TEXT_MAX_LENGTH, WHAT),
      expectations: cleanOptional(input.expectations, 'expectations', TEAM_API_TEXT_MAX_LENGTH),
      limits: cleanOptional(input.limits, 'limits', TEAM_API_TEXT_MAX_LENGTH),
    };
    const squad = await this.access.squadOf(input.squadId, 'squadId');
    await this.access.assertCanPublishOffer(viewer, squad, 'publish its offers');
    return this.db.transaction(async (tx) => {
      if ((await this.offers.countLiveLocked(tx, squad.id)) >= OFFERS_PER_SQUAD_MAX) {
        throw badInput(`Squad ${squad.name} already offers ${OFFERS_PER_SQUAD_MAX} things, the most a squad may; retire one first.`, 'squadId');
      }
      return this.offers.create(tx, squad.id, fields, viewer.id);
    });
  }

  /**
   * Writes only the fields given (null clears expectations or limits); a retired offer does not
   * change. With `expectedRevision`, a stale revision is CONFLICT and nothing is written (the
   * check is in the UPDATE itself).
   */
  async update(viewer: Viewer, id: string, input: UpdateSquadOfferInput): Promise<OfferRecord> {
    const patch: Partial<OfferFields> = {};
    if (input.title !== undefined && input.title !== null) patch.title = cleanTitle(input.title, TEAM_API_TITLE_MAX_LENGTH, WHAT);
    if (input.description !== undefined && input.description !== null) patch.description = cleanRequired(input.description, 'description', TEAM_API_TEXT_MAX_LENGTH, WHAT);
    if (input.expectations !== undefined) patch.expectations = cleanOptional(input.expectations, 'expectations', TEAM_API_TEXT_MAX_LENGTH);
    if (input.limits !== undefined) patch.limits = cleanOptional(input.limits, 'limits', TEAM_API_TEXT_MAX_LENGTH);
    const expected = input.expectedRevision ?? null;
    if (expected !== null && (!Number.isInteger(expected) || expected < 1)) throw badInput('expectedRevision must be the revision you last read.', 'expectedRevision');
    const offer = await this.require(id);
    await this.access.assertCanPublishOffer(viewer, await this.access.requireSquad(offer.squadId), 'edit its offers');
    return this.db.transaction(async (tx) => {
      const updated = await this.offers.update(tx, offer.id, patch, expected);
      if (updated) return updated;
      const now = await this.offers.findById(offer.id, tx);
      if (!now) throw notFound('That offer');
      if (now.retiredAt) throw badInput(`"${now.title}" is retired; it can no longer change.`, 'id');
      throw conflict(`"${now.title}" was changed by someone else since you read it (revision ${expected}; it is now at ${now.revision}). Reload it, then apply your change again.`);
    });
  }

  /** A retired offer leaves the squad's list and takes no new agreements; agreements already made on it stay. */
  async retire(viewer: Viewer, id: string): Promise<OfferRecord> {
    const offer = await this.require(id);
    await this.access.assertCanPublishOffer(viewer, await this.access.requireSquad(offer.squadId), 'retire its offers');
    return this.db.transaction(async (tx) => {
      const retired = await this.offers.retire(tx, offer.id);
      if (!retired) throw badInput(`"${offer.title}" is already retired.`, 'id');
      return retired;
    });
  }

  private async require(id: string): Promise<OfferRecord> {
    const offer = await this.offers.findById(id);
    if (!offer) throw notFound('That offer');
    return offer;
  }
}
