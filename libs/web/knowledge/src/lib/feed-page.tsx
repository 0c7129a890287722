import { Button, Center, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage, graphql, useViewer } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, LinkButton, LoadingState, PageHeader } from '@guildhall/web-ui';
import { PostCard } from './post-card';

const FeedPageQuery = graphql(`
  query FeedPage($first: Int, $after: String) {
    feed(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...PostCard_post
          guild {
            id
            ...PostCard_guild
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

export function FeedPage() {
  const { viewer } = useViewer();
  const { data, loading, error, fetchMore, refetch } = useQuery(FeedPageQuery, { variables: { first: 20 }, fetchPolicy: 'cache-and-network' });
  const [more, setMore] = useState(false);
  const feed = data?.feed;
  return (
    <>
      <PageHeader
        title="Your feed"
        description={`Welcome, ${viewer?.displayName ?? ''}. New posts from the guilds you joined, newest first.`}
        actions={
          <LinkButton to="/guilds" variant="default">Browse guilds</LinkButton>
        }
      />
      {loading && !feed && <LoadingState label="Loading your feed…" />}
      {error && !feed && <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />}
      {feed && feed.edges.length === 0 && (
        <EmptyState
          title="Your feed is empty"
          actions={
            <LinkButton to="/guilds">Find guilds to join</LinkButton>
          }
        >
          Join guilds about what you work on or want to learn; their posts and questions show up here.
        </EmptyState>
      )}
      {feed && feed.edges.length > 0 && (
        <Stack>
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Feed">
            {feed.edges.map(({ node }) => (
              <PostCard key={node.id} post={node} guild={node.guild} tagLink={(t) => `/tags/${encodeURIComponent(t)}`} />
            ))}
          </Stack>
          {feed.pageInfo.hasNextPage ? (
            <Center>
              <Group>
                <Button
                  variant="default"
                  loading={more}
                  onClick={() => {
                    setMore(true);
                    void fetchMore({ variables: { after: feed.pageInfo.endCursor } }).finally(() => setMore(false));
                  }}
                >
                  Load more posts
                </Button>
              </Group>
            </Center>
          ) : (
            <Text size="sm" c="dimmed" ta="center">
              You are all caught up.
            </Text>
          )}
        </Stack>
      )}
    </>
  );
}
