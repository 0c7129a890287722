import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { errorMessage, graphql, useViewer } from '@guildhall/web-data-access';
import { ErrorState, LoadingState, PageHeader } from '@guildhall/web-ui';
import { GuildActions } from './guild-actions';
import { NotFound } from './not-found';
import { PersonLink } from './person-link';

const GuildPageQuery = graphql(`
  query GuildPage($slug: String!) {
    guild(slug: $slug) {
      id
      slug
      name
      description
      memberCount
      viewerIsMember
      createdAt
      ...GuildActions_guild
      coordinators {
        id
        ...PersonLink_user
      }
      members(first: 50) {
        totalCount
        edges {
          node {
            id
            ...PersonLink_user
          }
        }
      }
    }
  }
`);

export interface GuildSummary {
  id: string;
  slug: string;
  name: string;
  viewerIsMember: boolean;
  viewerIsCoordinator: boolean;
}

/** A guild's people and membership; the knowledge context fills `posts` with its posts. */
export function GuildPage({ posts }: { posts?: (guild: GuildSummary) => ReactNode }) {
  const { slug = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(GuildPageQuery, { variables: { slug } });
  if (loading && !data) return <LoadingState label="Loading guild…" />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  const guild = data?.guild;
  if (!guild) return <NotFound what="guild" back={{ to: '/guilds', label: 'Browse guilds' }} />;
  const viewerIsCoordinator = guild.coordinators.some((c) => c.id === viewer?.id);
  const members = guild.members.edges.map((e) => e.node);
  return (
    <>
      <PageHeader
        eyebrow="Guild"
        title={guild.name}
        description={
          <Stack gap={4}>
            {guild.description && <Text>{guild.description}</Text>}
            <Text size="sm">
              {guild.memberCount} {guild.memberCount === 1 ? 'member' : 'members'}
              {guild.viewerIsMember ? ' · you are a member' : ''}
              {viewerIsCoordinator ? ' and a coordinator' : ''}
            </Text>
          </Stack>
        }
        actions={<GuildActions guild={guild} viewerId={viewer?.id} />}
      />
      <Group align="flex-start" gap="lg" wrap="wrap">
        <Stack style={{ flex: '3 1 22rem', minWidth: 0 }}>{posts?.({ id: guild.id, slug: guild.slug, name: guild.name, viewerIsMember: guild.viewerIsMember, viewerIsCoordinator })}</Stack>
        <Paper withBorder p="md" style={{ flex: '1 1 14rem' }} component="aside" aria-label="Guild people">
          <Title order={2} size="h5" mb={4}>
            Coordinators
          </Title>
          {guild.coordinators.length === 0 ? (
            <Text size="sm" c="dimmed">
              No coordinator yet. Members can volunteer.
            </Text>
          ) : (
            <Stack gap={2}>
              {guild.coordinators.map((c) => (
                <PersonLink key={c.id} person={c} />
              ))}
            </Stack>
          )}
          <Title order={2} size="h5" mt="md" mb={4}>
            Members
          </Title>
          {members.length === 0 ? (
            <Text size="sm" c="dimmed">
              No members yet. Join to be the first.
            </Text>
          ) : (
            <Stack gap={2}>
              {members.map((m) => (
                <PersonLink key={m.id} person={m} />
              ))}
              {guild.members.totalCount > members.length && (
                <Text size="xs" c="dimmed">
                  and {guild.members.totalCount - members.length} more
                </Text>
              )}
            </Stack>
          )}
        </Paper>
      </Group>
    </>
  );
}
