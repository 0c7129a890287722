import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { getFragmentData, graphql, useFormProblems, type FragmentType } from '@guildhall/web-data-access';
import { FormError } from '@guildhall/web-ui';
import { AGREEMENT_STATUS, formatDay, MODE_LABEL } from './labels';
import { TEAM_API_REFETCH } from './team-api-refetch';

export const AgreementList_agreement = graphql(`
  fragment AgreementList_agreement on InterfaceAgreement {
    id
    terms
    mode
    status
    reviewBy
    dueForReview
    viewerCanAccept
    viewerCanRetire
    offer {
      id
      title
    }
    provider {
      id
      slug
      name
    }
    consumer {
      id
      slug
      name
    }
  }
`);

const AcceptAgreementMutation = graphql(`
  mutation AgreementListAccept($id: ID!) {
    acceptAgreement(id: $id) {
      id
      status
    }
  }
`);

const RetireAgreementMutation = graphql(`
  mutation AgreementListRetire($id: ID!) {
    retireAgreement(id: $id) {
      id
      status
    }
  }
`);

/** The squad's interface agreements, either side: with whom, on what, how, and where it stands. */
export function AgreementList(props: { squadId: string; squadName: string; agreements: readonly FragmentType<typeof AgreementList_agreement>[] }) {
  const agreements = props.agreements;
  return (
    <Stack gap="xs" component="section" aria-labelledby="agreements-heading">
      <Title order={3} size="h5" id="agreements-heading">
        Agreements
      </Title>
      {agreements.length === 0 ? (
        <Text c="dimmed" size="sm">
          No interface agreements yet. A member of another squad proposes one from an offer.
        </Text>
      ) : (
        <Stack component="ul" gap="xs" aria-label={`Agreements of ${props.squadName}`} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {agreements.map((a) => (
            <AgreementItem key={getFragmentData(AgreementList_agreement, a).id} agreement={a} squadId={props.squadId} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function AgreementItem({ squadId, ...props }: { agreement: FragmentType<typeof AgreementList_agreement>; squadId: string }) {
  const a = getFragmentData(AgreementList_agreement, props.agreement);
  const problems = useFormProblems();
  const [accept, accepting] = useMutation(AcceptAgreementMutation, TEAM_API_REFETCH);
  const [retire, retiring] = useMutation(RetireAgreementMutation, TEAM_API_REFETCH);
  const provides = a.provider.id === squadId;
  const other = provides ? a.consumer : a.provider;
  const status = AGREEMENT_STATUS[a.status] ?? { label: a.status, color: 'gray' };
  return (
    <Paper component="li" withBorder p="sm" aria-label={`Agreement with ${other.name} on ${a.offer.title}`}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {provides ? 'Provides ' : 'Uses '}
            <Text span fw={600} size="sm">
              {a.offer.title}
            </Text>
            {provides ? ' to ' : ' from '}
            <Anchor component={Link} to={`/squads/${other.slug}`} size="sm" underline="always">
              {other.name}
            </Anchor>
          </Text>
          <Group gap={4}>
            <Badge variant="light" color={status.color} radius="sm">
              {status.label}
            </Badge>
            <Badge variant="outline" color="gray" radius="sm">
              {MODE_LABEL[a.mode] ?? a.mode}
            </Badge>
            {a.dueForReview && (
              <Badge variant="filled" color="red.9" radius="sm">
                Due for review
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {a.terms}
        </Text>
        {a.reviewBy && (
          <Text size="xs" c="dimmed">
            Review by {formatDay(a.reviewBy)}
          </Text>
        )}
        {(a.viewerCanAccept || a.viewerCanRetire) && (
          <Group gap="xs">
            {a.viewerCanAccept && (
              <Button size="xs" loading={accepting.loading} onClick={() => void problems.submit(() => accept({ variables: { id: a.id } }))} aria-label={`Accept the agreement with ${other.name}`}>
                Accept
              </Button>
            )}
            {a.viewerCanRetire && (
              <Button size="xs" variant="default" loading={retiring.loading} onClick={() => void problems.submit(() => retire({ variables: { id: a.id } }))} aria-label={`Retire the agreement with ${other.name}`}>
                Retire
              </Button>
            )}
          </Group>
        )}
        <FormError message={problems.general} />
      </Stack>
    </Paper>
  );
}
