import type { TensionStatusName } from '@guildhall/shared-domain';

/** A tension as its repository reads it, with its squads read along; the GraphQL type `Tension` resolves from it. */
export class TensionRecord {
  id: string;
  allianceId: string | null;
  title: string;
  description: string;
  status: TensionStatusName;
  wantsCoach: boolean;
  facilitatorId: string | null;
  resolution: string | null;
  decisionId: string | null;
  raisedById: string;
  /** The squads it involves, in the order named. */
  squadIds: string[];
  reviewStartedAt: Date | null;
  resolvedAt: Date | null;
  createdAt: Date;
}
