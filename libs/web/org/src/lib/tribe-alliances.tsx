import { Anchor, Badge, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';

export const TribeAlliances_tribe = graphql(`
  fragment TribeAlliances_tribe on Tribe {
    id
    slug
    name
    alliances {
      id
      slug
      name
      status
      progress
    }
  }
`);

const STATUS_WORDS: Record<string, string> = { FORMING: 'Forming', ACTIVE: 'Active', COMPLETED: 'Completed', DISBANDED: 'Disbanded' };
const STATUS_COLORS: Record<string, string> = { FORMING: 'violet', ACTIVE: 'green', COMPLETED: 'blue', DISBANDED: 'gray' };

/** The alliances the tribe works in with other tribes, each with its status and progress. */
export function TribeAlliances(props: { tribe: FragmentType<typeof TribeAlliances_tribe> }) {
  const tribe = getFragmentData(TribeAlliances_tribe, props.tribe);
  return (
    <Stack component="section" aria-labelledby="tribe-alliances-heading" gap="xs">
      <Group justify="space-between" gap="xs">
        <Title order={2} size="h4" id="tribe-alliances-heading">
          Alliances
        </Title>
        <Group gap="sm">
          <Anchor component={Link} to={`/tensions?tribe=${encodeURIComponent(tribe.slug)}`} size="sm">
            Tension review
          </Anchor>
          <Anchor component={Link} to={`/dependencies?tribe=${encodeURIComponent(tribe.slug)}`} size="sm">
            Dependency map
          </Anchor>
          <Anchor component={Link} to="/alliances" size="sm">
            All alliances
          </Anchor>
        </Group>
      </Group>
      {tribe.alliances.length === 0 ? (
        <Text c="dimmed">{tribe.name} is in no alliance yet. Its trio can plan one with other tribes.</Text>
      ) : (
        <Stack component="ul" gap={4} style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={`Alliances of ${tribe.name}`}>
          {tribe.alliances.map((a) => {
            const pct = Math.round(Math.min(1, Math.max(0, a.progress)) * 100);
            return (
              <Paper component="li" key={a.id} withBorder px="sm" py={6}>
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Anchor component={Link} to={`/alliances/${a.slug}`} size="sm" fw={600} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    {a.name}
                  </Anchor>
                  <Group gap="xs" wrap="nowrap" style={{ flex: '0 1 16rem' }}>
                    <Progress value={pct} aria-label={`Progress of ${a.name}`} size="sm" radius="xl" style={{ flex: 1, minWidth: '4rem' }} />
                    <Text size="xs" fw={600} aria-hidden>
                      {pct}%
                    </Text>
                    <Badge variant="light" color={STATUS_COLORS[a.status] ?? 'gray'} radius="sm">
                      {STATUS_WORDS[a.status] ?? a.status}
                    </Badge>
                  </Group>
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
