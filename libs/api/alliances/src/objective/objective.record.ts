import type { DirectoryPerson } from '@guildhall/api-auth';

export class ObjectiveRecord {
  id: string;
  allianceId: string;
  title: string;
  position: number;
  /** Read along on the alliance's page (else resolved). */
  keyResults?: KeyResultRecord[];
  progress?: number;
}

export class KeyResultRecord {
  id: string;
  objectiveId: string;
  /** The alliance of its objective, read along. */
  allianceId: string;
  title: string;
  unit: string | null;
  baseline: number;
  target: number;
  current: number;
  position: number;
  updatedAt: Date;
  /** Read along on the alliance's page (else resolved). */
  progress?: number;
  history?: KeyResultUpdateRecord[];
  viewerCanUpdate?: boolean;
}

/** One value a key result was set to, by whom and when. */
export class KeyResultUpdateRecord {
  keyResultId: string;
  value: number;
  updatedById: string;
  updatedAt: Date;
  /** The alliance of its key result, when read for a page (so its people are read with the page's). */
  allianceId?: string;
  /** Read along on the alliance's page (else loaded). */
  updatedBy?: DirectoryPerson;
}
