import { Badge, Group } from '@mantine/core';
import { ALLIANCE_STATUS_INFO, MILESTONE_STATUS_INFO } from './labels';

export function AllianceStatusBadge({ status }: { status: string }) {
  const info = ALLIANCE_STATUS_INFO[status] ?? { label: status, color: 'gray', meaning: '' };
  return (
    <Badge variant="light" color={info.color} radius="sm" title={info.meaning}>
      {info.label}
    </Badge>
  );
}

export function OverdueBadge() {
  return (
    <Badge variant="filled" color="red" radius="sm">
      Overdue
    </Badge>
  );
}

/** A milestone's status: its symbol and word, never the colour alone. */
export function MilestoneStatusBadge({ status, overdue }: { status: string; overdue?: boolean }) {
  const info = MILESTONE_STATUS_INFO[status] ?? { label: status, color: 'gray', symbol: '' };
  return (
    <Group gap={4} wrap="nowrap">
      <Badge variant="light" color={info.color} radius="sm">
        {info.symbol} {info.label}
      </Badge>
      {overdue && <OverdueBadge />}
    </Group>
  );
}
