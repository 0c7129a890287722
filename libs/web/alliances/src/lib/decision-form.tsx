import { Button, Checkbox, Group, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql, useFormProblems } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { checkDecision, type DecisionFields } from './alliance-checks';

const EMPTY: DecisionFields = { title: '', context: '', outcome: '', criteria: [] };

const RecordDecisionMutation = graphql(`
  mutation AlliancePageRecordDecision($input: DecisionInput!) {
    recordDecision(input: $input) {
      id
    }
  }
`);

/** Editors record a decision, citing the shared criteria that carried it (only the alliance's own). */
export function DecisionForm({ allianceId, criteria }: { allianceId: string; criteria: readonly string[] }) {
  const [open, setOpen] = useState(false);
  const [fields, setFields] = useState<DecisionFields>(EMPTY);
  const problems = useFormProblems();
  const [record, { loading }] = useMutation(RecordDecisionMutation, { refetchQueries: ['AlliancePage'], awaitRefetchQueries: true });
  const set = (patch: Partial<DecisionFields>) => setFields((f) => ({ ...f, ...patch }));

  if (!open) {
    return (
      <Group>
        <Button size="xs" variant="default" onClick={() => setOpen(true)}>
          Record a decision
        </Button>
      </Group>
    );
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!problems.check(checkDecision(fields))) return;
    const input = { allianceId, title: fields.title.trim(), context: fields.context.trim() || null, outcome: fields.outcome.trim(), criteria: criteria.filter((c) => fields.criteria.includes(c)) };
    if (await problems.submit(() => record({ variables: { input } }))) {
      setFields(EMPTY);
      setOpen(false);
    }
  }

  return (
    <Paper withBorder p="sm" bg="gray.0">
      <form onSubmit={onSubmit} noValidate aria-label="Record a decision">
        <Stack gap="xs">
          <TextInput label="Decision" required value={fields.title} onChange={(e) => set({ title: e.currentTarget.value })} error={problems.fields['title']} />
          <Textarea label="Context" description="What was at stake; the options weighed." autosize minRows={2} value={fields.context} onChange={(e) => set({ context: e.currentTarget.value })} error={problems.fields['context']} />
          <Textarea label="Outcome" required autosize minRows={2} value={fields.outcome} onChange={(e) => set({ outcome: e.currentTarget.value })} error={problems.fields['outcome']} />
          {criteria.length > 0 ? (
            <Checkbox.Group label="Criteria it cites" description="The shared criteria that carried the decision." value={fields.criteria} onChange={(c) => set({ criteria: c })} error={problems.fields['criteria']}>
              <Stack gap={4} mt={4}>
                {criteria.map((c) => (
                  <Checkbox key={c} value={c} label={c} />
                ))}
              </Stack>
            </Checkbox.Group>
          ) : (
            <Text size="sm" c="dimmed">
              The alliance has no shared criteria yet, so the decision cites none.
            </Text>
          )}
          <FormError message={problems.general} />
          <Group gap="xs">
            <Button type="submit" loading={loading}>
              Record decision
            </Button>
            <Button
              variant="default"
              onClick={() => {
                setOpen(false);
                problems.check({});
              }}
            >
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
