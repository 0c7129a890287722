import { Group, Progress, Stack, Text } from '@mantine/core';
import { percent } from './labels';

/**
 * Progress from 0 to 1 as a bar (role=progressbar, named, with its value) and the percentage in
 * words beside it, so it reads the same without the picture.
 */
export function ProgressBar({ value, label, size = 'md', detail }: { value: number; label: string; size?: 'sm' | 'md' | 'lg'; detail?: string }) {
  const pct = percent(value);
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="nowrap">
        <Progress value={pct} aria-label={label} size={size} radius="xl" color={pct >= 100 ? 'green' : 'indigo'} style={{ flex: 1 }} />
        <Text size="sm" fw={600} miw="3.2em" ta="right" aria-hidden>
          {pct}%
        </Text>
      </Group>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Stack>
  );
}
