import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';
import { AllianceStatusBadge } from './badges';
import { ProgressBar } from './progress-bar';

export const AllianceListItem_alliance = graphql(`
  fragment AllianceListItem_alliance on Alliance {
    id
    slug
    name
    goal
    status
    progress
    tribes {
      id
      name
    }
  }
`);

/** One alliance in a list: its name, goal, tribes, progress and status. */
export function AllianceListItem(props: { alliance: FragmentType<typeof AllianceListItem_alliance> }) {
  const a = getFragmentData(AllianceListItem_alliance, props.alliance);
  return (
    <Paper component="li" withBorder p="sm" aria-label={a.name}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Anchor component={Link} to={`/alliances/${a.slug}`} fw={600} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {a.name}
          </Anchor>
          <AllianceStatusBadge status={a.status} />
        </Group>
        <Text size="sm">{a.goal}</Text>
        <Text size="sm" c="dimmed">
          {a.tribes.map((t) => t.name).join(' · ')}
        </Text>
        <ProgressBar value={a.progress} label={`Progress of ${a.name}`} size="sm" />
      </Stack>
    </Paper>
  );
}
