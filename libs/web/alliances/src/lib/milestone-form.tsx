import { Button, Group, NativeSelect, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql, useFormProblems } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { checkTitle } from './alliance-checks';
import { dueDateFromInput } from './labels';

const AddMilestoneMutation = graphql(`
  mutation AlliancePageAddMilestone($input: MilestoneInput!) {
    addMilestone(input: $input) {
      id
    }
  }
`);

interface Fields {
  title: string;
  /** YYYY-MM-DD */
  dueDate: string;
  squadId: string;
}

const EMPTY: Fields = { title: '', dueDate: '', squadId: '' };

/** Editors add a milestone: what, by when, and which squad delivers it (optional). */
export function MilestoneForm({ allianceId, tribes }: { allianceId: string; tribes: readonly { id: string; name: string; squads: readonly { id: string; name: string }[] }[] }) {
  const [fields, setFields] = useState<Fields>(EMPTY);
  const problems = useFormProblems();
  const [add, { loading }] = useMutation(AddMilestoneMutation, { refetchQueries: ['AlliancePage'], awaitRefetchQueries: true });
  const set = (patch: Partial<Fields>) => setFields((f) => ({ ...f, ...patch }));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const title = fields.title.trim();
    const dueDate = dueDateFromInput(fields.dueDate);
    const found = checkTitle(title, 'milestone', 'Say what the milestone is.');
    if (!dueDate) found['dueDate'] = 'Choose the due date.';
    if (!problems.check(found) || !dueDate) return;
    if (await problems.submit(() => add({ variables: { input: { allianceId, title, dueDate, squadId: fields.squadId || null } } }))) setFields(EMPTY);
  }

  return (
    <Paper withBorder p="sm" bg="gray.0">
      <form onSubmit={onSubmit} noValidate aria-label="Add a milestone">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <TextInput label="New milestone" required value={fields.title} onChange={(e) => set({ title: e.currentTarget.value })} error={problems.fields['title']} />
          <TextInput type="date" label="Due date" required value={fields.dueDate} onChange={(e) => set({ dueDate: e.currentTarget.value })} error={problems.fields['dueDate']} />
          <NativeSelect label="Squad" value={fields.squadId} onChange={(e) => set({ squadId: e.currentTarget.value })} error={problems.fields['squadId']}>
            <option value="">No squad</option>
            {tribes.map((t) => (
              <optgroup key={t.id} label={t.name}>
                {t.squads.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </NativeSelect>
        </SimpleGrid>
        <FormError message={problems.general} />
        <Group mt="xs">
          <Button type="submit" loading={loading}>
            Add milestone
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
