import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { errorMessage, graphql, useViewer } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, LinkButton, LoadingState, PageHeader, PersonAvatar, RoleBadge, useDocumentTitle } from '@guildhall/web-ui';

const PersonPageQuery = graphql(`
  query PersonPage($id: ID!) {
    user(id: $id) {
      id
      displayName
      email
      discipline
      bio
      role
      createdAt
      squad {
        id
        slug
        name
        tribe {
          id
          slug
          name
        }
      }
      chapter {
        id
        slug
        name
      }
      guilds {
        id
        slug
        name
      }
    }
  }
`);

export function PersonPage() {
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(PersonPageQuery, { variables: { id } });
  const person = data?.user;
  useDocumentTitle(person?.displayName ?? 'Person');

  if (loading && !data) return <LoadingState label="Loading person…" />;
  if (error && !person) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!person) {
    return (
      <>
        <PageHeader title="Person not found" />
        <EmptyState
          title="No one here"
          actions={
            <LinkButton to="/people">Browse people</LinkButton>
          }
        >
          This person may have left, or the link is mistyped. Find them in the people directory.
        </EmptyState>
      </>
    );
  }

  const isViewer = viewer?.id === person.id;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Group wrap="nowrap" style={{ minWidth: 0 }}>
          <PersonAvatar name={person.displayName} size="xl" />
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
              {person.displayName}
            </Title>
            <Group gap="xs">
              <Text c="dimmed">{person.discipline || 'No discipline given'}</Text>
              <RoleBadge role={person.role} />
            </Group>
            {person.email && (
              <Anchor href={`mailto:${person.email}`} size="sm">
                {person.email}
              </Anchor>
            )}
          </Stack>
        </Group>
        {isViewer && (
          <LinkButton to="/profile" variant="default">Edit your profile</LinkButton>
        )}
      </Group>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="xs">
          In the organisation
        </Title>
        <Stack gap={4}>
          <Text size="sm">
            Squad:{' '}
            {person.squad ? (
              <>
                <Anchor component={Link} to={`/squads/${person.squad.slug}`}>
                  {person.squad.name}
                </Anchor>{' '}
                in tribe{' '}
                <Anchor component={Link} to={`/tribes/${person.squad.tribe.slug}`}>
                  {person.squad.tribe.name}
                </Anchor>
              </>
            ) : (
              'none yet'
            )}
          </Text>
          <Text size="sm">
            Chapter:{' '}
            {person.chapter ? (
              <Anchor component={Link} to={`/chapters/${person.chapter.slug}`}>
                {person.chapter.name}
              </Anchor>
            ) : (
              'none yet'
            )}
          </Text>
          <Text size="sm" component="div">
            Guilds:{' '}
            {person.guilds.length === 0
              ? 'none yet'
              : person.guilds.map((g, i) => (
                  <span key={g.id}>
                    {i > 0 && ', '}
                    <Anchor component={Link} to={`/guilds/${g.slug}`}>
                      {g.name}
                    </Anchor>
                  </span>
                ))}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="xs">
          About
        </Title>
        {person.bio ? (
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{person.bio}</Text>
        ) : (
          <Text c="dimmed">{isViewer ? 'You have not written a bio yet. Add one on your profile so colleagues know what to ask you about.' : 'No bio yet.'}</Text>
        )}
        <Text size="xs" c="dimmed" mt="sm">
          Joined {new Date(person.createdAt).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' })}
        </Text>
      </Paper>
    </Stack>
  );
}
