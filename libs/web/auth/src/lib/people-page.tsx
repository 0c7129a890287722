import { Button, Center, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage, graphql, useViewer } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '@guildhall/web-ui';
import { PersonCard } from './person-card';

const PAGE_SIZE = 24;

const PeoplePageQuery = graphql(`
  query PeoplePage($first: Int, $after: String, $search: String) {
    users(first: $first, after: $after, search: $search) {
      totalCount
      edges {
        cursor
        node {
          id
          ...PersonCard_user
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function PeoplePage() {
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const [input, setInput] = useState(params.get('q') ?? '');
  const [search] = useDebouncedValue(input.trim(), 250);

  // Keep the search in the URL so a filtered directory can be shared and survives reloads.
  const urlSearch = params.get('q') ?? '';
  useEffect(() => {
    if (search === urlSearch) return;
    setParams(
      (p) => {
        if (search) p.set('q', search);
        else p.delete('q');
        return p;
      },
      { replace: true },
    );
  }, [search, urlSearch, setParams]);

  const { data, loading, error, fetchMore, refetch } = useQuery(PeoplePageQuery, {
    variables: { first: PAGE_SIZE, search: search || null },
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const users = data?.users;

  async function loadMore() {
    if (!users?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: users.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  }

  // Emails are private: only admins can find people by one.
  const byEmail = viewer?.role === 'ADMIN';

  return (
    <>
      <PageHeader title="People" description={`Everyone in your organisation. Search by name${byEmail ? ', discipline or the start of an email address' : ' or discipline'}.`} />
      <TextInput
        label="Search people"
        placeholder="e.g. Ada, Backend, ada@"
        type="search"
        value={input}
        onChange={(e) => setInput(e.currentTarget.value)}
        mb="md"
        maw={480}
      />
      {error && !users && <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />}
      {!users && loading && <LoadingState label="Loading people…" />}
      {users && (
        <Stack>
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {users.totalCount === 1 ? '1 person' : `${users.totalCount} people`}
            {search ? ` matching “${search}”` : ''}
          </Text>
          {users.edges.length === 0 ? (
            <EmptyState
              title={search ? `No one matches “${search}”` : 'No people yet'}
              actions={
                search ? (
                  <Button variant="default" onClick={() => setInput('')}>
                    Clear search
                  </Button>
                ) : undefined
              }
            >
              {search
                ? `Try part of a name${byEmail ? ', a discipline such as Backend or Design, or the start of an email address' : ' or a discipline such as Backend or Design'}.`
                : 'Invite colleagues to sign up; they appear here.'}
            </EmptyState>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0 }} aria-label="People">
              {users.edges.map(({ node }) => (
                <PersonCard key={node.id} person={node} />
              ))}
            </SimpleGrid>
          )}
          {error && <ErrorState message={errorMessage(error)} />}
          {users.pageInfo.hasNextPage && (
            <Center>
              <Group>
                <Button variant="default" onClick={() => void loadMore()} loading={loadingMore}>
                  Load more people
                </Button>
              </Group>
            </Center>
          )}
        </Stack>
      )}
    </>
  );
}
