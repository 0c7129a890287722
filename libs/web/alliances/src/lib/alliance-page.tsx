import { Divider, Group, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { errorMessage, graphql } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, LinkButton, LoadingState, PageHeader } from '@guildhall/web-ui';
import { AllianceCriteria } from './alliance-criteria';
import { AllianceHeader } from './alliance-header';
import { AllianceMilestones } from './alliance-milestones';
import { AllianceObjectives } from './alliance-objectives';
import { AllianceTribes } from './alliance-tribes';
import { DecisionLog } from './decision-log';

const AlliancePageQuery = graphql(`
  query AlliancePage($slug: String!) {
    alliance(slug: $slug) {
      id
      ...AllianceHeader_alliance
      ...AllianceTribes_alliance
      ...AllianceCriteria_alliance
      ...AllianceObjectives_alliance
      ...AllianceMilestones_alliance
      ...DecisionLog_alliance
    }
  }
`);

/**
 * /alliances/:slug: the goal, the tribes and their trios, the shared criteria, objectives and key
 * results, milestones on a timeline, and the decision log. Editors (the trios, admins) get a form
 * for each; everyone else reads.
 */
export function AlliancePage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AlliancePageQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <LoadingState label="Loading alliance…" />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  const a = data?.alliance;
  if (!a) {
    return (
      <>
        <PageHeader title="Alliance not found" />
        <EmptyState title="This alliance does not exist" actions={<LinkButton to="/alliances">All alliances</LinkButton>}>
          The link may be mistyped.
        </EmptyState>
      </>
    );
  }
  return (
    <Stack gap="lg">
      <AllianceHeader alliance={a} />
      <Group gap="xs" component="nav" aria-label="Working across the alliance's squads">
        <LinkButton to={`/tensions?alliance=${encodeURIComponent(slug)}`} variant="light" size="xs">
          Tension review
        </LinkButton>
        <LinkButton to={`/dependencies?alliance=${encodeURIComponent(slug)}`} variant="light" size="xs">
          Dependency map
        </LinkButton>
        <LinkButton to={`/tensions/new?alliance=${encodeURIComponent(a.id)}`} variant="subtle" size="xs">
          Raise a tension
        </LinkButton>
      </Group>
      <AllianceTribes alliance={a} />
      <AllianceCriteria alliance={a} />
      <Divider />
      <AllianceObjectives alliance={a} />
      <Divider />
      <AllianceMilestones alliance={a} />
      <Divider />
      <DecisionLog alliance={a} />
    </Stack>
  );
}
