import { Badge, Group } from '@mantine/core';
import { LEVEL_INFO, STATUS_INFO } from './labels';

/** The level as the RFC 2119 word, with what it asks in the accessible name's description. */
export function LevelBadge({ level }: { level: string }) {
  const info = LEVEL_INFO[level] ?? { label: level, color: 'gray', meaning: '' };
  return (
    <Badge variant="light" color={info.color} title={info.meaning} radius="sm">
      {info.label}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const info = STATUS_INFO[status] ?? { label: status, color: 'gray' };
  return (
    <Badge variant="outline" color={info.color} radius="sm">
      {info.label}
    </Badge>
  );
}

export function StandardBadges({ level, status }: { level: string; status: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <LevelBadge level={level} />
      <StatusBadge status={status} />
    </Group>
  );
}
