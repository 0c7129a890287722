import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { KEY_RESULTS_PER_OBJECTIVE_MAX, OBJECTIVES_PER_ALLIANCE_MAX } from '@guildhall/shared-domain';
import { getFragmentData, graphql, useFormProblems, type FragmentType } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { checkTitle } from './alliance-checks';
import { KeyResultForm } from './key-result-form';
import { KeyResultItem } from './key-result-item';
import { plural } from './labels';
import { ProgressBar } from './progress-bar';

export const AllianceObjectives_alliance = graphql(`
  fragment AllianceObjectives_alliance on Alliance {
    id
    viewerCanEdit
    objectives {
      id
      title
      progress
      keyResults {
        id
        ...KeyResultItem_keyResult
      }
    }
  }
`);

const AddObjectiveMutation = graphql(`
  mutation AlliancePageAddObjective($allianceId: ID!, $title: String!) {
    addObjective(allianceId: $allianceId, title: $title) {
      id
    }
  }
`);

/** Objectives with their key results as progress bars and charts; editors add objectives and key results. */
export function AllianceObjectives(props: { alliance: FragmentType<typeof AllianceObjectives_alliance> }) {
  const a = getFragmentData(AllianceObjectives_alliance, props.alliance);
  const [addingTo, setAddingTo] = useState<string | null>(null);
  return (
    <Stack component="section" aria-labelledby="alliance-objectives-heading" gap="xs">
      <Title order={2} size="h4" id="alliance-objectives-heading">
        Objectives and key results
      </Title>
      {a.objectives.length === 0 && (
        <Text c="dimmed" size="sm">
          No objectives yet.{a.viewerCanEdit ? ' Add the first: what the alliance wants to achieve, then how you will measure it.' : ''}
        </Text>
      )}
      <Stack component="ul" gap="sm" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Objectives">
        {a.objectives.map((o) => (
          <Paper component="li" key={o.id} withBorder p="sm" aria-label={`Objective: ${o.title}`}>
            <Stack gap="xs">
              <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
                {o.title}
              </Title>
              <ProgressBar value={o.progress} label={`Progress of the objective ${o.title}`} detail={o.keyResults.length ? `The mean of its ${plural(o.keyResults.length, 'key result')}.` : 'No key results yet.'} />
              {o.keyResults.length > 0 && (
                <Stack component="ul" gap="xs" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={`Key results of ${o.title}`}>
                  {o.keyResults.map((kr) => (
                    <KeyResultItem key={kr.id} keyResult={kr} />
                  ))}
                </Stack>
              )}
              {a.viewerCanEdit &&
                o.keyResults.length < KEY_RESULTS_PER_OBJECTIVE_MAX &&
                (addingTo === o.id ? (
                  <KeyResultForm objectiveId={o.id} objectiveTitle={o.title} onDone={() => setAddingTo(null)} />
                ) : (
                  <Group>
                    <Button size="xs" variant="default" onClick={() => setAddingTo(o.id)} aria-label={`Add key result to ${o.title}`}>
                      Add key result
                    </Button>
                  </Group>
                ))}
            </Stack>
          </Paper>
        ))}
      </Stack>
      {a.viewerCanEdit && a.objectives.length < OBJECTIVES_PER_ALLIANCE_MAX && <AddObjectiveForm allianceId={a.id} />}
    </Stack>
  );
}

function AddObjectiveForm({ allianceId }: { allianceId: string }) {
  const [title, setTitle] = useState('');
  const problems = useFormProblems();
  const [add, { loading }] = useMutation(AddObjectiveMutation, { refetchQueries: ['AlliancePage'], awaitRefetchQueries: true });
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const t = title.trim();
    if (!problems.check(checkTitle(t, 'objective', 'Say what the objective is.'))) return;
    if (await problems.submit(() => add({ variables: { allianceId, title: t } }))) setTitle('');
  }
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <form onSubmit={onSubmit} noValidate aria-label="Add an objective">
        <Group align="flex-start" gap="xs" wrap="wrap">
          <TextInput label="New objective" placeholder="e.g. Checkout feels instant everywhere" value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={problems.fields['title']} style={{ flex: '1 1 16rem' }} />
          <Button type="submit" mt={25} loading={loading}>
            Add objective
          </Button>
        </Group>
        <FormError message={problems.general} />
      </form>
    </Paper>
  );
}
