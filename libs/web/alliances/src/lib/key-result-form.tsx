import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql, useFormProblems } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { checkKeyResult, type KeyResultFields } from './alliance-checks';

const EMPTY: KeyResultFields = { title: '', unit: '', baseline: '', target: '', current: '' };

const AddKeyResultMutation = graphql(`
  mutation AlliancePageAddKeyResult($objectiveId: ID!, $input: KeyResultInput!) {
    addKeyResult(objectiveId: $objectiveId, input: $input) {
      id
    }
  }
`);

/** Editors add a key result to an objective: what it measures, from where to where. */
export function KeyResultForm({ objectiveId, objectiveTitle, onDone }: { objectiveId: string; objectiveTitle: string; onDone: () => void }) {
  const [fields, setFields] = useState<KeyResultFields>(EMPTY);
  const problems = useFormProblems();
  const [add, { loading }] = useMutation(AddKeyResultMutation, { refetchQueries: ['AlliancePage'], awaitRefetchQueries: true });
  const set = (patch: Partial<KeyResultFields>) => setFields((f) => ({ ...f, ...patch }));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const { problems: found, input } = checkKeyResult(fields);
    if (!problems.check(found) || !input) return;
    if (await problems.submit(() => add({ variables: { objectiveId, input } }))) {
      setFields(EMPTY);
      onDone();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Add a key result to ${objectiveTitle}`}>
      <Stack gap="xs">
        <TextInput label="Key result" description="What you will measure, e.g. Checkout p95 latency." required value={fields.title} onChange={(e) => set({ title: e.currentTarget.value })} error={problems.fields['title']} />
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          <TextInput label="Baseline" required inputMode="decimal" value={fields.baseline} onChange={(e) => set({ baseline: e.currentTarget.value })} error={problems.fields['baseline']} />
          <TextInput label="Target" description="Lower than the baseline for a falling target." required inputMode="decimal" value={fields.target} onChange={(e) => set({ target: e.currentTarget.value })} error={problems.fields['target']} />
          <TextInput label="Current value" description="Empty: the baseline." inputMode="decimal" value={fields.current} onChange={(e) => set({ current: e.currentTarget.value })} error={problems.fields['current']} />
          <TextInput label="Unit" description="e.g. ms, %, teams" value={fields.unit} onChange={(e) => set({ unit: e.currentTarget.value })} error={problems.fields['unit']} />
        </SimpleGrid>
        <FormError message={problems.general} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={loading}>
            Add key result
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
