import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { getFragmentData, graphql, useFormProblems, type FragmentType } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { DecisionStep } from './decision-step';
import { ResolveStep } from './resolve-step';
import { TENSION_REFETCH } from './team-labels';

export const TensionReviewFlow_tension = graphql(`
  fragment TensionReviewFlow_tension on Tension {
    id
    title
    status
    wantsCoach
    ...DecisionStep_tension
    ...ResolveStep_tension
  }
`);

const ReviewCoachesQuery = graphql(`
  query TensionReviewCoaches {
    coaches {
      user {
        id
        displayName
      }
    }
  }
`);

const StartReviewMutation = graphql(`
  mutation TensionReviewStart($id: ID!, $facilitatorId: ID) {
    startTensionReview(id: $id, facilitatorId: $facilitatorId) {
      id
      status
    }
  }
`);

/**
 * The review, in one flow for whoever may run it: start it (naming a coach on call as its
 * facilitator, if any), record a decision citing the alliance's criteria, then resolve the
 * tension with that decision, updating an agreement between its squads if the review changed one.
 */
export function TensionReviewFlow(props: { tension: FragmentType<typeof TensionReviewFlow_tension> }) {
  const t = getFragmentData(TensionReviewFlow_tension, props.tension);
  const [decision, setDecision] = useState<{ id: string; title: string } | null>(null);
  if (t.status === 'SURFACED') return <StartReview id={t.id} title={t.title} wantsCoach={t.wantsCoach} />;
  return (
    <Paper withBorder p="sm" component="section" aria-label={`Review of ${t.title}`}>
      <Stack gap="md">
        <Stack gap="xs">
          <Title order={4} size="h6">
            1. Record the decision
          </Title>
          {decision ? <Text size="sm">Decision recorded: {decision.title}. It is chosen below.</Text> : <DecisionStep tension={t} onRecorded={setDecision} />}
        </Stack>
        <Stack gap="xs">
          <Title order={4} size="h6">
            2. Resolve the tension
          </Title>
          <ResolveStep tension={t} recorded={decision} />
        </Stack>
      </Stack>
    </Paper>
  );
}

function StartReview({ id, title, wantsCoach }: { id: string; title: string; wantsCoach: boolean }) {
  const { data } = useQuery(ReviewCoachesQuery);
  const [facilitatorId, setFacilitatorId] = useState('');
  const problems = useFormProblems();
  const [start, { loading }] = useMutation(StartReviewMutation, TENSION_REFETCH);
  const coaches = data?.coaches ?? [];
  return (
    <Stack gap="xs">
      <Group gap="xs" align="flex-end" wrap="wrap">
        <NativeSelect
          label="Facilitator"
          description={wantsCoach ? 'It asks for a coach: name one on call.' : 'A coach on call, if one facilitates.'}
          value={facilitatorId}
          onChange={(e) => setFacilitatorId(e.currentTarget.value)}
          error={problems.fields['facilitatorId']}
          data={[{ value: '', label: 'No coach named' }, ...coaches.map((c) => ({ value: c.user.id, label: c.user.displayName }))]}
          style={{ flex: '1 1 14rem' }}
        />
        <Button loading={loading} onClick={() => void problems.submit(() => start({ variables: { id, facilitatorId: facilitatorId || null } }))} aria-label={`Start the review of ${title}`}>
          Start the review
        </Button>
      </Group>
      <FormError message={problems.general} />
    </Stack>
  );
}
