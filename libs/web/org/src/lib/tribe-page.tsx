import { Anchor, Card, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { errorMessage, graphql } from '@guildhall/web-data-access';
import { ErrorState, LoadingState, PageHeader } from '@guildhall/web-ui';
import { NotFound } from './not-found';
import { PersonLink } from './person-link';
import { TribeAlliances } from './tribe-alliances';
import { TrioSeats } from './trio';
import { WarningBadges, useOrgWarnings, warningsBySubject } from './warnings';

const TribePageQuery = graphql(`
  query TribePage($slug: String!) {
    tribe(slug: $slug) {
      id
      slug
      name
      mission
      memberCount
      trio {
        ...TrioSeats_trio
      }
      ...TribeAlliances_tribe
      squads {
        id
        slug
        name
        mission
        memberCount
        productOwner {
          id
          ...PersonLink_user
        }
      }
      chapters {
        id
        slug
        name
        discipline
        memberCount
        lead {
          id
          ...PersonLink_user
        }
      }
    }
  }
`);

export function TribePage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(TribePageQuery, { variables: { slug } });
  const orgWarnings = useOrgWarnings();
  if (loading && !data) return <LoadingState label="Loading tribe…" />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  const tribe = data?.tribe;
  if (!tribe) return <NotFound what="tribe" />;
  const warnings = warningsBySubject(orgWarnings);
  return (
    <>
      <PageHeader
        eyebrow="Tribe"
        title={tribe.name}
        description={
          <Stack gap={4}>
            {tribe.mission && <Text>{tribe.mission}</Text>}
            <Text size="sm">
              {tribe.memberCount} {tribe.memberCount === 1 ? 'person' : 'people'} · {tribe.squads.length} squads · {tribe.chapters.length} chapters
            </Text>
            <WarningBadges warnings={warnings.get(tribe.id)} />
          </Stack>
        }
      />
      <Stack>
        <Paper withBorder p="md">
          <TrioSeats trio={tribe.trio} />
        </Paper>
        <TribeAlliances tribe={tribe} />
        <Title order={2} size="h4">
          Squads
        </Title>
        {tribe.squads.length === 0 && <Text c="dimmed">No squads yet. Admins and the tribe lead can create them under Manage structure.</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {tribe.squads.map((s) => (
            <Card key={s.id} withBorder>
              <Anchor component={Link} to={`/squads/${s.slug}`} fw={600}>
                {s.name}
              </Anchor>
              {s.mission && (
                <Text size="sm" c="dimmed" lineClamp={2}>
                  {s.mission}
                </Text>
              )}
              <Text size="sm">
                {s.memberCount} members · PO: <PersonLink person={s.productOwner} empty="none" />
              </Text>
              <WarningBadges warnings={warnings.get(s.id)} />
            </Card>
          ))}
        </SimpleGrid>
        <Title order={2} size="h4">
          Chapters
        </Title>
        {tribe.chapters.length === 0 && <Text c="dimmed">No chapters yet.</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {tribe.chapters.map((c) => (
            <Card key={c.id} withBorder>
              <Anchor component={Link} to={`/chapters/${c.slug}`} fw={600}>
                {c.name}
              </Anchor>
              <Text size="sm" c="dimmed">
                {c.discipline} · {c.memberCount} members
              </Text>
              <Text size="sm">
                Lead: <PersonLink person={c.lead} />
              </Text>
              <WarningBadges warnings={warnings.get(c.id)} />
            </Card>
          ))}
        </SimpleGrid>
      </Stack>
    </>
  );
}
