import { Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { TEAM_API_TEXT_MAX_LENGTH } from '@guildhall/shared-domain';
import { getFragmentData, graphql, useFormProblems, type FragmentType } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { DEPENDENCY_STATUS, formatDay, textProblem } from './labels';
import { TEAM_API_REFETCH } from './team-api-refetch';

export const DependencyList_dependency = graphql(`
  fragment DependencyList_dependency on Dependency {
    id
    description
    neededBy
    status
    response
    overdue
    viewerCanRespond
    createdAt
    offer {
      id
      title
    }
    requester {
      id
      slug
      name
    }
    provider {
      id
      slug
      name
    }
  }
`);

const RespondMutation = graphql(`
  mutation DependencyListRespond($id: ID!, $status: DependencyStatus!, $response: String) {
    respondToDependency(id: $id, status: $status, response: $response) {
      id
      status
      response
    }
  }
`);

type Masked = FragmentType<typeof DependencyList_dependency>;

/** Dependencies both ways: what the squad needs from others, and what others need from it (with its answers). */
export function DependencyList(props: { squadId: string; squadName: string; dependencies: readonly FragmentType<typeof DependencyList_dependency>[] }) {
  const side = (of: 'requester' | 'provider') => props.dependencies.filter((d) => getFragmentData(DependencyList_dependency, d)[of].id === props.squadId);
  const needs = side('requester');
  const provides = side('provider');
  return (
    <Stack gap="xs" component="section" aria-labelledby="dependencies-heading">
      <Title order={3} size="h5" id="dependencies-heading">
        Dependencies
      </Title>
      <Half title={`${props.squadName} needs from other squads`} empty="Nothing requested from other squads." list={needs} mine={false} />
      <Half title={`Other squads need from ${props.squadName}`} empty="No other squad has asked for anything." list={provides} mine />
    </Stack>
  );
}

function Half({ title, empty, list, mine }: { title: string; empty: string; list: readonly Masked[]; mine: boolean }) {
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      {list.length === 0 ? (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" aria-label={title} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.map((d) => (
            <DependencyItem key={getFragmentData(DependencyList_dependency, d).id} dependency={d} provided={mine} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function DependencyItem({ provided, ...props }: { dependency: Masked; provided: boolean }) {
  const d = getFragmentData(DependencyList_dependency, props.dependency);
  const [declining, setDeclining] = useState(false);
  const problems = useFormProblems();
  const [respond, responding] = useMutation(RespondMutation, TEAM_API_REFETCH);
  const other = provided ? d.requester : d.provider;
  const status = DEPENDENCY_STATUS[d.status] ?? { label: d.status, color: 'gray' };
  const send = (next: 'ACCEPTED' | 'DELIVERED') => void problems.submit(() => respond({ variables: { id: d.id, status: next } }));
  return (
    <Paper component="li" withBorder p="sm" aria-label={`${provided ? 'For' : 'From'} ${other.name}: ${d.description}`}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Text size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0, flex: '1 1 14rem' }}>
            {provided ? 'For ' : 'From '}
            <Anchor component={Link} to={`/squads/${other.slug}`} size="sm" underline="always">
              {other.name}
            </Anchor>
            {d.offer && <> · on “{d.offer.title}”</>}: {d.description}
          </Text>
          <Group gap={4}>
            <Badge variant="light" color={status.color} radius="sm">
              {status.label}
            </Badge>
            {d.overdue && (
              <Badge variant="filled" color="red.9" radius="sm">
                Overdue
              </Badge>
            )}
          </Group>
        </Group>
        {d.neededBy && (
          <Text size="xs" c="dimmed">
            Needed by {formatDay(d.neededBy)}
          </Text>
        )}
        {d.response && (
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            <Text span fw={600} size="sm">
              Response:{' '}
            </Text>
            {d.response}
          </Text>
        )}
        {d.viewerCanRespond && !declining && (d.status === 'REQUESTED' || d.status === 'ACCEPTED') && (
          <Group gap="xs">
            {d.status === 'REQUESTED' && (
              <>
                <Button size="xs" loading={responding.loading} onClick={() => send('ACCEPTED')}>
                  Accept
                </Button>
                <Button size="xs" variant="default" onClick={() => setDeclining(true)}>
                  Decline…
                </Button>
              </>
            )}
            {d.status === 'ACCEPTED' && (
              <Button size="xs" loading={responding.loading} onClick={() => send('DELIVERED')}>
                Mark delivered
              </Button>
            )}
          </Group>
        )}
        {declining ? <DeclineForm id={d.id} onDone={() => setDeclining(false)} /> : <FormError message={problems.general} />}
      </Stack>
    </Paper>
  );
}

function DeclineForm({ id, onDone }: { id: string; onDone: () => void }) {
  const [response, setResponse] = useState('');
  const problems = useFormProblems();
  const [respond, { loading }] = useMutation(RespondMutation, TEAM_API_REFETCH);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const problem = textProblem(response, 'a response saying why', TEAM_API_TEXT_MAX_LENGTH, true);
    if (!problems.check(problem ? { response: problem } : {})) return;
    if (await problems.submit(() => respond({ variables: { id, status: 'DECLINED', response: response.trim() } }))) onDone();
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Decline the dependency">
      <Stack gap="xs">
        <Textarea label="Why your squad declines" description="The requesting squad reads it." required autosize minRows={2} value={response} onChange={(e) => setResponse(e.currentTarget.value)} error={problems.fields['response']} />
        <FormError message={problems.general} />
        <Group gap="xs">
          <Button type="submit" size="xs" color="red" loading={loading}>
            Decline
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
