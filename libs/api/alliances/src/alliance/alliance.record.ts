import type { AllianceStatusName } from '@guildhall/shared-domain';

/** An alliance as its repository reads it; the GraphQL type `Alliance` resolves from it. */
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
}

/** One tribe's place in an alliance. */
export class AllianceTribeRecord {
  allianceId: string;
  tribeId: string;
  addedById: string | null;
  addedAt: Date;
}
