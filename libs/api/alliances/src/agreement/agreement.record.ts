import type { OfferRecord } from '../offer/offer.record';
import type { AgreementStatusName, InteractionModeName } from '@guildhall/shared-domain';

/** An interface agreement as its repository reads it; the GraphQL type `InterfaceAgreement` resolves from it. */
export class AgreementRecord {
  id: string;
  offerId: string;
  providerSquadId: string;
  consumerSquadId: string;
  terms: string;
  mode: InteractionModeName;
  status: AgreementStatusName;
  reviewBy: Date | null;
  proposedById: string | null;
  /** The squad of whoever proposed it: the provider or the consumer. Only the other one accepts. */
  proposedBySquadId: string;
  /** The tension whose review last amended or proposed it. */
  tensionId: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Its offer, when read along with it (a squad page's list). */
  offer?: OfferRecord | null;
}
