import { Button, Checkbox, Group, MultiSelect, NativeSelect, Paper, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { TEAM_API_LONG_TEXT_MAX_LENGTH, TEAM_API_TITLE_MAX_LENGTH, TENSION_SQUADS_MAX } from '@guildhall/shared-domain';
import { errorMessage, graphql, useFormProblems } from '@guildhall/web-data-access';
import { ErrorState, FormError, LinkButton, LoadingState, PageHeader } from '@guildhall/web-ui';
import { textProblem } from './team-labels';

const RaiseTensionChoicesQuery = graphql(`
  query RaiseTensionChoices {
    tribes {
      id
      name
      squads {
        id
        name
      }
    }
    alliances {
      id
      name
    }
  }
`);

const RaiseTensionMutation = graphql(`
  mutation RaiseTension($input: TensionInput!) {
    raiseTension(input: $input) {
      id
      alliance {
        id
        slug
      }
      squads {
        id
        tribe {
          id
          slug
        }
      }
    }
  }
`);

/** /tensions/new?squad=<id>&alliance=<id>: anyone signed in raises a tension between squads. */
export function RaiseTensionPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(RaiseTensionChoicesQuery);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [chosenSquads, setSquadIds] = useState<string[]>(() => params.getAll('squad').filter(Boolean));
  const [allianceId, setAllianceId] = useState(params.get('alliance') ?? '');
  const [wantsCoach, setWantsCoach] = useState(false);
  const problems = useFormProblems();
  const [raise, raising] = useMutation(RaiseTensionMutation, { refetchQueries: ['TensionAgenda'] });

  if (loading && !data) return <LoadingState label="Loading squads…" />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  const tribes = data?.tribes ?? [];
  const alliances = data?.alliances ?? [];
  // Squads named in the address that do not exist (any more) are left out rather than refused.
  const known = new Set(tribes.flatMap((t) => t.squads.map((s) => s.id)));
  const squadIds = chosenSquads.filter((id) => known.has(id));
  const chosenAlliance = alliances.some((a) => a.id === allianceId) ? allianceId : '';

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    const titleProblem = textProblem(title, 'the tension a title', TEAM_API_TITLE_MAX_LENGTH, true);
    if (titleProblem) found['title'] = titleProblem;
    const descriptionProblem = textProblem(description, 'a description of what rubs', TEAM_API_LONG_TEXT_MAX_LENGTH, true);
    if (descriptionProblem) found['description'] = descriptionProblem;
    if (squadIds.length === 0) found['squadIds'] = 'Name the squads the tension is between.';
    else if (squadIds.length > TENSION_SQUADS_MAX) found['squadIds'] = `Name at most ${TENSION_SQUADS_MAX} squads.`;
    if (!problems.check(found)) return;
    await problems.submit(async () => {
      const { data: raised } = await raise({ variables: { input: { title: title.trim(), description: description.trim(), squadIds, allianceId: chosenAlliance || null, wantsCoach } } });
      const t = raised?.raiseTension;
      if (t) navigate(t.alliance ? `/tensions?alliance=${t.alliance.slug}` : `/tensions?tribe=${t.squads[0]?.tribe.slug ?? ''}`);
    });
  }

  return (
    <>
      <PageHeader title="Raise a tension" description="Say early what rubs between squads; it goes on the agenda of the next tension review, where a facilitator takes it through to a decision." />
      <Paper withBorder p="md">
        <form onSubmit={onSubmit} noValidate aria-label="Raise a tension">
          <Stack gap="sm">
            <TextInput label="Title" description="The friction in a few words." required value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={problems.fields['title']} />
            <Textarea label="Description" description="What happens, since when, and what it costs." required autosize minRows={3} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={problems.fields['description']} />
            <MultiSelect
              label="Squads"
              description={`The squads involved, up to ${TENSION_SQUADS_MAX}.`}
              required
              searchable
              data={tribes.map((t) => ({ group: t.name, items: t.squads.map((s) => ({ value: s.id, label: s.name })) }))}
              value={squadIds}
              onChange={setSquadIds}
              error={problems.fields['squadIds']}
              comboboxProps={{ withinPortal: true }}
            />
            <NativeSelect
              label="Alliance"
              description="Its review then belongs to the alliance, and its decision cites the alliance's criteria."
              value={chosenAlliance}
              onChange={(e) => setAllianceId(e.currentTarget.value)}
              error={problems.fields['allianceId']}
              data={[{ value: '', label: 'No alliance' }, ...alliances.map((a) => ({ value: a.id, label: a.name }))]}
            />
            <Checkbox label="Ask for a coach to facilitate the review" checked={wantsCoach} onChange={(e) => setWantsCoach(e.currentTarget.checked)} />
            <FormError message={problems.general} />
            <Group>
              <Button type="submit" loading={raising.loading}>
                Raise the tension
              </Button>
              <LinkButton to="/tensions" variant="default">
                Cancel
              </LinkButton>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
