import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, forbidden, isUuid, notFound, Viewer } from '@guildhall/api-core';
import { ALLIANCE_CRITERIA_MAX, ALLIANCE_TITLE_MAX_LENGTH, DECISION_TEXT_MAX_LENGTH, DECISIONS_PER_ALLIANCE_MAX } from '@guildhall/shared-domain';
import { AllianceAccess } from '../alliance/alliance-access';
import { cleanLine, cleanOptionalText } from '../alliance/alliance-rules';
import { AlliancesService } from '../alliance/alliances.service';
import { DecisionInput } from './decision.inputs';
import { DecisionRecord } from './decision.record';
import { DecisionRepository } from './decision.repository';

@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly decisions: DecisionRepository,
    private readonly alliances: AlliancesService,
    private readonly access: AllianceAccess,
  ) {}

  findByIds(ids: readonly string[], tx?: EntityManager): Promise<DecisionRecord[]> {
    return this.decisions.findByIds(ids, tx);
  }

  /** The decision by id (read in `tx` when given), or null. Its `allianceId` is null outside any alliance. */
  async findById(id: string, tx?: EntityManager): Promise<DecisionRecord | null> {
    return (await this.decisions.findByIds([id], tx))[0] ?? null;
  }

  ofAlliances(allianceIds: readonly string[]): Promise<DecisionRecord[]> {
    return this.decisions.ofAlliances(allianceIds);
  }

  /**
   * With an alliance: its editors, citing only its criteria (exact text, each once). Without: a
   * trio member of any tribe or an admin, citing no criteria (there are none to cite).
   */
  async record(viewer: Viewer, input: DecisionInput): Promise<DecisionRecord> {
    const title = cleanLine(input.title, 'title', ALLIANCE_TITLE_MAX_LENGTH, 'the decision a title');
    const context = cleanOptionalText(input.context, 'context', DECISION_TEXT_MAX_LENGTH);
    const outcome = cleanOptionalText(input.outcome, 'outcome', DECISION_TEXT_MAX_LENGTH);
    if (!outcome) throw badInput('Say what was decided.', 'outcome');
    const cited = input.criteria ?? [];
    if (cited.length > ALLIANCE_CRITERIA_MAX) throw badInput(`A decision cites at most ${ALLIANCE_CRITERIA_MAX} criteria.`, 'criteria');
    const criteria = [...new Set(cited)];
    const allianceId = input.allianceId ?? null;
    if (allianceId === null) {
      if (!(await this.access.isTrioMemberOrAdmin(viewer))) throw forbidden('Only trio members of a tribe, or admins, can record a decision outside an alliance.');
      if (criteria.length) throw badInput('A decision outside an alliance has no shared criteria to cite; leave criteria empty or record it in an alliance.', 'criteria');
      return this.db.transaction((tx) => this.decisions.add(tx, { allianceId: null, title, context, outcome, criteria: [], decidedById: viewer.id }));
    }
    if (!isUuid(allianceId)) throw notFound('That alliance');
    return this.db.transaction(async (tx) => {
      const alliance = await this.alliances.locked(tx, allianceId);
      await this.access.assertCanEdit(viewer, alliance.id, tx, 'record its decisions');
      const unknown = criteria.find((c) => !alliance.criteria.includes(c));
      if (unknown !== undefined) throw badInput(`"${unknown}" is not one of the criteria of alliance ${alliance.name}.`, 'criteria');
      if ((await this.decisions.count(tx, alliance.id)) >= DECISIONS_PER_ALLIANCE_MAX) {
        throw badInput(`Alliance ${alliance.name} already has ${DECISIONS_PER_ALLIANCE_MAX} decisions, the most it may have.`, 'allianceId');
      }
      return this.decisions.add(tx, { allianceId: alliance.id, title, context, outcome, criteria, decidedById: viewer.id });
    });
  }
}
