import { Button, Group, Paper, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql, useFormProblems } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { checkNameAndGoal } from './alliance-checks';
import { useRevisionedSave } from './conflict';

const SaveDetailsMutation = graphql(`
  mutation AlliancePageSaveDetails($id: ID!, $input: UpdateAllianceInput!) {
    updateAlliance(id: $id, input: $input) {
      id
      name
      goal
      revision
    }
  }
`);

/**
 * Editors rename the alliance or restate its goal, saved with the revision they started from: if
 * someone changed the alliance meanwhile, they are told and the page shows the other version.
 */
export function AllianceDetailsForm({ alliance, onDone }: { alliance: { id: string; name: string; goal: string; revision: number }; onDone: () => void }) {
  const [name, setName] = useState(alliance.name);
  const [goal, setGoal] = useState(alliance.goal);
  const problems = useFormProblems();
  const { guard } = useRevisionedSave();
  const [save, { loading }] = useMutation(SaveDetailsMutation, { refetchQueries: ['AlliancePage'], awaitRefetchQueries: true });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!problems.check(checkNameAndGoal(name, goal))) return;
    const input = { name: name.trim(), goal: goal.trim(), expectedRevision: alliance.revision };
    if (await problems.submit(guard(() => save({ variables: { id: alliance.id, input } })))) onDone();
  }

  return (
    <Paper withBorder p="sm">
      <form onSubmit={onSubmit} noValidate aria-label="Edit the name and goal">
        <Stack gap="xs">
          <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={problems.fields['name']} />
          <Textarea label="Goal" description="One sentence everyone in the tribes can repeat." required autosize minRows={2} value={goal} onChange={(e) => setGoal(e.currentTarget.value.replace(/\n/g, ' '))} error={problems.fields['goal']} />
          <FormError message={problems.general} />
          <Group gap="xs">
            <Button type="submit" size="xs" loading={loading}>
              Save name and goal
            </Button>
            <Button size="xs" variant="default" onClick={onDone}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
