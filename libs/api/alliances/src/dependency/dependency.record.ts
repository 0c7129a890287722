import type { OfferRecord } from '../offer/offer.record';
import type { DependencyStatusName } from '@guildhall/shared-domain';

/** A dependency as its repository reads it; the GraphQL type `Dependency` resolves from it. */
export class DependencyRecord {
  id: string;
  allianceId: string | null;
  requesterSquadId: string;
  providerSquadId: string;
  offerId: string | null;
  description: string;
  neededBy: Date | null;
  status: DependencyStatusName;
  response: string | null;
  requestedById: string | null;
  respondedById: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Its offer, when read along with it (a squad page's list). */
  offer?: OfferRecord | null;
}
