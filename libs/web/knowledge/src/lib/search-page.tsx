import { Anchor, Badge, Button, Card, Center, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage, graphql } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, LoadingState, PageHeader, Snippet } from '@guildhall/web-ui';
import { KIND_LABELS } from './post-card';

const SearchPageQuery = graphql(`
  query SearchPage($query: String!, $first: Int, $after: String) {
    search(query: $query, first: $first, after: $after) {
      edges {
        cursor
        snippet
        node {
          __typename
          ... on Post {
            id
            title
            kind
            guild {
              id
              slug
              name
            }
          }
          ... on Guild {
            id
            slug
            name
            memberCount
          }
          ... on User {
            id
            displayName
            discipline
          }
          ... on Standard {
            id
            slug
            title
            level
            chapter {
              id
              name
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function SearchPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const q = (params.get('q') ?? '').trim();
  const [input, setInput] = useState(q);
  useEffect(() => setInput(q), [q]);
  const { data, loading, error, fetchMore, refetch } = useQuery(SearchPageQuery, { variables: { query: q, first: 20 }, skip: !q });
  const results = data?.search;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    navigate(`/search?q=${encodeURIComponent(input.trim())}`);
  }

  return (
    <>
      <PageHeader title={q ? `Search: ${q}` : 'Search'} description="Posts, questions and their answers, practice standards, guilds and people." />
      <form onSubmit={onSubmit} role="search" aria-label="Search everything">
        <Group align="flex-end" mb="md">
          <TextInput label="Search terms" type="search" value={input} onChange={(e) => setInput(e.currentTarget.value)} style={{ flex: '1 1 16rem' }} maw={560} />
          <Button type="submit">Search</Button>
        </Group>
      </form>
      {!q && <EmptyState title="What are you looking for?">Type a few words, e.g. a technology, a guild or a colleague’s name.</EmptyState>}
      {q && loading && !results && <LoadingState label="Searching…" />}
      {q && error && !results && <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />}
      {results && results.edges.length === 0 && (
        <EmptyState title={`Nothing found for “${q}”`}>Try fewer or different words, or check the spelling. If nobody asked yet, ask the question in a guild.</EmptyState>
      )}
      {results && results.edges.length > 0 && (
        <Stack>
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Search results">
            {results.edges.map(({ node, snippet, cursor }) => (
              <Card key={cursor} withBorder component="li" padding="sm">
                {node.__typename === 'Post' && (
                  <>
                    <Group gap={6}>
                      <Badge size="sm" variant="light">
                        {KIND_LABELS[node.kind] ?? 'Post'}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        in{' '}
                        <Anchor component={Link} to={`/guilds/${node.guild.slug}`} inherit>
                          {node.guild.name}
                        </Anchor>
                      </Text>
                    </Group>
                    <Anchor component={Link} to={`/posts/${node.id}`} fw={600}>
                      {node.title}
                    </Anchor>
                  </>
                )}
                {node.__typename === 'Guild' && (
                  <>
                    <Badge size="sm" variant="light" color="grape">
                      Guild
                    </Badge>
                    <Anchor component={Link} to={`/guilds/${node.slug}`} fw={600}>
                      {node.name}
                    </Anchor>
                  </>
                )}
                {node.__typename === 'User' && (
                  <>
                    <Badge size="sm" variant="light" color="gray">
                      Person
                    </Badge>
                    <Anchor component={Link} to={`/people/${node.id}`} fw={600}>
                      {node.displayName}
                    </Anchor>
                    {node.discipline && (
                      <Text size="xs" c="dimmed">
                        {node.discipline}
                      </Text>
                    )}
                  </>
                )}
                {node.__typename === 'Standard' && (
                  <>
                    <Group gap={6}>
                      <Badge size="sm" variant="light" color="teal">
                        Standard · {node.level}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {node.chapter.name}
                      </Text>
                    </Group>
                    <Anchor component={Link} to={`/standards/${node.slug}`} fw={600}>
                      {node.title}
                    </Anchor>
                  </>
                )}
                {snippet && <Snippet text={snippet} />}
              </Card>
            ))}
          </Stack>
          {results.pageInfo.hasNextPage && (
            <Center>
              <Button variant="default" onClick={() => void fetchMore({ variables: { after: results.pageInfo.endCursor } })}>
                More results
              </Button>
            </Center>
          )}
        </Stack>
      )}
    </>
  );
}
