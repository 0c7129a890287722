import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { getFragmentData, graphql, useFormProblems, type FragmentType } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { useRevisionedSave } from './conflict';
import { checkCriteria } from './alliance-checks';
import { CriteriaEditor } from './criteria-editor';

export const AllianceCriteria_alliance = graphql(`
  fragment AllianceCriteria_alliance on Alliance {
    id
    revision
    criteria
    viewerCanEdit
  }
`);

const SaveCriteriaMutation = graphql(`
  mutation AlliancePageSaveCriteria($id: ID!, $input: UpdateAllianceInput!) {
    updateAlliance(id: $id, input: $input) {
      id
      revision
      criteria
    }
  }
`);

/**
 * The shared prioritisation criteria, most important first. Editors reorder, add and remove them
 * and save the list with the revision they started from: if someone saved in between, they are
 * told and shown the current list instead of overwriting it.
 */
export function AllianceCriteria(props: { alliance: FragmentType<typeof AllianceCriteria_alliance> }) {
  const a = getFragmentData(AllianceCriteria_alliance, props.alliance);
  const [editing, setEditing] = useState<string[] | null>(null);
  const problems = useFormProblems();
  const { guard, conflicted } = useRevisionedSave();
  const [save, { loading }] = useMutation(SaveCriteriaMutation, { refetchQueries: ['AlliancePage'], awaitRefetchQueries: true });

  async function onSave() {
    if (!editing) return;
    const problem = checkCriteria(editing);
    if (!problems.check(problem ? { criteria: problem } : {})) return;
    const ok = await problems.submit(guard(() => save({ variables: { id: a.id, input: { criteria: editing.map((c) => c.trim()), expectedRevision: a.revision } } })));
    if (ok) setEditing(null);
  }

  return (
    <Stack component="section" aria-labelledby="alliance-criteria-heading" gap="xs">
      <Group justify="space-between" gap="xs">
        <Title order={2} size="h4" id="alliance-criteria-heading">
          Shared criteria
        </Title>
        {a.viewerCanEdit && !editing && (
          <Button size="xs" variant="default" onClick={() => setEditing([...a.criteria])}>
            Edit criteria
          </Button>
        )}
      </Group>
      {editing ? (
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <CriteriaEditor value={editing} onChange={setEditing} error={problems.fields['criteria']} label="Criteria, most important first" />
            <FormError message={problems.general} />
            {conflicted && (
              <Text size="sm">
                Their list: {a.criteria.length ? a.criteria.map((c, i) => `${i + 1}. ${c}`).join(' ') : 'no criteria'}.{' '}
                <Button size="compact-sm" variant="subtle" onClick={() => setEditing([...a.criteria])}>
                  Start from their list
                </Button>
              </Text>
            )}
            <Group gap="xs">
              <Button onClick={() => void onSave()} loading={loading}>
                Save criteria
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setEditing(null);
                  problems.check({});
                }}
              >
                Cancel
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : a.criteria.length === 0 ? (
        <Text c="dimmed" size="sm">
          No shared criteria yet.{a.viewerCanEdit ? ' Agree the few that settle trade-offs, most important first.' : ''}
        </Text>
      ) : (
        <Stack component="ol" gap={4} aria-label="Shared criteria, most important first" style={{ margin: 0, paddingLeft: '1.5em' }}>
          {a.criteria.map((c) => (
            <Text component="li" key={c} size="sm">
              {c}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
