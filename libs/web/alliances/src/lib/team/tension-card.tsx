import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '@guildhall/web-data-access';
import { tensionAge } from './team-labels';
import { TensionReviewFlow } from './tension-review-flow';

export const TensionCard_tension = graphql(`
  fragment TensionCard_tension on Tension {
    id
    title
    description
    status
    createdAt
    resolvedAt
    resolution
    wantsCoach
    viewerCanReview
    raisedBy {
      id
      displayName
    }
    facilitator {
      id
      displayName
    }
    squads {
      id
      slug
      name
    }
    alliance {
      id
      slug
      name
    }
    decision {
      id
      title
      outcome
      criteria
    }
    agreements {
      id
      offer {
        id
        title
      }
      provider {
        id
        name
      }
      consumer {
        id
        name
      }
    }
    ...TensionReviewFlow_tension
  }
`);

export const TENSION_STATUS: Record<string, { label: string; color: string }> = {
  SURFACED: { label: 'Surfaced', color: 'orange' },
  IN_REVIEW: { label: 'In review', color: 'violet' },
  RESOLVED: { label: 'Resolved', color: 'green' },
};

/** One tension on the agenda: its age, squads and facilitator; whoever may review it runs the review from here. */
export function TensionCard(props: { tension: FragmentType<typeof TensionCard_tension> }) {
  const t = getFragmentData(TensionCard_tension, props.tension);
  const status = TENSION_STATUS[t.status] ?? { label: t.status, color: 'gray' };
  const headingId = `tension-${t.id}`;
  return (
    <Paper component="li" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Title order={3} size="h5" id={headingId} style={{ overflowWrap: 'anywhere', minWidth: 0, flex: '1 1 14rem' }}>
            {t.title}
          </Title>
          <Group gap={4}>
            <Badge variant="light" color={status.color} radius="sm">
              {status.label}
            </Badge>
            {t.wantsCoach && (
              <Badge variant="outline" color="blue" radius="sm">
                Asks for a coach
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {tensionAge(t.createdAt, t.resolvedAt)} · raised by {t.raisedBy.displayName}
          {t.alliance && (
            <>
              {' '}
              in{' '}
              <Anchor component={Link} to={`/alliances/${t.alliance.slug}`} size="sm" underline="always">
                {t.alliance.name}
              </Anchor>
            </>
          )}
        </Text>
        <Text size="sm">
          <Text span fw={600} size="sm">
            Squads:{' '}
          </Text>
          {t.squads.map((s, i) => (
            <Fragment key={s.id}>
              {i > 0 && ', '}
              <Anchor component={Link} to={`/squads/${s.slug}`} size="sm" underline="always">
                {s.name}
              </Anchor>
            </Fragment>
          ))}
        </Text>
        <Text size="sm">
          <Text span fw={600} size="sm">
            Facilitator:{' '}
          </Text>
          {t.facilitator ? t.facilitator.displayName : <Text span c="dimmed" size="sm">no coach named</Text>}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {t.description}
        </Text>
        {t.status === 'RESOLVED' && (
          <Paper withBorder p="xs" bg="gray.0">
            <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              <Text span fw={600} size="sm">
                Resolution:{' '}
              </Text>
              {t.resolution}
            </Text>
            {t.decision && (
              <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
                <Text span fw={600} size="sm">
                  Decision:{' '}
                </Text>
                {t.decision.title}: {t.decision.outcome}
                {t.decision.criteria.length > 0 && <Text span c="dimmed" size="sm"> (criteria: {t.decision.criteria.join('; ')})</Text>}
              </Text>
            )}
            {t.agreements.length > 0 && (
              <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
                <Text span fw={600} size="sm">
                  Agreements its review updated:{' '}
                </Text>
                {t.agreements.map((a) => `${a.provider.name} → ${a.consumer.name} (${a.offer.title})`).join('; ')}
              </Text>
            )}
          </Paper>
        )}
        {t.viewerCanReview && t.status !== 'RESOLVED' && <TensionReviewFlow tension={t} />}
      </Stack>
    </Paper>
  );
}
