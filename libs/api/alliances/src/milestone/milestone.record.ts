import type { MilestoneStatusName } from '@guildhall/shared-domain';

export class MilestoneRecord {
  id: string;
  allianceId: string;
  title: string;
  dueDate: Date;
  squadId: string | null;
  status: MilestoneStatusName;
  createdAt: Date;
}
