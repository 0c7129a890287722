import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { getFragmentData, graphql, useFormProblems, type FragmentType } from '@guildhall/web-data-access';
import { FormError, PageHeader } from '@guildhall/web-ui';
import { AllianceStatusBadge } from './badges';
import { ALLIANCE_STATUS_INFO, allianceMoves, formatDate, type AllianceStatusName } from './labels';
import { AllianceDetailsForm } from './alliance-details-form';
import { useRevisionedSave } from './conflict';
import { ProgressBar } from './progress-bar';

export const AllianceHeader_alliance = graphql(`
  fragment AllianceHeader_alliance on Alliance {
    id
    name
    goal
    status
    progress
    revision
    viewerCanEdit
    createdAt
    createdBy {
      id
      displayName
    }
  }
`);

const SetStatusMutation = graphql(`
  mutation AlliancePageSetStatus($id: ID!, $input: UpdateAllianceInput!) {
    updateAlliance(id: $id, input: $input) {
      id
      status
      revision
    }
  }
`);

/** The alliance's name, its goal in one sentence, its status (editors move it on) and its overall progress. */
export function AllianceHeader(props: { alliance: FragmentType<typeof AllianceHeader_alliance> }) {
  const a = getFragmentData(AllianceHeader_alliance, props.alliance);
  const problems = useFormProblems();
  const { guard } = useRevisionedSave();
  const [setStatus, { loading }] = useMutation(SetStatusMutation, { refetchQueries: ['AlliancePage'], awaitRefetchQueries: true });
  const moves = a.viewerCanEdit ? allianceMoves(a.status) : [];
  // Completing and disbanding cannot be undone: each asks once more.
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState<{ to: AllianceStatusName; action: string } | null>(null);
  const move = async (to: AllianceStatusName) => {
    setConfirming(null);
    await problems.submit(guard(() => setStatus({ variables: { id: a.id, input: { status: to, expectedRevision: a.revision } } })));
  };

  return (
    <PageHeader
      eyebrow="Alliance"
      title={a.name}
      actions={
        a.viewerCanEdit && !editing ? (
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            Edit name and goal
          </Button>
        ) : undefined
      }
      description={
        <Stack gap={8}>
          <Text size="lg" c="var(--mantine-color-text)" fw={500}>
            {a.goal}
          </Text>
          {editing && <AllianceDetailsForm alliance={a} onDone={() => setEditing(false)} />}
          <Group gap="xs" wrap="wrap">
            <AllianceStatusBadge status={a.status} />
            <Text size="sm">
              {ALLIANCE_STATUS_INFO[a.status]?.meaning ?? ''}. Started by {a.createdBy.displayName} on {formatDate(a.createdAt)}.
            </Text>
          </Group>
          <ProgressBar value={a.progress} label={`Overall progress of ${a.name}`} detail="The mean progress of every key result." />
          {moves.length > 0 && !confirming && (
            <Group gap="xs" aria-label="Change the alliance's status" role="group">
              {moves.map((m) => (
                <Button
                  key={m.to}
                  size="xs"
                  variant={m.to === 'DISBANDED' ? 'default' : 'light'}
                  color={m.to === 'DISBANDED' ? 'red' : undefined}
                  loading={loading}
                  onClick={() => (allianceMoves(m.to).length === 0 ? setConfirming(m) : void move(m.to))}
                >
                  {m.action}
                </Button>
              ))}
            </Group>
          )}
          {confirming && (
            <Group gap="xs" role="group" aria-label="Confirm the change of status">
              <Text size="sm">
                {ALLIANCE_STATUS_INFO[confirming.to]?.label} is final: the alliance cannot move on from it.
              </Text>
              <Button size="xs" color={confirming.to === 'DISBANDED' ? 'red' : undefined} loading={loading} onClick={() => void move(confirming.to)}>
                {confirming.action} for good
              </Button>
              <Button size="xs" variant="default" onClick={() => setConfirming(null)}>
                Keep it {ALLIANCE_STATUS_INFO[a.status]?.label.toLowerCase()}
              </Button>
            </Group>
          )}
          <FormError message={problems.general} />
        </Stack>
      }
    />
  );
}
