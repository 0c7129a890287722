import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { errorMessage, graphql } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, LinkButton, LoadingState, PageHeader } from '@guildhall/web-ui';
import { CoachesPanel } from './coaches-panel';
import { PlaceSelect, usePlace } from './place-select';
import { TensionCard } from './tension-card';

const TensionPlaceAllianceQuery = graphql(`
  query TensionPlaceAlliance($slug: String!) {
    alliance(slug: $slug) {
      id
      name
    }
  }
`);

const TensionPlaceTribeQuery = graphql(`
  query TensionPlaceTribe($slug: String!) {
    tribe(slug: $slug) {
      id
      name
    }
  }
`);

const TensionAgendaQuery = graphql(`
  query TensionAgenda($allianceId: ID, $tribeId: ID) {
    tensions(allianceId: $allianceId, tribeId: $tribeId) {
      id
      status
      ...TensionCard_tension
    }
  }
`);

/**
 * /tensions?alliance=<slug> or ?tribe=<slug>: the tension review's agenda, open tensions oldest
 * first (the API's order), then the resolved ones; a facilitator runs each review from its card.
 */
export function TensionReviewPage() {
  const place = usePlace();
  const alliance = useQuery(TensionPlaceAllianceQuery, { variables: { slug: place.alliance ?? '' }, skip: !place.alliance });
  const tribe = useQuery(TensionPlaceTribeQuery, { variables: { slug: place.tribe ?? '' }, skip: !place.tribe });
  const where = place.alliance ? alliance : tribe;
  const found = place.alliance ? alliance.data?.alliance : tribe.data?.tribe;
  const agenda = useQuery(TensionAgendaQuery, {
    variables: place.alliance ? { allianceId: found?.id } : { tribeId: found?.id },
    skip: !found,
    fetchPolicy: 'cache-and-network',
  });
  const raise = `/tensions/new${place.alliance && found ? `?alliance=${found.id}` : ''}`;

  let content = null;
  if (!place.alliance && !place.tribe) {
    content = <EmptyState title="Choose an alliance or a tribe">The agenda lists the tensions raised in it, the oldest open one first.</EmptyState>;
  } else if ((where.loading && !where.data) || (agenda.loading && !agenda.data && found)) {
    content = <LoadingState label="Loading the agenda…" />;
  } else if ((where.error && !where.data) || (agenda.error && !agenda.data)) {
    const failed = where.error ? where : agenda;
    content = <ErrorState message={errorMessage(failed.error)} onRetry={() => void failed.refetch()} />;
  } else if (!found) {
    content = <EmptyState title={place.alliance ? 'No such alliance' : 'No such tribe'}>It may have been renamed; choose one above.</EmptyState>;
  } else {
    const tensions = agenda.data?.tensions ?? [];
    const open = tensions.filter((t) => t.status !== 'RESOLVED');
    const resolved = tensions.filter((t) => t.status === 'RESOLVED');
    content = (
      <Stack gap="lg">
        <Stack gap="xs" component="section" aria-labelledby="agenda-heading">
          <Title order={2} size="h4" id="agenda-heading">
            Agenda of {found.name}
          </Title>
          {open.length === 0 ? (
            <Text c="dimmed">No open tensions. When something rubs between squads, raise it early.</Text>
          ) : (
            <Stack component="ol" gap="sm" aria-label={`Open tensions of ${found.name}, oldest first`} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {open.map((t) => (
                <TensionCard key={t.id} tension={t} />
              ))}
            </Stack>
          )}
        </Stack>
        {resolved.length > 0 && (
          <Stack gap="xs" component="section" aria-labelledby="resolved-heading">
            <Title order={2} size="h4" id="resolved-heading">
              Resolved
            </Title>
            <Stack component="ul" gap="sm" aria-label={`Resolved tensions of ${found.name}`} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {resolved.map((t) => (
                <TensionCard key={t.id} tension={t} />
              ))}
            </Stack>
          </Stack>
        )}
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        title="Tension review"
        description="Frictions between squads, surfaced early and reviewed in the open: start the review, decide against the shared criteria, resolve."
        actions={
          <>
            <LinkButton to={raise}>Raise a tension</LinkButton>
            <LinkButton to={`/dependencies${place.query}`} variant="default">
              Dependency map
            </LinkButton>
          </>
        }
      />
      <Paper withBorder p="sm" mb="md">
        <PlaceSelect label="Review the tensions of" />
      </Paper>
      <Group align="flex-start" gap="lg">
        <Box style={{ flex: '3 1 28rem', minWidth: 0 }}>{content}</Box>
        <Box style={{ flex: '1 1 16rem', minWidth: 0 }}>
          <CoachesPanel />
        </Box>
      </Group>
    </>
  );
}
