import type { SquadEntity } from '@guildhall/api-org';
import type { MilestoneStatusName } from '@guildhall/shared-domain';

export class MilestoneRecord {
  id: string;
  allianceId: string;
  title: string;
  dueDate: Date;
  squadId: string | null;
  status: MilestoneStatusName;
  createdAt: Date;
  /** Read along on the alliance's page (else resolved): its squad (null without one) and whether it is overdue. */
  squad?: SquadEntity | null;
  overdue?: boolean;
}
