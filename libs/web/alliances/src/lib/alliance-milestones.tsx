import { Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { MILESTONES_PER_ALLIANCE_MAX } from '@guildhall/shared-domain';
import { getFragmentData, graphql, useFormProblems, type FragmentType } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { MilestoneStatusBadge, OverdueBadge } from './badges';
import { formatDate, MILESTONE_STATUS_INFO, MILESTONE_STATUSES } from './labels';
import { MilestoneForm } from './milestone-form';
import { MilestoneTimeline } from './lazy-charts';

export const AllianceMilestones_alliance = graphql(`
  fragment AllianceMilestones_alliance on Alliance {
    id
    viewerCanEdit
    milestones {
      id
      title
      dueDate
      status
      overdue
      squad {
        id
        name
      }
    }
    tribes {
      id
      name
      squads {
        id
        name
      }
    }
  }
`);

const SetMilestoneStatusMutation = graphql(`
  mutation AlliancePageSetMilestoneStatus($id: ID!, $status: MilestoneStatus!) {
    setMilestoneStatus(id: $id, status: $status) {
      id
      status
      overdue
    }
  }
`);

/** Milestones on a timeline and, in words, as a list by due date; editors add them and set their status. */
export function AllianceMilestones(props: { alliance: FragmentType<typeof AllianceMilestones_alliance> }) {
  const a = getFragmentData(AllianceMilestones_alliance, props.alliance);
  const problems = useFormProblems();
  const [setStatus] = useMutation(SetMilestoneStatusMutation, { refetchQueries: ['AlliancePage'] });
  return (
    <Stack component="section" aria-labelledby="alliance-milestones-heading" gap="xs">
      <Title order={2} size="h4" id="alliance-milestones-heading">
        Milestones
      </Title>
      {a.milestones.length === 0 ? (
        <Text c="dimmed" size="sm">
          No milestones yet.{a.viewerCanEdit ? ' Add the dates the squads are working towards.' : ''}
        </Text>
      ) : (
        <>
          <Paper withBorder p="xs">
            <MilestoneTimeline milestones={a.milestones} />
          </Paper>
          <Stack component="ul" gap={4} style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Milestones by due date">
            {a.milestones.map((m) => (
              <Paper component="li" key={m.id} withBorder px="sm" py={6} aria-label={`${m.title}, due ${formatDate(m.dueDate)}`}>
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Stack gap={0} style={{ minWidth: 0, flex: '1 1 14rem' }}>
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {m.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      Due {formatDate(m.dueDate)} · {m.squad?.name ?? 'no squad named'}
                    </Text>
                  </Stack>
                  <Group gap={4} wrap="nowrap">
                    {a.viewerCanEdit ? (
                      <>
                        <NativeSelect
                          size="xs"
                          aria-label={`Status of ${m.title}`}
                          value={m.status}
                          onChange={(e) => void problems.submit(() => setStatus({ variables: { id: m.id, status: e.currentTarget.value as never } }))}
                          data={MILESTONE_STATUSES.map((s) => ({ value: s, label: `${MILESTONE_STATUS_INFO[s].symbol} ${MILESTONE_STATUS_INFO[s].label}` }))}
                        />
                        {m.overdue && <OverdueBadge />}
                      </>
                    ) : (
                      <MilestoneStatusBadge status={m.status} overdue={m.overdue} />
                    )}
                  </Group>
                </Group>
              </Paper>
            ))}
          </Stack>
          <FormError message={problems.general} />
        </>
      )}
      {a.viewerCanEdit && a.milestones.length < MILESTONES_PER_ALLIANCE_MAX && <MilestoneForm allianceId={a.id} tribes={a.tribes} />}
    </Stack>
  );
}
