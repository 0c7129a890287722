import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { createTwoFilesPatch } from 'diff';
import { useMemo } from 'react';
import { DiffView } from './diff-view';
import type { StandardFields } from './standard-form';

const FIELD_NAMES: { key: keyof StandardFields; label: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'summary', label: 'Summary' },
  { key: 'level', label: 'Level' },
  { key: 'adoptBy', label: 'Adopt by' },
];

/**
 * Someone saved the draft since this person opened it: both texts side by side and what differs,
 * then a choice. Nothing is lost either way: keeping mine saves over theirs only on the next
 * save, after reading theirs; taking theirs replaces the form with their text.
 */
export function ConflictPanel({ mine, theirs, onKeepMine, onTakeTheirs }: { mine: StandardFields; theirs: StandardFields; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const patch = useMemo(() => createTwoFilesPatch('theirs', 'mine', theirs.body, mine.body, undefined, undefined, { context: 3 }), [mine.body, theirs.body]);
  const changed = FIELD_NAMES.filter((f) => mine[f.key] !== theirs[f.key]);
  return (
    <Alert color="orange" title="Someone else saved this draft while you were editing" mb="md" role="alert">
      <Stack gap="sm">
        <Text size="sm">Your text is still in the form below. Here is their current text beside yours; choose which to continue from: keeping yours, your next save replaces theirs; taking theirs puts their text in the form.</Text>
        {changed.length > 0 && (
          <Stack gap={2} component="ul" style={{ margin: 0, paddingLeft: '1.2em' }}>
            {changed.map((f) => (
              <Text component="li" size="sm" key={f.key}>
                {f.label}: theirs “{theirs[f.key] || 'none'}”, yours “{mine[f.key] || 'none'}”
              </Text>
            ))}
          </Stack>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Paper withBorder p="xs" component="section" aria-labelledby="conflict-theirs">
            <Title order={2} size="h5" id="conflict-theirs" mb={4}>
              Their current text
            </Title>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'var(--mantine-font-family-monospace)' }}>
              {theirs.body}
            </Text>
          </Paper>
          <Paper withBorder p="xs" component="section" aria-labelledby="conflict-mine">
            <Title order={2} size="h5" id="conflict-mine" mb={4}>
              Your text
            </Title>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'var(--mantine-font-family-monospace)' }}>
              {mine.body}
            </Text>
          </Paper>
        </SimpleGrid>
        <DiffView unified={patch} from="their text" to="yours" />
        <Group gap="xs">
          <Button onClick={onKeepMine}>Keep mine</Button>
          <Button variant="default" onClick={onTakeTheirs}>
            Take theirs
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
