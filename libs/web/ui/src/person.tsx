import { Avatar, Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import './person.css';

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? parts[0][0] + parts[parts.length - 1][0] : (parts[0] ?? '?').slice(0, 2);
  return letters.toUpperCase();
}

/**
 * Avatar with initials; decorative, since the name is always written next to it. The initials are drawn
 * by CSS, not written in the DOM, so a link around the avatar keeps its visible label equal to its name (WCAG 2.5.3).
 */
export function PersonAvatar({ name, size = 'md' }: { name: string; size?: 'sm' | 'md' | 'lg' | 'xl' }) {
  return (
    <Avatar size={size} radius="xl" color="initials" name={name} aria-hidden>
      <span className="gh-avatar-initials" data-initials={initials(name)} />
    </Avatar>
  );
}

export interface PersonLineProps {
  name: string;
  discipline?: string | null;
  /** Usually a router link wrapping the name. */
  nameElement?: ReactNode;
  extra?: ReactNode;
}

export function PersonLine({ name, discipline, nameElement, extra }: PersonLineProps) {
  return (
    <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
      <PersonAvatar name={name} />
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {nameElement ?? name}
        </Text>
        {discipline && (
          <Text size="sm" c="dimmed">
            {discipline}
          </Text>
        )}
      </Stack>
      {extra}
    </Group>
  );
}

export function RoleBadge({ role }: { role: string }) {
  if (role !== 'ADMIN') return null;
  return (
    <Badge variant="light" color="grape">
      Admin
    </Badge>
  );
}
