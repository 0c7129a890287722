import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { getFragmentData, graphql, useFormProblems, type FragmentType } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { parseValue } from './alliance-checks';
import { KeyResultChart } from './lazy-charts';
import { formatDate, withUnit } from './labels';
import { ProgressBar } from './progress-bar';

export const KeyResultItem_keyResult = graphql(`
  fragment KeyResultItem_keyResult on KeyResult {
    id
    title
    unit
    baseline
    target
    current
    progress
    updatedAt
    viewerCanUpdate
    history {
      value
      updatedAt
    }
  }
`);

const UpdateKeyResultMutation = graphql(`
  mutation AlliancePageUpdateKeyResult($id: ID!, $current: Float!) {
    updateKeyResult(id: $id, current: $current) {
      id
      current
      progress
      updatedAt
    }
  }
`);

/**
 * A key result: how far from its baseline towards its target (a falling target too), its values
 * over time, and, for whoever may update it, the form for today's value.
 */
export function KeyResultItem(props: { keyResult: FragmentType<typeof KeyResultItem_keyResult> }) {
  const kr = getFragmentData(KeyResultItem_keyResult, props.keyResult);
  const falling = kr.target < kr.baseline;
  return (
    <Paper component="li" withBorder p="sm" aria-label={`Key result: ${kr.title}`}>
      <Stack gap={6}>
        <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {kr.title}
        </Text>
        <ProgressBar
          value={kr.progress}
          label={`Progress of ${kr.title}`}
          size="sm"
          detail={`Now ${withUnit(kr.current, kr.unit)}, from ${withUnit(kr.baseline, kr.unit)} towards ${withUnit(kr.target, kr.unit)}${falling ? ' (lower is better)' : ''}. Updated ${formatDate(kr.updatedAt)}.`}
        />
        {kr.history.length > 1 ? (
          <KeyResultChart title={kr.title} points={kr.history} baseline={kr.baseline} target={kr.target} unit={kr.unit} />
        ) : (
          <Text size="xs" c="dimmed">
            No updates since it was set; its chart starts with the next one.
          </Text>
        )}
        {kr.viewerCanUpdate && <UpdateValueForm id={kr.id} title={kr.title} unit={kr.unit} />}
      </Stack>
    </Paper>
  );
}

function UpdateValueForm({ id, title, unit }: { id: string; title: string; unit: string | null | undefined }) {
  const [text, setText] = useState('');
  const problems = useFormProblems();
  const [update, { loading }] = useMutation(UpdateKeyResultMutation, { refetchQueries: ['AlliancePage'], awaitRefetchQueries: true });
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const { value, problem } = parseValue(text, 'new value');
    if (!problems.check(problem ? { current: problem } : {}) || value === undefined) return;
    if (await problems.submit(() => update({ variables: { id, current: value } }))) setText('');
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Update ${title}`}>
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          label={`New value of ${title}`}
          labelProps={{ style: { overflowWrap: 'anywhere' } }}
          size="xs"
          inputMode="decimal"
          rightSection={unit ? <Text size="xs">{unit}</Text> : undefined}
          rightSectionWidth={unit ? Math.min(80, 12 + unit.length * 7) : undefined}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={problems.fields['current']}
          style={{ flex: 1, minWidth: 0 }}
        />
        <Button type="submit" size="xs" mt={22} loading={loading}>
          Update
        </Button>
      </Group>
      <FormError message={problems.general} />
    </form>
  );
}
