import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage, graphql } from '@guildhall/web-data-access';
import { ErrorState, LoadingState } from '@guildhall/web-ui';
import { AgreementList } from './agreement-list';
import { DependencyList } from './dependency-list';
import { OfferCard } from './offer-card';
import { OfferForm } from './offer-form';

/**
 * The squad's Team API, read in one query of its own: it refreshes after each change made in it
 * without reloading the rest of the squad's page, and it needs the viewer's own squad (the
 * consumer of an agreement or the requester of a dependency proposed from here).
 */
const SquadTeamApiQuery = graphql(`
  query SquadTeamApi($slug: String!) {
    me {
      id
      squad {
        id
        name
      }
    }
    squad(slug: $slug) {
      id
      name
      viewerCanPublishOffers
      offers {
        id
        ...OfferCard_offer
      }
      agreements {
        id
        ...AgreementList_agreement
      }
      dependencies {
        id
        ...DependencyList_dependency
      }
    }
  }
`);

/** The squad page's Team API: what it offers, its agreements, and its dependencies both ways. */
export function TeamApiSection({ slug }: { slug: string }) {
  const { data, loading, error, refetch } = useQuery(SquadTeamApiQuery, { variables: { slug } });
  const [publishing, setPublishing] = useState(false);
  const heading = (
    <Title order={2} size="h4" id="team-api-heading">
      Team API
    </Title>
  );
  if (loading && !data) return <LoadingState label="Loading the Team API…" />;
  if (error && !data) {
    return (
      <Stack component="section" aria-labelledby="team-api-heading" gap="xs">
        {heading}
        <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />
      </Stack>
    );
  }
  const squad = data?.squad;
  if (!squad) return null;
  const ownSquad = data?.me?.squad ?? null;
  const canPublish = squad.viewerCanPublishOffers;
  // From another squad's offer the viewer proposes for their own squad.
  const viewerSquad = ownSquad && ownSquad.id !== squad.id ? ownSquad : null;
  return (
    <Stack component="section" aria-labelledby="team-api-heading" gap="sm">
      <Group justify="space-between" gap="xs">
        {heading}
        <Anchor component={Link} to={`/tensions/new?squad=${squad.id}`} size="sm">
          Raise a tension
        </Anchor>
      </Group>
      <Text size="sm" c="dimmed">
        What {squad.name} offers other teams, what it expects in return and the limits it will not cross; the agreements it made and the dependencies between it and other squads.
      </Text>

      <Stack gap="xs" component="section" aria-labelledby="offers-heading">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h5" id="offers-heading">
            Offers
          </Title>
          {canPublish && !publishing && (
            <Button size="xs" variant="light" onClick={() => setPublishing(true)}>
              Publish an offer
            </Button>
          )}
        </Group>
        {publishing && (
          <Paper withBorder p="sm">
            <OfferForm squadId={squad.id} onDone={() => setPublishing(false)} />
          </Paper>
        )}
        {squad.offers.length === 0 ? (
          <Text c="dimmed" size="sm">
            {squad.name} has published no offers yet.
          </Text>
        ) : (
          <Stack component="ul" gap="xs" aria-label={`Offers of ${squad.name}`} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {squad.offers.map((o) => (
              <OfferCard key={o.id} offer={o} viewerSquad={viewerSquad} />
            ))}
          </Stack>
        )}
      </Stack>

      <AgreementList squadId={squad.id} squadName={squad.name} agreements={squad.agreements} />
      <DependencyList squadId={squad.id} squadName={squad.name} dependencies={squad.dependencies} />
    </Stack>
  );
}
