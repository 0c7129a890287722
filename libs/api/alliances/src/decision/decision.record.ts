export class DecisionRecord {
  id: string;
  /** Null for a decision recorded outside any alliance. */
  allianceId: string | null;
  title: string;
  context: string | null;
  outcome: string;
  criteria: string[];
  decidedById: string;
  decidedAt: Date;
}
