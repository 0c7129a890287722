import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';

export const SquadStandards_squad = graphql(`
  fragment SquadStandards_squad on Squad {
    id
    name
    tribe {
      id
      slug
    }
    adoptions {
      status
      version
      outdated
      overdue
      exemptUntil
      standard {
        id
        slug
        title
        level
        status
        currentVersion {
          number
        }
        chapter {
          id
          name
        }
      }
    }
  }
`);

const STATUS_WORDS: Record<string, string> = { ADOPTED: 'Adopted', IN_PROGRESS: 'In progress', NOT_STARTED: 'Not started', EXEMPT: 'Exempt' };
const STATUS_COLORS: Record<string, string> = { ADOPTED: 'green', IN_PROGRESS: 'yellow', NOT_STARTED: 'gray', EXEMPT: 'blue' };

/** The standards that apply to the squad (its tribe's chapters'), and how far it adopted each. */
export function SquadStandards(props: { squad: FragmentType<typeof SquadStandards_squad> }) {
  const squad = getFragmentData(SquadStandards_squad, props.squad);
  const adoptions = squad.adoptions.filter((a) => a.standard.status === 'PUBLISHED');
  return (
    <Stack component="section" aria-labelledby="squad-standards-heading" gap="xs">
      <Group justify="space-between" gap="xs">
        <Title order={2} size="h4" id="squad-standards-heading">
          Standards
        </Title>
        <Anchor component={Link} to={`/adoption?tribe=${squad.tribe.slug}`} size="sm">
          Record adoption in the matrix
        </Anchor>
      </Group>
      {adoptions.length === 0 ? (
        <Text c="dimmed">No published standards apply to {squad.name} yet.</Text>
      ) : (
        <Stack component="ul" gap={4} style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={`Standards that apply to ${squad.name}`}>
          {adoptions.map((a) => (
            <Paper component="li" key={a.standard.id} withBorder px="sm" py={6}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  <Text span fw={700} size="xs">
                    {a.standard.level}
                  </Text>{' '}
                  <Anchor component={Link} to={`/standards/${a.standard.slug}`} size="sm">
                    {a.standard.title}
                  </Anchor>{' '}
                  <Text span c="dimmed" size="sm">
                    · {a.standard.chapter.name}
                  </Text>
                </Text>
                <Group gap={4}>
                  <Badge variant="light" color={STATUS_COLORS[a.status]} radius="sm">
                    {STATUS_WORDS[a.status] ?? a.status}
                    {a.version && a.status !== 'EXEMPT' && a.status !== 'NOT_STARTED' ? ` v${a.version}` : ''}
                  </Badge>
                  {a.outdated && (
                    <Badge variant="outline" color="orange" radius="sm">
                      Outdated: v{a.standard.currentVersion?.number} is current
                    </Badge>
                  )}
                  {a.overdue && (
                    <Badge variant="outline" color="red" radius="sm">
                      Overdue
                    </Badge>
                  )}
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
