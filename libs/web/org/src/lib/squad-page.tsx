import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { errorMessage, graphql } from '@guildhall/web-data-access';
import { ErrorState, LoadingState, PageHeader } from '@guildhall/web-ui';
import { MembersTable } from './members-table';
import { NotFound } from './not-found';
import { PersonLink } from './person-link';
import { SquadStandards } from './squad-standards';
import { TeamApiSection } from './team-api/team-api-section';
import { WarningBadges, useOrgWarnings, warningsBySubject } from './warnings';

const SquadPageQuery = graphql(`
  query SquadPage($slug: String!) {
    squad(slug: $slug) {
      id
      slug
      name
      mission
      framework
      memberCount
      ...SquadStandards_squad
      tribe {
        id
        slug
        name
      }
      productOwner {
        id
        ...PersonLink_user
      }
      agileCoach {
        id
        ...PersonLink_user
      }
      members {
        id
        ...MembersTable_user
        chapter {
          id
          slug
          name
        }
      }
    }
  }
`);

export function SquadPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SquadPageQuery, { variables: { slug } });
  const orgWarnings = useOrgWarnings();
  if (loading && !data) return <LoadingState label="Loading squad…" />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  const squad = data?.squad;
  if (!squad) return <NotFound what="squad" />;
  const warnings = warningsBySubject(orgWarnings);
  return (
    <>
      <PageHeader
        eyebrow={
          <>
            Squad in tribe{' '}
            <Anchor component={Link} to={`/tribes/${squad.tribe.slug}`} inherit>
              {squad.tribe.name}
            </Anchor>
          </>
        }
        title={squad.name}
        description={
          <Stack gap={4}>
            {squad.mission && <Text>{squad.mission}</Text>}
            <Group gap="xs">
              <Text size="sm">
                {squad.memberCount} {squad.memberCount === 1 ? 'member' : 'members'} · works in {squad.framework.toLowerCase()}
              </Text>
              <WarningBadges warnings={warnings.get(squad.id)} />
            </Group>
          </Stack>
        }
      />
      <Stack>
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                Product owner:{' '}
              </Text>
              <PersonLink person={squad.productOwner} empty="none yet" />
            </Text>
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                Agile coach:{' '}
              </Text>
              <PersonLink person={squad.agileCoach} empty="none yet" />
            </Text>
          </SimpleGrid>
        </Paper>
        <Title order={2} size="h4">
          Members
        </Title>
        <MembersTable
          members={squad.members}
          caption={`Members of ${squad.name} and their chapters`}
          extra={{
            header: 'Chapter',
            cell: (m) =>
              m.chapter ? (
                <Anchor component={Link} to={`/chapters/${m.chapter.slug}`} size="sm">
                  {m.chapter.name}
                </Anchor>
              ) : (
                <Text span c="dimmed" size="sm">
                  —
                </Text>
              ),
          }}
        />
        <SquadStandards squad={squad} />
        <TeamApiSection slug={squad.slug} />
      </Stack>
    </>
  );
}
