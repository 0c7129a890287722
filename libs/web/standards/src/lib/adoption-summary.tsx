import { Box, Group, Stack, Text } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';
import { ADOPTION_INFO } from './labels';

export const AdoptionSummaryBar_summary = graphql(`
  fragment AdoptionSummaryBar_summary on AdoptionSummary {
    squads
    adopted
    inProgress
    notStarted
    exempt
    outdated
    overdue
    adoptionRate
  }
`);

/** How far the rollout got: a bar by status, and the same counts in words. */
export function AdoptionSummaryBar(props: { summary: FragmentType<typeof AdoptionSummaryBar_summary>; label: string }) {
  const s = getFragmentData(AdoptionSummaryBar_summary, props.summary);
  if (s.squads === 0) return <Text size="sm" c="dimmed">No squads in the tribe yet.</Text>;
  const part = (n: number) => (n / s.squads) * 100;
  const pct = Math.round(s.adoptionRate * 100);
  return (
    <Stack gap={4}>
      {/* The picture; the same counts follow in words. */}
      <Box aria-hidden style={{ display: 'flex', height: 12, borderRadius: 6, overflow: 'hidden', background: 'var(--mantine-color-gray-2)' }} title={props.label}>
        {(['ADOPTED', 'IN_PROGRESS', 'EXEMPT'] as const).map((k) => (
          <div key={k} style={{ width: `${part(k === 'ADOPTED' ? s.adopted : k === 'IN_PROGRESS' ? s.inProgress : s.exempt)}%`, background: `var(--mantine-color-${ADOPTION_INFO[k].color}-filled)` }} />
        ))}
      </Box>
      <Group gap="md" wrap="wrap">
        <Text size="sm" fw={600}>
          {pct}% adopted
        </Text>
        <Text size="sm">
          {ADOPTION_INFO.ADOPTED.symbol} {s.adopted} adopted · {ADOPTION_INFO.IN_PROGRESS.symbol} {s.inProgress} in progress · {ADOPTION_INFO.NOT_STARTED.symbol} {s.notStarted} not started · {ADOPTION_INFO.EXEMPT.symbol} {s.exempt} exempt
          {s.outdated > 0 ? ` · ${s.outdated} on an older version` : ''}
          {s.overdue > 0 ? ` · ${s.overdue} overdue` : ''}
        </Text>
      </Group>
    </Stack>
  );
}
