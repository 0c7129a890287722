import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ALLIANCE_TITLE_MAX_LENGTH, KEY_RESULT_UNIT_MAX_LENGTH } from '@guildhall/shared-domain';
import { graphql, useFormProblems } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { parseValue } from './key-result-item';

const AddKeyResultMutation = graphql(`
  mutation AlliancePageAddKeyResult($objectiveId: ID!, $input: KeyResultInput!) {
    addKeyResult(objectiveId: $objectiveId, input: $input) {
      id
    }
  }
`);

interface Fields {
  title: string;
  unit: string;
  baseline: string;
  target: string;
  current: string;
}

const EMPTY: Fields = { title: '', unit: '', baseline: '', target: '', current: '' };

/** The form's own refusals and the input to send, with the limits the API applies. */
export function checkKeyResult(f: Fields): { problems: Record<string, string>; input?: { title: string; unit: string | null; baseline: number; target: number; current: number | null } } {
  const problems: Record<string, string> = {};
  const title = f.title.trim();
  const unit = f.unit.trim();
  if (!title) problems['title'] = 'Say what the key result measures.';
  else if (title.length > ALLIANCE_TITLE_MAX_LENGTH) problems['title'] = `Keep the title to ${ALLIANCE_TITLE_MAX_LENGTH} characters or fewer.`;
  if (unit.length > KEY_RESULT_UNIT_MAX_LENGTH) problems['unit'] = `Keep the unit to ${KEY_RESULT_UNIT_MAX_LENGTH} characters or fewer.`;
  const baseline = parseValue(f.baseline, 'baseline');
  const target = parseValue(f.target, 'target');
  const current = f.current.trim() ? parseValue(f.current, 'current value') : { value: undefined };
  if (baseline.problem) problems['baseline'] = baseline.problem;
  if (target.problem) problems['target'] = target.problem;
  if (current.problem) problems['current'] = current.problem;
  if (Object.keys(problems).length > 0 || baseline.value === undefined || target.value === undefined) return { problems };
  return { problems, input: { title, unit: unit || null, baseline: baseline.value, target: target.value, current: current.value ?? null } };
}

/** Editors add a key result to an objective: what it measures, from where to where. */
export function KeyResultForm({ objectiveId, objectiveTitle, onDone }: { objectiveId: string; objectiveTitle: string; onDone: () => void }) {
  const [fields, setFields] = useState<Fields>(EMPTY);
  const problems = useFormProblems();
  const [add, { loading }] = useMutation(AddKeyResultMutation, { refetchQueries: ['AlliancePage'], awaitRefetchQueries: true });
  const set = (patch: Partial<Fields>) => setFields((f) => ({ ...f, ...patch }));

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
