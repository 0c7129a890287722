import { Anchor, Badge, Button, Center, Group, Checkbox, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { errorMessage, graphql, useUrlFilters } from '@guildhall/web-data-access';
import { EmptyState, ErrorState, LoadingState } from '@guildhall/web-ui';
import { PostCard } from './post-card';

const GuildPagePostsQuery = graphql(`
  query GuildPagePosts($slug: String!, $first: Int, $after: String, $tag: String, $kind: PostKind, $unanswered: Boolean) {
    guild(slug: $slug) {
      id
      posts(first: $first, after: $after, tag: $tag, kind: $kind, unanswered: $unanswered) {
        totalCount
        edges {
          cursor
          node {
            id
            ...PostCard_post
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

type Kind = 'ARTICLE' | 'QUESTION' | 'ANNOUNCEMENT';
const KINDS = ['ALL', 'ARTICLE', 'QUESTION', 'ANNOUNCEMENT'];

export interface GuildPostsProps {
  guild: { id: string; slug: string; name: string; viewerIsMember: boolean };
}

/** A guild's posts, pinned first; filters live in the URL (?kind=, ?tag=) so they can be shared. */
export function GuildPosts({ guild }: GuildPostsProps) {
  const { params, setFilter } = useUrlFilters();
  const kindParam = params.get('kind')?.toUpperCase();
  const kind = kindParam && KINDS.includes(kindParam) && kindParam !== 'ALL' ? (kindParam as Kind) : null;
  const tag = params.get('tag');
  const unanswered = kind === 'QUESTION' && params.get('unanswered') === 'true';
  const { data, loading, error, fetchMore, refetch } = useQuery(GuildPagePostsQuery, {
    variables: { slug: guild.slug, first: 20, tag, kind, unanswered: unanswered || null },
    fetchPolicy: 'cache-and-network',
  });
  const posts = data?.guild?.posts;

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3">
          Posts
        </Title>
        {guild.viewerIsMember ? (
          <Button component={Link} to={`/guilds/${guild.slug}/new-post`}>
            New post
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            Join the guild to post and comment.
          </Text>
        )}
      </Group>
      <SegmentedControl
        aria-label="Show posts of kind"
        data={[
          { value: 'ALL', label: 'All' },
          { value: 'ARTICLE', label: 'Articles' },
          { value: 'QUESTION', label: 'Questions' },
          { value: 'ANNOUNCEMENT', label: 'Announcements' },
        ]}
        value={kind ?? 'ALL'}
        onChange={(v) => setFilter('kind', v === 'ALL' ? null : v.toLowerCase())}
        style={{ maxWidth: '100%', overflowX: 'auto' }}
      />
      {kind === 'QUESTION' && (
        <Checkbox label="Only questions without an accepted answer" checked={unanswered} onChange={(e) => setFilter('unanswered', e.currentTarget.checked ? 'true' : null)} />
      )}
      {tag && (
        <Group gap="xs">
          <Text size="sm">Tagged</Text>
          <Badge variant="light" tt="none">
            #{tag}
          </Badge>
          <Anchor component="button" type="button" size="sm" onClick={() => setFilter('tag', null)}>
            Show all tags
          </Anchor>
        </Group>
      )}
      {loading && !posts && <LoadingState label="Loading posts…" />}
      {error && !posts && <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />}
      {posts && posts.edges.length === 0 && (
        <EmptyState title={tag || kind ? (unanswered ? 'Every question here has an accepted answer' : 'No posts match these filters') : 'No posts yet'}>
          {tag || kind
            ? 'Clear the filters to see every post in this guild.'
            : guild.viewerIsMember
              ? 'Start the conversation: share what you learned or ask a question.'
              : 'Join the guild to write its first post.'}
        </EmptyState>
      )}
      {posts && posts.edges.length > 0 && (
        <>
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={`Posts in ${guild.name}`}>
            {posts.edges.map(({ node }) => (
              <PostCard key={node.id} post={node} tagLink={(t) => `/guilds/${guild.slug}?tag=${encodeURIComponent(t)}`} />
            ))}
          </Stack>
          {posts.pageInfo.hasNextPage && (
            <Center>
              <Button variant="default" onClick={() => void fetchMore({ variables: { after: posts.pageInfo.endCursor } })}>
                Load more posts
              </Button>
            </Center>
          )}
        </>
      )}
    </Stack>
  );
}
