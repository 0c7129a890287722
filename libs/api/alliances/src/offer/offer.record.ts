/** A squad's offer as its repository reads it; the GraphQL type `SquadOffer` resolves from it. */
export class OfferRecord {
  id: string;
  squadId: string;
  title: string;
  description: string;
  expectations: string | null;
  limits: string | null;
  /** Bumped by every edit; an edit that names a stale one is CONFLICT. */
  revision: number;
  /** Set when the squad retired it: no longer listed, no new agreements on it. */
  retiredAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
