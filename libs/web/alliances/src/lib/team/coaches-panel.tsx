import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { COACH_NOTE_MAX_LENGTH } from '@guildhall/shared-domain';
import { errorMessage, graphql, useFormProblems, useViewer } from '@guildhall/web-data-access';
import { ErrorState, FormError, LoadingState } from '@guildhall/web-ui';
import { textProblem } from './team-labels';

const CoachesQuery = graphql(`
  query CoachesPanel {
    coaches {
      note
      user {
        id
        displayName
      }
    }
  }
`);

const VolunteerMutation = graphql(`
  mutation CoachesPanelVolunteer($note: String) {
    volunteerAsCoach(note: $note) {
      note
    }
  }
`);

const StepDownMutation = graphql(`
  mutation CoachesPanelStepDown {
    stepDownAsCoach
  }
`);

const REFETCH = { refetchQueries: ['CoachesPanel'], awaitRefetchQueries: true };

/** Coaches on call for tensions that ask for one; anyone volunteers (as guild coordinators do) or steps down. */
export function CoachesPanel() {
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(CoachesQuery);
  const [volunteering, setVolunteering] = useState(false);
  const problems = useFormProblems();
  const [stepDown, steppingDown] = useMutation(StepDownMutation, REFETCH);
  const coaches = data?.coaches ?? [];
  const isCoach = coaches.some((c) => c.user.id === viewer?.id);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="coaches-heading">
      <Stack gap="xs">
        <Title order={2} size="h5" id="coaches-heading">
          Coaches on call
        </Title>
        <Text size="sm" c="dimmed">
          A tension that asks for a coach gets one of them as its facilitator.
        </Text>
        {loading && !data ? (
          <LoadingState label="Loading coaches…" />
        ) : error && !data ? (
          <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />
        ) : coaches.length === 0 ? (
          <Text size="sm">Nobody has volunteered yet.</Text>
        ) : (
          <Stack component="ul" gap={4} aria-label="Coaches on call" style={{ paddingLeft: '1.1rem', margin: 0 }}>
            {coaches.map((c) => (
              <Text component="li" size="sm" key={c.user.id} style={{ overflowWrap: 'anywhere' }}>
                <Text span fw={600} size="sm">
                  {c.user.displayName}
                </Text>
                {c.note && <> · {c.note}</>}
              </Text>
            ))}
          </Stack>
        )}
        {isCoach ? (
          <Group>
            <Button size="xs" variant="default" loading={steppingDown.loading} onClick={() => void problems.submit(() => stepDown())}>
              Step down as coach
            </Button>
          </Group>
        ) : volunteering ? (
          <VolunteerForm onDone={() => setVolunteering(false)} />
        ) : (
          <Group>
            <Button size="xs" variant="light" onClick={() => setVolunteering(true)}>
              Volunteer as coach
            </Button>
          </Group>
        )}
        <FormError message={problems.general} />
      </Stack>
    </Paper>
  );
}

function VolunteerForm({ onDone }: { onDone: () => void }) {
  const [note, setNote] = useState('');
  const problems = useFormProblems();
  const [volunteer, { loading }] = useMutation(VolunteerMutation, REFETCH);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const problem = textProblem(note, 'the note', COACH_NOTE_MAX_LENGTH, false);
    if (!problems.check(problem ? { note: problem } : {})) return;
    if (await problems.submit(() => volunteer({ variables: { note: note.trim() || null } }))) onDone();
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Volunteer as coach">
      <Stack gap="xs">
        <Textarea label="What you can help with" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={problems.fields['note']} />
        <FormError message={problems.general} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={loading}>
            Volunteer
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
