import type { SquadEntity } from '@guildhall/api-org';
import type { AdoptionStatusName } from '@guildhall/shared-domain';

/** What a squad has recorded for a standard (a row exists only once it has recorded something). */
export class AdoptionRecord {
  standardId: string;
  squadId: string;
  status: AdoptionStatusName;
  version: number | null;
  note: string | null;
  exemptUntil: Date | null;
  updatedAt: Date;
  updatedById: string | null;
}

/**
 * A squad's adoption of a standard as it reads now: NOT_STARTED where nothing is recorded or an
 * exemption has lapsed; `outdated` and `overdue` computed against the standard. The GraphQL type
 * `Adoption` resolves from it.
 */
export class AdoptionView {
  standardId: string;
  squadId: string;
  /** Who may record it besides the squad's members and admins: the chapter's lead and the squad's product owner. */
  chapterLeadId: string | null;
  productOwnerId: string | null;
  status: AdoptionStatusName;
  version: number | null;
  outdated: boolean;
  overdue: boolean;
  note: string | null;
  exemptUntil: Date | null;
  updatedAt: Date | null;
  updatedById: string | null;
  /** The squad itself, where the reader had it: `Adoption.squad` answers with it (read along, no look-up per cell). */
  squad?: SquadEntity;
}

/** One recorded change of a squad's adoption: who, when, from, to and why. */
export class AdoptionChangeRecord {
  id: string;
  standardId: string;
  squadId: string;
  fromStatus: AdoptionStatusName;
  fromVersion: number | null;
  toStatus: AdoptionStatusName;
  toVersion: number | null;
  note: string | null;
  exemptUntil: Date | null;
  changedById: string | null;
  changedAt: Date;
  /** Keyset: changed_at to the microsecond, id. */
  orderKey: [string, string];
}
