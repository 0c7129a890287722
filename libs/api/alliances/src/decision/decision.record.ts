import type { DirectoryPerson } from '@guildhall/api-auth';
import type { AllianceRecord } from '../alliance/alliance.record';

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
  /** Read along on the alliance's page (else loaded). */
  decidedBy?: DirectoryPerson;
  alliance?: AllianceRecord | null;
}
