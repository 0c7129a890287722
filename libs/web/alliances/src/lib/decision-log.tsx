import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';
import { DECISIONS_PER_ALLIANCE_MAX } from '@guildhall/shared-domain';
import { DecisionForm } from './decision-form';
import { formatDate } from './labels';

export const DecisionLog_alliance = graphql(`
  fragment DecisionLog_alliance on Alliance {
    id
    viewerCanEdit
    criteria
    decisions {
      id
      title
      context
      outcome
      criteria
      decidedAt
      decidedBy {
        id
        displayName
      }
    }
  }
`);

/** The decisions the alliance took, newest first, each with the shared criteria that carried it; editors record new ones. */
export function DecisionLog(props: { alliance: FragmentType<typeof DecisionLog_alliance> }) {
  const a = getFragmentData(DecisionLog_alliance, props.alliance);
  return (
    <Stack component="section" aria-labelledby="alliance-decisions-heading" gap="xs">
      <Title order={2} size="h4" id="alliance-decisions-heading">
        Decision log
      </Title>
      {a.viewerCanEdit && a.decisions.length < DECISIONS_PER_ALLIANCE_MAX && <DecisionForm allianceId={a.id} criteria={a.criteria} />}
      {a.decisions.length === 0 ? (
        <Text c="dimmed" size="sm">
          No decisions recorded yet.
        </Text>
      ) : (
        <Stack component="ol" gap="xs" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Decisions, newest first">
          {a.decisions.map((d) => (
            <Paper component="li" key={d.id} withBorder p="sm" aria-label={`Decision: ${d.title}`}>
              <Stack gap={4}>
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Title order={3} size="h6" style={{ overflowWrap: 'anywhere' }}>
                    {d.title}
                  </Title>
                  <Text size="xs" c="dimmed">
                    {formatDate(d.decidedAt)} · {d.decidedBy.displayName}
                  </Text>
                </Group>
                {d.context && (
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {d.context}
                  </Text>
                )}
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  <Text span fw={600}>
                    Outcome:{' '}
                  </Text>
                  {d.outcome}
                </Text>
                {d.criteria.length > 0 && (
                  <Group gap={4} wrap="wrap" aria-label="Criteria it cited" role="list">
                    {d.criteria.map((c) => (
                      <Badge key={c} role="listitem" variant="light" color="indigo" radius="sm" tt="none" style={{ maxWidth: '100%' }}>
                        {c}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
