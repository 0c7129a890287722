import { Button, Checkbox, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { TEAM_API_LONG_TEXT_MAX_LENGTH, TEAM_API_TITLE_MAX_LENGTH } from '@guildhall/shared-domain';
import { getFragmentData, graphql, useFormProblems, type FragmentType } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { TENSION_REFETCH, textProblem } from './team-labels';

export const DecisionStep_tension = graphql(`
  fragment DecisionStep_tension on Tension {
    id
    title
    alliance {
      id
      name
      criteria
    }
  }
`);

const RecordDecisionMutation = graphql(`
  mutation TensionReviewRecordDecision($input: DecisionInput!) {
    recordDecision(input: $input) {
      id
      title
    }
  }
`);

/** The review's decision, in the alliance's decision log, citing which of its criteria carried it. */
export function DecisionStep(props: { tension: FragmentType<typeof DecisionStep_tension>; onRecorded: (d: { id: string; title: string }) => void }) {
  const tension = getFragmentData(DecisionStep_tension, props.tension);
  const [title, setTitle] = useState('');
  const [outcome, setOutcome] = useState('');
  const [context, setContext] = useState(tension.title);
  const [chosen, setChosen] = useState<string[]>([]);
  const problems = useFormProblems();
  const [record, { loading }] = useMutation(RecordDecisionMutation, TENSION_REFETCH);
  const criteria = tension.alliance?.criteria ?? [];

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    const problem = (key: string, value: string, what: string, max: number, required: boolean) => {
      const p = textProblem(value, what, max, required);
      if (p) found[key] = p;
    };
    problem('title', title, 'the decision a title', TEAM_API_TITLE_MAX_LENGTH, true);
    problem('outcome', outcome, 'the outcome', TEAM_API_LONG_TEXT_MAX_LENGTH, true);
    problem('context', context, 'the context', TEAM_API_LONG_TEXT_MAX_LENGTH, false);
    if (!problems.check(found)) return;
    const input = { allianceId: tension.alliance?.id ?? null, title: title.trim(), outcome: outcome.trim(), context: context.trim() || null, criteria: chosen };
    await problems.submit(async () => {
      const { data } = await record({ variables: { input } });
      if (data) props.onRecorded(data.recordDecision);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Decision on ${tension.title}`}>
      <Stack gap="xs">
        <TextInput label="Decision" description="In a few words, what was decided." required value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={problems.fields['title']} />
        <Textarea label="Outcome" description="What changes, and who does what." required autosize minRows={2} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} error={problems.fields['outcome']} />
        <Textarea label="Context" autosize minRows={1} value={context} onChange={(e) => setContext(e.currentTarget.value)} error={problems.fields['context']} />
        {criteria.length > 0 ? (
          <Checkbox.Group label={`Which of ${tension.alliance?.name}'s criteria carried it`} value={chosen} onChange={setChosen} error={problems.fields['criteria']}>
            <Stack gap={4} mt={4}>
              {criteria.map((c) => (
                <Checkbox key={c} value={c} label={c} />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : (
          <Text size="sm" c="dimmed">
            {tension.alliance ? `${tension.alliance.name} has no shared criteria yet.` : 'This tension belongs to no alliance, so there are no shared criteria to cite.'}
          </Text>
        )}
        <FormError message={problems.general} />
        <Group>
          <Button type="submit" size="sm" variant="light" loading={loading}>
            Record the decision
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
