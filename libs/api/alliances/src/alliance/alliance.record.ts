import type { DirectoryPerson } from '@guildhall/api-auth';
import type { TribeEntity } from '@guildhall/api-org';
import type { AllianceStatusName } from '@guildhall/shared-domain';
import type { DecisionRecord } from '../decision/decision.record';
import type { MilestoneRecord } from '../milestone/milestone.record';
import type { ObjectiveRecord } from '../objective/objective.record';

/**
 * An alliance as its repository reads it; the GraphQL type `Alliance` resolves from it. Its page
 * (AlliancesLoaders.page) fills the read-along fields below, which the schema answers with
 * directly (@ReadAlong); anywhere else they stay undefined and the resolvers load them.
 */
export class AllianceRecord {
  id: string;
  slug: string;
  name: string;
  goal: string;
  status: AllianceStatusName;
  /** Shared prioritisation criteria, most important first. */
  criteria: string[];
  /** Bumped by every write to the alliance row. */
  revision: number;
  createdById: string;
  createdAt: Date;
  updatedAt: Date;

  // Read along on its page.
  createdBy?: DirectoryPerson;
  /** By name. */
  tribes?: TribeEntity[];
  tribesViewerCanAdd?: TribeEntity[];
  objectives?: ObjectiveRecord[];
  milestones?: MilestoneRecord[];
  decisions?: DecisionRecord[];
  progress?: number;
  viewerCanEdit?: boolean;
  viewerCanUpdateKeyResults?: boolean;
}

/** One tribe's place in an alliance. */
export class AllianceTribeRecord {
  allianceId: string;
  tribeId: string;
  addedById: string | null;
  addedAt: Date;
}
