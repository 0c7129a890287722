import { ActionIcon, Button, Group, Input, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ALLIANCE_CRITERIA_MAX } from '@guildhall/shared-domain';
import { checkCriteria } from './alliance-checks';
import { moveItem } from './labels';

/**
 * Shared prioritisation criteria, most important first: move one up or down with its buttons
 * (keyboard and screen reader alike), remove it, or add one at the end.
 */
export function CriteriaEditor({ value, onChange, error, label = 'Criteria' }: { value: string[]; onChange: (next: string[]) => void; error?: string; label?: string }) {
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string>();
  const [announce, setAnnounce] = useState('');
  // The buttons stay focusable at the ends (aria-disabled), so focus stays on the moved item's button.
  const move = (i: number, delta: number) => {
    onChange(moveItem(value, i, delta));
    setAnnounce(`“${value[i]}” moved to place ${i + delta + 1} of ${value.length}.`);
  };
  const add = () => {
    const text = draft.trim();
    const problem = !text ? 'Write the criterion first.' : checkCriteria([...value, text]);
    if (problem) {
      setDraftError(problem);
      return;
    }
    onChange([...value, text]);
    setDraft('');
    setDraftError(undefined);
    setAnnounce(`“${text}” added in place ${value.length + 1}.`);
  };
  return (
    <Stack gap="xs">
      <div>
        <Input.Label id="criteria-label">{label}</Input.Label>
        <Input.Description>Most important first. They settle trade-offs, and decisions cite them.</Input.Description>
      </div>
      {value.length === 0 ? (
        <Text size="sm" c="dimmed">
          No criteria yet.
        </Text>
      ) : (
        <Stack component="ol" gap={4} aria-labelledby="criteria-label" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
          {value.map((c, i) => (
            <Paper component="li" key={c} withBorder px="xs" py={4}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  <Text span fw={700} mr={6}>
                    {i + 1}.
                  </Text>
                  {c}
                </Text>
                <Group gap={2} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={`Move “${c}” up`} aria-disabled={i === 0} data-disabled={i === 0 || undefined} onClick={() => i > 0 && move(i, -1)}>
                    <span aria-hidden>↑</span>
                  </ActionIcon>
                  <ActionIcon variant="subtle" aria-label={`Move “${c}” down`} aria-disabled={i === value.length - 1} data-disabled={i === value.length - 1 || undefined} onClick={() => i < value.length - 1 && move(i, 1)}>
                    <span aria-hidden>↓</span>
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="red" aria-label={`Remove “${c}”`} onClick={() => onChange(value.filter((_, j) => j !== i))}>
                    <span aria-hidden>✕</span>
                  </ActionIcon>
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          label="New criterion"
          placeholder="e.g. Customer trust over speed"
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          error={draftError ?? error}
          style={{ flex: 1 }}
        />
        <Button variant="default" mt={25} onClick={add} disabled={value.length >= ALLIANCE_CRITERIA_MAX}>
          Add criterion
        </Button>
      </Group>
      <Text size="xs" c="dimmed" role="status" aria-live="polite" style={{ minHeight: '1em' }}>
        {announce}
      </Text>
    </Stack>
  );
}
